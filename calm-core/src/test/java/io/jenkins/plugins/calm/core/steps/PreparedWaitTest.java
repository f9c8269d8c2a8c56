package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import io.jenkins.plugins.calm.core.wait.FeatureState;
import io.jenkins.plugins.calm.core.wait.WaitOutcome;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import io.jenkins.plugins.calm.core.wait.WaitState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreparedWaitTest {
    private static final String STATUSES = "{\"value\":[{\"code\":\"CS1\",\"name\":\"In Specification\"},"
            + "{\"code\":\"CS2\",\"name\":\"In Implementation\"},{\"code\":\"CS3\",\"name\":\"In Testing\"},"
            + "{\"code\":\"CS4\",\"name\":\"Successfully Tested\"},{\"code\":\"CS9\",\"name\":\"Not Planned\"}]}";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final FeatureSummary F1 = new FeatureSummary("u-1", "6-1", "Credit check", "p-1", "CS2",
            "In Implementation", null);
    private static final FeatureSummary F2 = new FeatureSummary("u-2", "6-2", "Invoice", "p-2", "CS3", "In Testing",
            null);

    private FakeCloudAlm calm;
    private CloudAlmClient client;
    private final WaitForStatusOptions options = new WaitForStatusOptions();

    @BeforeEach
    void start() throws Exception {
        calm = new FakeCloudAlm();
        client = calm.client();
        calm.enqueueJson(STATUSES);
    }

    @AfterEach
    void stop() {
        client.close();
        calm.close();
    }

    @Test
    void resolvesStatusNamesAndStartsFromTheCurrentStatuses() {
        options.setStatus("in testing");
        options.setTimeout("2h");
        options.setPollInterval(30);

        PreparedWait wait = PreparedWait.prepare(client, options, List.of(F1, F2), "job/42:w", NOW);

        WaitState state = wait.state();
        assertThat(state.waitId()).isEqualTo("job/42:w");
        assertThat(state.condition().acceptableCodes()).containsExactly("CS3");
        assertThat(state.condition().failOnCodes()).containsExactly("CS9");
        assertThat(state.projectByFeature()).containsExactly(Map.entry("u-1", "p-1"), Map.entry("u-2", "p-2"));
        assertThat(state.lastSeen().get("u-1").statusCode()).isEqualTo("CS2");
        assertThat(state.deadline()).contains(NOW.plus(Duration.ofHours(2)));
        assertThat(state.pollInterval()).contains(Duration.ofSeconds(30));
        assertThat(wait.decidedAlready()).isEmpty();
        assertThat(wait.messages().waiting(state.featureUuids())).isEqualTo("Waiting for Cloud ALM features 6-1, 6-2"
                + " to reach In Testing (fails on Not Planned)");
    }

    @Test
    void aWaitThatIsOverAlreadyIsRecognisedWithoutThePoller() {
        options.setStatus(List.of("In Testing", "Successfully Tested"));

        PreparedWait wait = PreparedWait.prepare(client, options, List.of(F2), "w", NOW);

        WaitResult result = wait.decidedAlready().orElseThrow();
        assertThat(result.outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        assertThat(wait.resultMap(result)).containsEntry("feature", "6-2").containsEntry("status", "In Testing")
                .containsEntry("features", List.of("6-2")).containsEntry("statuses", Map.of("6-2", "In Testing"))
                .containsEntry("outcome", "SUCCEEDED");
    }

    @Test
    void aFeatureInAFailOnStatusFailsAtOnce() {
        options.setStatus("Successfully Tested");
        options.setFailOn(List.of("In Implementation"));

        PreparedWait wait = PreparedWait.prepare(client, options, List.of(F2, F1), "w", NOW);

        WaitResult result = wait.decidedAlready().orElseThrow();
        assertThat(result.outcome()).isEqualTo(WaitOutcome.FAILED);
        assertThat(result.featureUuid()).isEqualTo("u-1");
        assertThat(wait.messages().result(result)).isEqualTo("Cloud ALM feature 6-1 is In Implementation, which ends"
                + " this wait with failure (failOn: In Implementation)");
    }

    @Test
    void anUnknownStatusNameListsTheTenantsStatuses() {
        options.setStatus("Ready");

        assertThatThrownBy(() -> PreparedWait.prepare(client, options, List.of(F1), "w", NOW))
                .isInstanceOf(InvalidStepInputException.class)
                .hasMessage("Cloud ALM has no feature status 'Ready' (in status); its statuses are: In Specification,"
                        + " In Implementation, In Testing, Successfully Tested, Not Planned");
    }

    @Test
    void keepsTheLastObservedStatusAndSurvivesSerialization() throws Exception {
        options.setStatus("Successfully Tested");
        PreparedWait wait = PreparedWait.prepare(client, options, List.of(F1), "w", NOW);

        PreparedWait later = StepOptionsTest.roundTrip(wait.withObserved(new FeatureState("u-1", "CS3",
                NOW.plusSeconds(60))));

        assertThat(later.state().lastSeen().get("u-1").statusCode()).isEqualTo("CS3");
        assertThat(later.features()).containsExactly(F1);
        assertThat(later.catalog().nameOf("CS3")).isEqualTo("In Testing");
        WaitResult timedOut = new WaitResult("w", WaitOutcome.TIMED_OUT, later.state().lastSeen(), null, "late");
        assertThat(later.resultMap(timedOut)).containsEntry("status", "In Testing").containsEntry("outcome",
                "TIMED_OUT");
    }
}
