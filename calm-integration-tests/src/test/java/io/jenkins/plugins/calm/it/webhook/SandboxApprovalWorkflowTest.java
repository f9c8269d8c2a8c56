package io.jenkins.plugins.calm.it.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.webhook.DeliveryOutcome;
import io.jenkins.plugins.calm.core.webhook.Dispatch;
import io.jenkins.plugins.calm.core.webhook.WebhookResult;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildState;
import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowInstance;
import io.jenkins.plugins.calm.sandbox.events.ApprovalWorkflows;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The approval workflow of a status switch as the sandbox drives it with Cloud ALM's built-in
 * "SAP Cloud ALM Feature to SAP Build" mapping (WORKFLOW.STARTED as a POST of {definitionId,
 * context}, WORKFLOW.PING as a GET of &lt;id&gt;/outputs, WORKFLOW.CANCELED as a PATCH), answered
 * by calm-core's handler and its workflow registry. The test plays Jenkins: it reports the build it
 * "scheduled" and moves the build's state.
 */
class SandboxApprovalWorkflowTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String GATE = "gate-successfully-tested";

    private static WebhookFixture fixture() throws Exception {
        return new WebhookFixture(
                b -> b.approvalRequiredFor("Successfully Tested").workflowPingInterval(Duration.ofMillis(50)),
                projects -> List.of(TriggerSpec.onStatus(GATE, "prod", "Successfully Tested").reactingTo(false, true)),
                "/prod/workflow");
    }

    private static Predicate<List<WebhookResult>> has(DeliveryOutcome outcome) {
        return results -> results.stream().anyMatch(r -> r.outcome() == outcome);
    }

    private static WebhookResult first(List<WebhookResult> results, DeliveryOutcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).findFirst().orElseThrow();
    }

    /** Waits for WORKFLOW.STARTED and does what the plugin does with its dispatch: schedules the build. */
    private static Dispatch.StartApprovalBuilds startedAndScheduled(WebhookFixture f, String handle) throws Exception {
        WebhookResult started = first(f.receiver.await(has(DeliveryOutcome.WORKFLOW_STARTED), TIMEOUT), DeliveryOutcome.WORKFLOW_STARTED);
        Dispatch.StartApprovalBuilds dispatch = (Dispatch.StartApprovalBuilds) started.dispatches().get(0);
        f.builds.put(handle, BuildState.QUEUED);
        assertThat(f.handler.workflows().buildScheduled(dispatch.workflowId(), GATE, handle)).isTrue();
        return dispatch;
    }

    @Test
    void aSuccessfulBuildApprovesTheSwitch() throws Exception {
        try (WebhookFixture f = fixture()) {
            f.sandbox.switchStatusAsUser("6-2", "Successfully Tested");

            Dispatch.StartApprovalBuilds dispatch = startedAndScheduled(f, "gate#1");
            assertThat(dispatch.triggers()).extracting(TriggerSpec::id).containsExactly(GATE);
            assertThat(dispatch.request().environment())
                    .containsEntry("CALM_FEATURE_ID", "6-2")
                    .containsEntry("CALM_FEATURE_TITLE", "Harmonise invoice layout")
                    .containsEntry("CALM_FEATURE_STATUS", "In Testing")
                    .containsEntry("CALM_TARGET_STATUS", "Successfully Tested")
                    .containsEntry("CALM_WORKFLOW_ID", dispatch.workflowId());
            assertThat(dispatch.request().environment().get("CALM_FEATURE_UUID")).isEqualTo(f.sandbox.feature("6-2").path("uuid").asText());
            f.builds.put("gate#1", BuildState.RUNNING);
            f.receiver.await(has(DeliveryOutcome.WORKFLOW_ANSWERED), TIMEOUT);
            assertThat(f.sandbox.feature("6-2").path("statusCode").asText()).as("the switch waits").isEqualTo(code(f, "In Testing"));

            f.builds.put("gate#1", BuildState.SUCCEEDED);

            assertThat(f.sandbox.awaitApprovalDecision("6-2", TIMEOUT)).isEqualTo(ApprovalWorkflows.State.APPROVED);
            assertThat(f.sandbox.feature("6-2").path("statusCode").asText()).isEqualTo(code(f, "Successfully Tested"));
            assertThat(f.handler.workflows().find(dispatch.workflowId()).orElseThrow().phase())
                    .isEqualTo(WorkflowInstance.Phase.APPROVED);
            List<WebhookResult> results = f.receiver.await(r -> r.stream().anyMatch(x -> x.detail() != null
                    && x.detail().contains("'Successfully Tested'")), TIMEOUT);
            assertThat(results).as("every ping before the decision answered IN_PROCESS")
                    .filteredOn(r -> r.outcome() == DeliveryOutcome.WORKFLOW_ANSWERED)
                    .extracting(WebhookResult::detail)
                    .allMatch(d -> d.contains(": IN_PROCESS,") || d.contains(": APPROVED,"));
        }
    }

    @Test
    void aFailedBuildRejectsTheSwitch() throws Exception {
        try (WebhookFixture f = fixture()) {
            f.sandbox.switchStatusAsUser("6-2", "Successfully Tested");
            startedAndScheduled(f, "gate#1");

            f.builds.put("gate#1", BuildState.FAILED);

            assertThat(f.sandbox.awaitApprovalDecision("6-2", TIMEOUT)).isEqualTo(ApprovalWorkflows.State.REJECTED);
            assertThat(f.sandbox.feature("6-2").path("statusCode").asText()).isEqualTo(code(f, "In Testing"));
        }
    }

    @Test
    void cancellingTheSwitchInCloudAlmAbortsTheBuild() throws Exception {
        try (WebhookFixture f = fixture()) {
            f.sandbox.switchStatusAsUser("6-2", "Successfully Tested");
            Dispatch.StartApprovalBuilds dispatch = startedAndScheduled(f, "gate#1");
            f.builds.put("gate#1", BuildState.RUNNING);
            f.receiver.await(has(DeliveryOutcome.WORKFLOW_ANSWERED), TIMEOUT);

            HttpResponse<String> cancel = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(f.sandbox.baseUrl() + "/sandbox/approvals/6-2")).DELETE().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(cancel.statusCode()).isBetween(200, 299);
            WebhookResult canceled = first(f.receiver.await(has(DeliveryOutcome.WORKFLOW_CANCELED), TIMEOUT),
                    DeliveryOutcome.WORKFLOW_CANCELED);
            assertThat(canceled.dispatches()).containsExactly(new Dispatch.AbortApprovalBuilds(dispatch.workflowId(), List.of("gate#1")));
            assertThat(f.handler.workflows().find(dispatch.workflowId()).orElseThrow().phase())
                    .isEqualTo(WorkflowInstance.Phase.CANCELED);
            assertThat(f.sandbox.awaitApprovalDecision("6-2", TIMEOUT)).isEqualTo(ApprovalWorkflows.State.CANCELED);
        }
    }

    private static String code(WebhookFixture f, String statusName) {
        return f.client.features().resolveStatus(statusName);
    }
}
