package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.outbox.DeploymentStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StepOptionsTest {

    @Nested
    class WaitForStatus {
        private final WaitForStatusOptions options = new WaitForStatusOptions();

        @Test
        void takesOneStatusOrSeveral() {
            options.setStatus("In Testing");
            assertThat(options.status()).containsExactly("In Testing");
            options.setStatus(List.of("Successfully Tested", "Ready for Production"));
            assertThat(options.status()).containsExactly("Successfully Tested", "Ready for Production");
        }

        @Test
        void refusesAWaitForNothing() {
            assertThatThrownBy(() -> options.setStatus(" "))
                    .isInstanceOf(InvalidStepInputException.class)
                    .hasMessageStartingWith("calmWaitForStatus needs the status to wait for");
            assertThatThrownBy(options::validate).hasMessageStartingWith("calmWaitForStatus needs the status");
        }

        @Test
        void failOnDefaultsToNotPlannedUnlessGivenEvenAsAnEmptyList() {
            assertThat(options.failOn()).isNull();
            options.setFailOn(List.of("Not Planned", "In Specification"));
            assertThat(options.failOn()).containsExactly("Not Planned", "In Specification");
            options.setFailOn(List.of());
            assertThat(options.failOn()).isEmpty();
            options.setFailOn(" ");
            assertThat(options.failOn()).isNull();
            options.setFailOn("In Specification");
            options.setFailOn(null);
            assertThat(options.failOn()).isNull();
        }

        @Test
        void checksFeatureIdsAsTheyAreSet() {
            options.setFeatures("6-1, 3f2a6c1e-8d4b-4c2a-9e1f-0a1b2c3d4e5f");
            assertThat(options.features()).containsExactly("6-1", "3f2a6c1e-8d4b-4c2a-9e1f-0a1b2c3d4e5f");
            assertThatThrownBy(() -> options.setFeature("FEATURE-1"))
                    .hasMessageStartingWith("'FEATURE-1' from the feature option is not a Cloud ALM feature");
            assertThatThrownBy(() -> options.setFeatures(List.of("6-1", "six")))
                    .hasMessageContaining("from the features option is not a Cloud ALM feature");
        }

        @Test
        void featureAndFeaturesExcludeEachOther() {
            options.setStatus("In Testing");
            options.setFeature("6-1");
            options.setFeatures(List.of("6-2"));
            assertThatThrownBy(options::validate).hasMessage("Give either feature: '6-1' or features: [...], not both");
        }

        @Test
        void namedFeaturesAreTheOnesGivenEitherWay() {
            assertThat(options.namedFeatures()).isEmpty();
            options.setFeature("6-1");
            assertThat(options.namedFeatures()).containsExactly("6-1");
        }

        @Test
        void timeoutIsANumberOfMinutesByDefaultOrTextWithItsUnit() {
            options.setStatus("In Testing");
            options.setTimeout(30);
            assertThat(options.timeout()).isEqualTo(Duration.ofMinutes(30));
            options.setUnit("HOURS");
            assertThat(options.timeout()).isEqualTo(Duration.ofHours(30));
            options.setUnit(null);
            options.setTimeout("2d");
            assertThat(options.timeout()).isEqualTo(Duration.ofDays(2));
            assertThat(options.timeoutValue()).isEqualTo("2d");
        }

        @Test
        void timeoutAndUnitAreCheckedAloneAndTogether() {
            options.setStatus("In Testing");
            assertThatThrownBy(() -> options.setTimeout("soon")).hasMessageContaining("is not a duration for timeout");
            assertThatThrownBy(() -> options.setUnit("WEEKS")).hasMessageStartingWith("Unknown unit 'WEEKS' for unit");
            options.setUnit("HOURS");
            assertThatThrownBy(options::validate).hasMessage("unit: 'HOURS' is given without a timeout; add e.g."
                    + " timeout: 30");
            options.setTimeout("2h");
            assertThatThrownBy(options::validate).hasMessageStartingWith("timeout '2h' has its own unit");
        }

        @Test
        void pollIntervalIsSecondsOrTextAndNotBelowTheEnginesFloor() {
            options.setPollInterval(30);
            assertThat(options.pollInterval()).isEqualTo(Duration.ofSeconds(30));
            options.setPollInterval("2m");
            assertThat(options.pollInterval()).isEqualTo(Duration.ofMinutes(2));
            assertThatThrownBy(() -> options.setPollInterval(5)).hasMessage("pollInterval must be at least 10s, was 5s");
            assertThat(options.pollIntervalValue()).isEqualTo("2m");
        }

        @Test
        void survivesSerialization() throws Exception {
            options.setStatus(List.of("In Testing"));
            options.setTimeout(90);
            options.setPollInterval("1m");
            WaitForStatusOptions copy = roundTrip(options);
            assertThat(copy.status()).containsExactly("In Testing");
            assertThat(copy.timeout()).isEqualTo(Duration.ofMinutes(90));
            assertThat(copy.pollInterval()).isEqualTo(Duration.ofMinutes(1));
        }
    }

    @Nested
    class RegisterTransport {
        private final RegisterTransportOptions options = new RegisterTransportOptions();

        @Test
        void uploadModeNeedsAFileAndANode() {
            assertThatThrownBy(options::validate)
                    .hasMessageStartingWith("calmRegisterTransport needs either file: 'app.mtar' with node: '…'");
            options.setFile("target/app.mtar");
            assertThatThrownBy(options::validate).hasMessageStartingWith("Uploading target/app.mtar needs the Cloud"
                    + " Transport Management node");
            options.setNode("QAS");
            options.validate();
            assertThat(options.isUpload()).isTrue();
            assertThat(options.mode()).isEqualTo(RegisterTransportOptions.Mode.UPLOAD);
            assertThat(options.modeValue()).isNull();
        }

        @Test
        void modeIsUploadOrExport() {
            options.setMode("Export");
            assertThat(options.mode()).isEqualTo(RegisterTransportOptions.Mode.EXPORT);
            assertThat(options.mode().optionValue()).isEqualTo("export");
            assertThatThrownBy(() -> options.setMode("import")).hasMessageStartingWith("mode: 'import' is unknown; use"
                    + " mode: 'upload'");
        }

        @Test
        void existingTransportsModeTakesIdsAndNoUploadOptions() {
            options.setTransports(List.of("S4DK900123", "S4DK900124"));
            options.validate();
            assertThat(options.isUpload()).isFalse();
            options.setNode("QAS");
            options.setNamedUser("alice");
            assertThatThrownBy(options::validate).hasMessage("node, namedUser apply to upload mode (file:) only; remove"
                    + " them when registering existing transports");
            assertThatThrownBy(() -> options.setTransports("S4DK900123, <script>"))
                    .hasMessageStartingWith("'<script>' in transports is not a transport ID");
        }

        @Test
        void bothModesAtOnceAreRefused() {
            options.setFile("app.mtar");
            options.setNode("QAS");
            options.setTransports("S4DK900123");
            assertThatThrownBy(options::validate).hasMessageStartingWith("Give either file: (upload mode) or"
                    + " transports:");
        }

        @Test
        void descriptionFitsTransportManagement() {
            assertThatThrownBy(() -> options.setDescription("x".repeat(256)))
                    .hasMessage("description is 256 characters long; Transport Management takes at most 255");
        }
    }

    @Nested
    class ReportDeployment {
        private final ReportDeploymentOptions options = new ReportDeploymentOptions();

        @Test
        void needsTheSystem() {
            assertThatThrownBy(options::validate).hasMessage("calmReportDeployment needs the system deployed to, e.g."
                    + " calmReportDeployment(system: 'QAS')");
            options.setSystem(" QAS ");
            options.validate();
            assertThat(options.system()).isEqualTo("QAS");
        }

        @Test
        void statusIsGivenOrComesFromTheBuildResult() {
            assertThat(options.statusFor(null)).isEqualTo(DeploymentStatus.SUCCESS);
            assertThat(options.statusFor("FAILURE")).isEqualTo(DeploymentStatus.FAILURE);
            options.setStatus("unstable");
            assertThat(options.statusFor("SUCCESS")).isEqualTo(DeploymentStatus.UNSTABLE);
            assertThatThrownBy(() -> options.setStatus("GREEN")).hasMessageStartingWith("status: Unknown deployment"
                    + " status 'GREEN'; use one of SUCCESS, UNSTABLE, FAILURE, ABORTED");
        }

        @Test
        void urlMustBeAnAbsoluteHttpUrl() {
            options.setUrl("https://ci.example.com/job/deploy/42/");
            assertThat(options.url()).isEqualTo("https://ci.example.com/job/deploy/42/");
            assertThatThrownBy(() -> options.setUrl("javascript:alert(1)"))
                    .hasMessage("url: 'javascript:alert(1)' is not an absolute http(s) URL; leave it out to link the"
                            + " build");
            assertThatThrownBy(() -> options.setUrl("job/deploy/42")).hasMessageContaining("is not an absolute");
        }

        @Test
        void failOnErrorIsOffByDefault() {
            assertThat(options.failOnError()).isFalse();
            options.setFailOnError(true);
            assertThat(options.failOnError()).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
