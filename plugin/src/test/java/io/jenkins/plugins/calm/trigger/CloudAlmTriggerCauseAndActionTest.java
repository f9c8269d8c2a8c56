package io.jenkins.plugins.calm.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudAlmTriggerCauseAndActionTest {

    private static Map<String, String> event(String eventId) {
        return Map.of(BuildRequest.FEATURE_ID, "6-123", BuildRequest.FEATURE_STATUS, "In Testing",
                BuildRequest.FEATURE_TITLE, "<script>alert(1)</script>", BuildRequest.EVENT_ID, eventId,
                BuildRequest.CONNECTION, "prod");
    }

    @Test
    void theCauseReadsLikeWhatHappenedInCloudAlm() {
        assertThat(new CloudAlmTriggerCause(event("e-1")).getShortDescription())
                .isEqualTo("Cloud ALM feature 6-123 moved to In Testing");
        Map<String, String> approval = Map.of(BuildRequest.FEATURE_ID, "6-123", BuildRequest.FEATURE_STATUS, "In Testing",
                BuildRequest.TARGET_STATUS, "Successfully Tested", BuildRequest.WORKFLOW_ID, "wf-1");
        assertThat(new CloudAlmTriggerCause(approval).getShortDescription())
                .isEqualTo("Cloud ALM feature 6-123 requests approval to move to Successfully Tested");
        assertThat(new CloudAlmTriggerCause(event("e-1"))).isEqualTo(new CloudAlmTriggerCause(event("e-1")))
                .isNotEqualTo(new CloudAlmTriggerCause(event("e-2")));
    }

    @Test
    void twoEventsNeverShareAQueuedBuildButTheSameEventDoes() {
        CloudAlmTriggerAction queued = new CloudAlmTriggerAction(event("e-1"));

        assertThat(queued.shouldSchedule(List.of(new CloudAlmTriggerAction(event("e-2"))))).as("another event").isTrue();
        assertThat(queued.shouldSchedule(List.of(new CloudAlmTriggerAction(event("e-1"))))).as("the same event").isFalse();
        assertThat(queued.shouldSchedule(List.of())).as("a build someone else started").isTrue();
        assertThat(queued.getVariables()).containsEntry("CALM_FEATURE_TITLE", "<script>alert(1)</script>");
        assertThat(queued.getEventId()).isEqualTo("e-1");
    }
}
