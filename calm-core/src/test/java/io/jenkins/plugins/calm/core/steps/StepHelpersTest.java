package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.outbox.DeploymentStatus;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StepHelpersTest {
    @Nested
    class Durations {
        @Test
        void readsUnitPairsAndIso() {
            assertThat(StepDurations.parse("90s", "timeout")).isEqualTo(Duration.ofSeconds(90));
            assertThat(StepDurations.parse("1h 30m", "timeout")).isEqualTo(Duration.ofMinutes(90));
            assertThat(StepDurations.parse("1h30m", "timeout")).isEqualTo(Duration.ofMinutes(90));
            assertThat(StepDurations.parse(" 2 Hours ", "timeout")).isEqualTo(Duration.ofHours(2));
            assertThat(StepDurations.parse("1.5h", "timeout")).isEqualTo(Duration.ofMinutes(90));
            assertThat(StepDurations.parse("2d", "timeout")).isEqualTo(Duration.ofDays(2));
            assertThat(StepDurations.parse("500ms", "pollInterval")).isEqualTo(Duration.ofMillis(500));
            assertThat(StepDurations.parse("PT1H30M", "timeout")).isEqualTo(Duration.ofMinutes(90));
            assertThat(StepDurations.parse("pt45s", "timeout")).isEqualTo(Duration.ofSeconds(45));
        }

        @Test
        void refusesWhatItCannotReadSayingHowToWriteIt() {
            assertThatThrownBy(() -> StepDurations.parse("45", "timeout"))
                    .isInstanceOf(InvalidStepInputException.class)
                    .hasMessage("'45' for timeout has no unit; write e.g. '45s' or '45m'");
            assertThatThrownBy(() -> StepDurations.parse("soon", "timeout"))
                    .hasMessage("'soon' is not a duration for timeout; write it like '90s', '30m', '1h 30m', '2d' or"
                            + " 'PT1H30M'");
            assertThatThrownBy(() -> StepDurations.parse("3 weeks", "timeout"))
                    .hasMessageContaining("Unknown unit 'weeks' in timeout '3 weeks'");
            assertThatThrownBy(() -> StepDurations.parse("0s", "timeout"))
                    .hasMessage("timeout must be longer than zero, was '0s'");
            assertThatThrownBy(() -> StepDurations.parse("PT-1H", "timeout"))
                    .hasMessageContaining("must be longer than zero");
            assertThatThrownBy(() -> StepDurations.parse("99999999999999999999d", "timeout"))
                    .hasMessageContaining("too long a duration");
            assertThatThrownBy(() -> StepDurations.parse(null, "timeout")).isInstanceOf(InvalidStepInputException.class);
        }

        @Test
        void readsTheTimeAndUnitPairOfJenkinsTimeoutStep() {
            assertThat(StepDurations.of(2, "HOURS", "timeout")).isEqualTo(Duration.ofHours(2));
            assertThat(StepDurations.of(30, "minutes", "timeout")).isEqualTo(Duration.ofMinutes(30));
            assertThatThrownBy(() -> StepDurations.of(2, "FORTNIGHTS", "timeout"))
                    .hasMessage("Unknown unit 'FORTNIGHTS' for timeout; use SECONDS, MINUTES, HOURS or DAYS");
            assertThatThrownBy(() -> StepDurations.of(0, "HOURS", "timeout")).hasMessageContaining("longer than zero");
        }

        @Test
        void enforcesAFloorAndFormatsForPeople() {
            assertThatThrownBy(() -> StepDurations.atLeast(Duration.ofSeconds(2), Duration.ofSeconds(10), "pollInterval"))
                    .hasMessage("pollInterval must be at least 10s, was 2s");
            assertThat(StepDurations.format(Duration.ofMinutes(90))).isEqualTo("1h 30m");
            assertThat(StepDurations.format(Duration.ofDays(1).plusSeconds(5))).isEqualTo("1d 5s");
            assertThat(StepDurations.format(Duration.ZERO)).isEqualTo("0s");
        }
    }

    @Nested
    class Links {
        @Test
        void uiRootIsTheApiEndpointWithoutApi() {
            assertThat(FeatureLinks.uiRoot("https://tenant.eu10.alm.cloud.sap/api")).contains("https://tenant.eu10.alm.cloud.sap");
            assertThat(FeatureLinks.uiRoot("https://tenant.eu10.alm.cloud.sap/api/")).contains("https://tenant.eu10.alm.cloud.sap");
            assertThat(FeatureLinks.uiRoot("https://sandbox.api.sap.com/SAPCALM")).isEmpty();
            assertThat(FeatureLinks.uiRoot(null)).isEmpty();
        }

        @Test
        void featureLinkOpensTheFeaturesApp() {
            assertThat(FeatureLinks.feature("https://tenant.eu10.alm.cloud.sap", "6-123")).isEqualTo(
                    "https://tenant.eu10.alm.cloud.sap/launchpad#feature-display?sap-ui-app-id-hint="
                            + "com.sap.calm.imp.cdm.features.ui&/details/6-123");
            assertThat(FeatureLinks.feature("https://t/", "6 & 1")).endsWith("/details/6+%26+1");
        }
    }

    @Nested
    class Results {
        @Test
        void buildResultsMapToDeploymentStatuses() {
            assertThat(BuildResults.deploymentStatus(null)).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(BuildResults.deploymentStatus("SUCCESS")).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(BuildResults.deploymentStatus("UNSTABLE")).isEqualTo(DeploymentStatus.UNSTABLE);
            assertThat(BuildResults.deploymentStatus("FAILURE")).isEqualTo(DeploymentStatus.FAILURE);
            assertThat(BuildResults.deploymentStatus("ABORTED")).isEqualTo(DeploymentStatus.ABORTED);
            assertThat(BuildResults.deploymentStatus("NOT_BUILT")).isEqualTo(DeploymentStatus.ABORTED);
            assertThatThrownBy(() -> BuildResults.deploymentStatus("GREEN"))
                    .hasMessageContaining("Unknown build result 'GREEN'");
        }
    }

    @Nested
    class Keys {
        @Test
        void aStepGetsTheSameKeyEveryTimeAndDifferentWritesDifferentKeys() {
            String key = IdempotencyKeys.forStep("folder/deploy", 42, "17", "6-123", "QAS");

            assertThat(key).matches("calm-[0-9a-f]{40}")
                    .isEqualTo(IdempotencyKeys.forStep("folder/deploy", 42, "17", "6-123", "QAS"));
            assertThat(IdempotencyKeys.forStep("folder/deploy", 42, "17", "6-123", "PRD")).isNotEqualTo(key);
            assertThat(IdempotencyKeys.forStep("folder/deploy", 43, "17", "6-123", "QAS")).isNotEqualTo(key);
            assertThat(IdempotencyKeys.forStep("folder/deplo", 42, "y17", "6-123", "QAS")).isNotEqualTo(key);
        }
    }
}
