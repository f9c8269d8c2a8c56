package io.jenkins.plugins.calm.sandbox;

import static io.jenkins.plugins.calm.sandbox.Api.FEATURES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.sandbox.events.ApprovalWorkflows;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The external approval workflow contract of reference §7.3, with the receiver playing SAP Build. */
class ApprovalWorkflowTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private static CloudAlmSandbox start(Receiver receiver) throws Exception {
    return CloudAlmSandbox.builder().port(0)
        .webhook(receiver.url("/hooks"), "calm", "pw")
        .workflowUrl(receiver.url("/wf"))
        .workflowPingInterval(Duration.ofMillis(20))
        .approvalRequiredFor("Successfully Tested")
        .start();
  }

  private static Receiver.Request next(Receiver receiver, String method, String path) throws InterruptedException {
    while (true) {
      Receiver.Request request = receiver.take(WAIT);
      if (request.method().equals(method) && request.path().equals(path)) {
        return request;
      }
    }
  }

  private static String codeOf(Api api, String name) {
    for (JsonNode status : api.get(FEATURES + "/FeatureStatus").json().path("value")) {
      if (status.path("name").asText().equals(name)) {
        return status.path("code").asText();
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void anApprovedSwitchAppliesAfterTheWorkflowSaysApproved() throws Exception {
    AtomicInteger pings = new AtomicInteger();
    AtomicBoolean approve = new AtomicBoolean();
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = start(receiver)) {
      receiver.answer(r -> {
        if (r.method().equals("POST") && r.path().equals("/wf")) {
          return new Receiver.Answer(201, "{\"id\":\"wf-1\",\"status\":\"RUNNING\"}");
        }
        if (r.path().equals("/wf/wf-1/outputs")) {
          pings.incrementAndGet();
          return !approve.get()
              ? new Receiver.Answer(200, "{\"decision\":\"IN_PROCESS\",\"workflowStatus\":\"RUNNING\"}")
              : new Receiver.Answer(200, "{\"workflowId\":\"wf-1\",\"decision\":\"APPROVED\","
                  + "\"approvers\":[\"qa.lead@example.com\"],\"workflowStatus\":\"COMPLETED\"}");
        }
        return new Receiver.Answer(200, "{}");
      });
      Api api = new Api(sandbox);
      String uuid = api.uuidOf("6-2");
      Api.Response patch = api.patch(FEATURES + "/Features/" + uuid,
          "{\"statusCode\":\"" + codeOf(api, "Successfully Tested") + "\"}");
      assertThat(patch.status()).isEqualTo(200);
      assertThat(patch.json().path("statusCode").asText()).isEqualTo(codeOf(api, "In Testing"));

      Receiver.Request started = next(receiver, "POST", "/wf");
      assertThat(started.authorization()).isEqualTo(Api.basic("calm", "pw"));
      JsonNode body = started.json();
      assertThat(body.path("definitionId").asText()).isEqualTo("featureStatusSwitchWorkflow");
      JsonNode context = body.path("context");
      assertThat(context.path("featureId").asText()).isEqualTo(uuid);
      assertThat(context.path("universalId").asText()).isEqualTo("6-2");
      assertThat(context.path("statusName").asText()).isEqualTo("In Testing");
      assertThat(context.path("targetStatusName").asText()).isEqualTo("Successfully Tested");
      assertThat(context.path("featureTitle").asText()).isEqualTo("Harmonise invoice layout");
      assertThat(context.path("linkToFeature").asText()).endsWith("&/list/details/6-2");
      assertThat(context.path("toBeReviewedBy").path(0).asText()).isEqualTo("jane.doe@example.com");

      assertThat(api.patch(FEATURES + "/Features/" + uuid, "{\"statusCode\":\"" + codeOf(api, "In Implementation")
          + "\"}").status()).isEqualTo(409);
      approve.set(true);

      assertThat(sandbox.awaitApprovalDecision("6-2", WAIT)).isEqualTo(ApprovalWorkflows.State.APPROVED);
      assertThat(api.get(FEATURES + "/Features/" + uuid).json().path("statusCode").asText())
          .isEqualTo(codeOf(api, "Successfully Tested"));
      assertThat(pings.get()).isGreaterThanOrEqualTo(1);
      JsonNode hook = next(receiver, "POST", "/hooks").json();
      assertThat(hook.path("resource").path("statusName").asText()).isEqualTo("Successfully Tested");
      assertThat(hook.path("resource").path("previousStatusName").asText()).isEqualTo("In Testing");
      assertThat(api.admin("GET", "/sandbox/approvals", null).json().path("finished").path(0).path("approvers").path(0)
          .asText()).isEqualTo("qa.lead@example.com");
    }
  }

  @Test
  void aRejectedSwitchLeavesTheStatusAlone() throws Exception {
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = start(receiver)) {
      receiver.answer(r -> r.path().equals("/wf")
          ? new Receiver.Answer(201, "{\"id\":\"wf-9\",\"status\":\"RUNNING\"}")
          : new Receiver.Answer(200, "{\"decision\":\"REJECTED\",\"workflowStatus\":\"COMPLETED\"}"));
      sandbox.switchStatusAsUser("6-2", "Successfully Tested");
      assertThat(sandbox.awaitApprovalDecision("6-2", WAIT)).isEqualTo(ApprovalWorkflows.State.REJECTED);
      assertThat(sandbox.feature("6-2").path("statusCode").asText()).isEqualTo(codeOf(new Api(sandbox), "In Testing"));
    }
  }

  @Test
  void cancellingAPendingSwitchSendsWorkflowCanceled() throws Exception {
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = start(receiver)) {
      receiver.answer(r -> r.path().equals("/wf")
          ? new Receiver.Answer(201, "{\"id\":\"wf-7\",\"status\":\"RUNNING\"}")
          : new Receiver.Answer(200, "{\"decision\":\"IN_PROCESS\",\"workflowStatus\":\"RUNNING\"}"));
      Api api = new Api(sandbox);
      sandbox.switchStatusAsUser("6-2", "Successfully Tested");
      next(receiver, "GET", "/wf/wf-7/outputs");
      assertThat(api.admin("DELETE", "/sandbox/approvals/6-2", null).status()).isEqualTo(204);
      Receiver.Request cancel = next(receiver, "PATCH", "/wf/wf-7");
      assertThat(cancel.json().path("status").asText()).isEqualTo("CANCELED");
      assertThat(cancel.json().path("cascade").asBoolean(true)).isFalse();
      assertThat(sandbox.awaitApprovalDecision("6-2", WAIT)).isEqualTo(ApprovalWorkflows.State.CANCELED);
    }
  }

  @Test
  void aWorkflowAnswerWithoutIdFailsTheSwitch() throws Exception {
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = start(receiver)) {
      receiver.answer(r -> new Receiver.Answer(200, "{\"status\":\"RUNNING\"}"));
      sandbox.switchStatusAsUser("6-2", "Successfully Tested");
      assertThat(sandbox.awaitApprovalDecision("6-2", WAIT)).isEqualTo(ApprovalWorkflows.State.FAILED);
      assertThat(new Api(sandbox).admin("GET", "/sandbox/approvals", null).json().path("finished").path(0)
          .path("reason").asText()).contains("no 'id'");
    }
  }

  @Test
  void approvalsCanBeConfiguredThroughTheAdminCall() throws Exception {
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = start(receiver)) {
      Api api = new Api(sandbox);
      Api.Response set = api.admin("PUT", "/sandbox/approvals", "{\"targetStatuses\":[\"in testing\"]}");
      assertThat(set.status()).isEqualTo(200);
      assertThat(set.json().path("targetStatuses").path(0).asText()).isEqualTo("In Testing");
      // 6-5 Successfully Tested -> Ready for Production no longer needs approval.
      assertThat(sandbox.switchStatusAsUser("6-5", "Ready for Production").path("statusCode").asText())
          .isEqualTo(codeOf(api, "Ready for Production"));
      assertThat(api.admin("PUT", "/sandbox/approvals", "{\"targetStatuses\":[\"Done\"]}").status()).isEqualTo(400);
    }
  }
}
