package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.wait.FeatureState;
import io.jenkins.plugins.calm.core.wait.PollingProblem;
import io.jenkins.plugins.calm.core.wait.StatusChange;
import io.jenkins.plugins.calm.core.wait.WaitCondition;
import io.jenkins.plugins.calm.core.wait.WaitOutcome;
import io.jenkins.plugins.calm.core.wait.WaitProgress;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitMessagesTest {
    static final String U1 = "9f0c1a2b-0000-4000-8000-000000000001";
    static final String U2 = "9f0c1a2b-0000-4000-8000-000000000002";
    final Instant at = Instant.parse("2026-03-02T10:42:03Z");
    final WaitCondition condition = StatusCatalogTest.CATALOG.waitCondition(List.of("In Testing", "Deployed"), null);
    final WaitMessages messages = new WaitMessages(StatusCatalogTest.CATALOG, Map.of(U1, "6-123", U2, "6-124"), condition);

    @Test
    void startLineNamesFeaturesTargetAndFailOn() {
        assertThat(messages.waiting(List.of(U1)))
                .isEqualTo("Waiting for Cloud ALM feature 6-123 to reach In Testing or Deployed (fails on Not Planned)");
        assertThat(messages.waiting(List.of(U1, U2))).startsWith("Waiting for Cloud ALM features 6-123, 6-124 to reach");
    }

    @Test
    void changesShowNamesAndHowTheyWereLearnt() {
        assertThat(messages.change(new StatusChange("w", "S20", new FeatureState(U1, "S30", at), StatusChange.Source.EVENT)))
                .isEqualTo("Cloud ALM feature 6-123: In Implementation → In Testing (webhook)");
        assertThat(messages.change(new StatusChange("w", null, new FeatureState(U2, "S20", at), StatusChange.Source.POLL)))
                .isEqualTo("Cloud ALM feature 6-124: is In Implementation (poll)");
    }

    @Test
    void outcomesReadAsSentences() {
        assertThat(messages.result(new WaitResult("w", WaitOutcome.SUCCEEDED, Map.of(U1, new FeatureState(U1, "S30", at)),
                null, "ok"))).isEqualTo("Cloud ALM feature 6-123 In Testing");
        assertThat(messages.result(new WaitResult("w", WaitOutcome.FAILED, Map.of(U2, new FeatureState(U2, "S90", at)),
                U2, "x"))).isEqualTo("Cloud ALM feature 6-124 is Not Planned, which ends this wait with failure"
                        + " (failOn: Not Planned)");
        assertThat(messages.result(new WaitResult("w", WaitOutcome.TIMED_OUT, Map.of(U1, new FeatureState(U1, "S20", at)),
                null, "The deadline 2026-03-02T12:00:00Z passed")))
                .isEqualTo("Timed out waiting for In Testing or Deployed. Last seen: 6-123 In Implementation"
                        + " (at 2026-03-02T10:42:03Z). The deadline 2026-03-02T12:00:00Z passed.");
        assertThat(messages.result(new WaitResult("w", WaitOutcome.ABORTED, Map.of(), null, "Stopped by admin")))
                .isEqualTo("Wait aborted: Stopped by admin");
    }

    @Test
    void pollingProblemsSayTheWaitGoesOn() {
        assertThat(messages.problem(new PollingProblem("p", "Cloud ALM answered 503", 1, at)))
                .isEqualTo("Cannot read feature statuses from Cloud ALM (Cloud ALM answered 503); trying again at"
                        + " 2026-03-02T10:42:03Z. A webhook event still ends the wait at once.");
    }

    @Test
    void progressSaysWhereEachFeatureStandsAndWhenTheNextCheckIs() {
        WaitMessages ordered = new WaitMessages(StatusCatalogTest.CATALOG, new java.util.LinkedHashMap<>(
                Map.of(U1, "6-123")), condition);
        assertThat(ordered.progress(new WaitProgress("w", Map.of(U1, new FeatureState(U1, "S20", at)),
                at.plusSeconds(10), List.of())))
                .isEqualTo("6-123 is In Implementation; waiting for In Testing or Deployed; next check at"
                        + " 2026-03-02T10:42:13Z");
        assertThat(messages.progress(new WaitProgress("w", Map.of(), at, List.of(new PollingProblem("p", "HTTP 503",
                2, at)))))
                .contains("6-123 has no known status yet").endsWith("; status queries fail: HTTP 503");
    }

    @Test
    void aTransitionAloneLeavesTheFeatureToTheLine() {
        assertThat(messages.transition(new StatusChange("w", "S20", new FeatureState(U1, "S30", at),
                StatusChange.Source.EVENT))).isEqualTo("In Implementation → In Testing (webhook)");
    }
}
