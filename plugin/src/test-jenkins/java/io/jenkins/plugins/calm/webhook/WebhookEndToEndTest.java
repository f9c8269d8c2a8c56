package io.jenkins.plugins.calm.webhook;

import static io.jenkins.plugins.calm.SandboxConnection.SECRET;
import static io.jenkins.plugins.calm.SandboxConnection.awaitBuild;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.security.csrf.DefaultCrumbIssuer;
import io.jenkins.plugins.calm.SandboxConnection;
import io.jenkins.plugins.calm.sandbox.events.ApprovalWorkflows;
import io.jenkins.plugins.calm.sandbox.events.SandboxEvent;
import io.jenkins.plugins.calm.trigger.CloudAlmStatusTrigger;
import io.jenkins.plugins.calm.trigger.CloudAlmTriggerCause;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.CaptureEnvironmentBuilder;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The webhook in a real Jenkins, with the Cloud ALM sandbox posting its real deliveries to
 * JenkinsRule's URL (real build only).
 */
@WithJenkins
class WebhookEndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private JenkinsRule j;
    private SandboxConnection calm;

    @BeforeEach
    void setUp(JenkinsRule j) {
        this.j = j;
    }

    @AfterEach
    void tearDown() {
        if (calm != null) {
            calm.close();
        }
    }

    @Test
    void aStatusChangeInCloudAlmStartsAFreestyleJobWithTheFeatureInItsEnvironment() throws Exception {
        calm = new SandboxConnection(j, b -> b);
        FreeStyleProject job = j.createFreeStyleProject("promote-qa");
        CaptureEnvironmentBuilder environment = new CaptureEnvironmentBuilder();
        job.getBuildersList().add(environment);
        CloudAlmStatusTrigger trigger = new CloudAlmStatusTrigger("In Testing");
        job.addTrigger(trigger);
        trigger.start(job, true);

        calm.sandbox.switchStatusAsUser("6-8", "In Testing");

        FreeStyleBuild build = j.assertBuildStatusSuccess(awaitBuild(j, job, 1));
        assertThat(environment.getEnvVars())
                .containsEntry("CALM_FEATURE_ID", "6-8")
                .containsEntry("CALM_FEATURE_UUID", calm.sandbox.feature("6-8").path("uuid").asText())
                .containsEntry("CALM_FEATURE_TITLE", "Fiori app: approve purchase requisitions")
                .containsEntry("CALM_FEATURE_STATUS", "In Testing")
                .containsEntry("CALM_PREVIOUS_STATUS", "In Implementation")
                .containsEntry("CALM_PROJECT_ID", calm.projectId("BTP Extension Apps"))
                .containsEntry("CALM_CONNECTION", "prod")
                .containsKey("CALM_EVENT_ID");
        assertThat(build.getCause(CloudAlmTriggerCause.class).getShortDescription())
                .isEqualTo("Cloud ALM feature 6-8 moved to In Testing");
        assertThat(job.getBuildByNumber(2)).as("one event, one build").isNull();
    }

    @Test
    void aPipelineGetsTheSameEnvironmentWithoutParameters() throws Exception {
        calm = new SandboxConnection(j, b -> b);
        WorkflowJob job = j.jenkins.createProject(WorkflowJob.class, "promote-pipeline");
        job.setDefinition(new CpsFlowDefinition("echo \"feature=${env.CALM_FEATURE_ID} status=${env.CALM_FEATURE_STATUS}\"", true));
        job.addTrigger(new CloudAlmStatusTrigger("In Testing"));

        calm.sandbox.switchStatusAsUser("6-1", "In Testing");

        WorkflowRun run = j.assertBuildStatusSuccess(awaitBuild(j, job, 1));
        j.assertLogContains("feature=6-1 status=In Testing", run);
    }

    @Test
    void aTriggerDeclaredInTheJenkinsfileListensOnlyAfterTheFirstRun() throws Exception {
        calm = new SandboxConnection(j, b -> b);
        WorkflowJob job = j.jenkins.createProject(WorkflowJob.class, "declared-in-jenkinsfile");
        job.setDefinition(new CpsFlowDefinition(
                "properties([pipelineTriggers([cloudAlmFeatureStatus(statuses: 'In Testing')])])\n"
                        + "echo \"feature=${env.CALM_FEATURE_ID}\"", true));

        calm.sandbox.switchStatusAsUser("6-8", "In Testing");
        calm.sandbox.awaitEvents(events -> events.stream().allMatch(e -> e.state() == SandboxEvent.State.DELIVERED), TIMEOUT);
        j.waitUntilNoActivity();
        assertThat(job.getLastBuild()).as("the Jenkinsfile has not run, so Jenkins does not know the trigger").isNull();

        j.buildAndAssertSuccess(job);
        calm.sandbox.switchStatusAsUser("6-1", "In Testing");

        j.assertLogContains("feature=6-1", j.assertBuildStatusSuccess(awaitBuild(j, job, 2)));
    }

    private HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(j.getURL() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("cloudalm:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static final String EVENT = "{\"eventId\":\"e-1\",\"resourceType\":\"FEATURE\",\"eventType\":\"FEATURE.UPDATED\","
            + "\"resource\":{\"uuid\":\"7a3e0f4c-1b2d-4c5e-8f90-a1b2c3d4e5f6\",\"displayId\":\"6-123\",\"statusName\":\"In Testing\"}}";

    @Test
    void refusesDeliveriesWithoutTheSecretAndNamesNoJob() throws Exception {
        calm = new SandboxConnection(j, b -> b);
        FreeStyleProject job = j.createFreeStyleProject("secret-promotion");
        CloudAlmStatusTrigger trigger = new CloudAlmStatusTrigger("In Testing");
        job.addTrigger(trigger);
        trigger.start(job, true);

        HttpResponse<String> missing = post("cloud-alm-webhook/prod", null, EVENT);
        HttpResponse<String> wrong = post("cloud-alm-webhook/prod", basic("guessed"), EVENT);
        HttpResponse<String> inQuery = post("cloud-alm-webhook/prod?secret=" + SECRET, null, EVENT);
        HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(j.getURL() + "cloud-alm-webhook/prod")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(wrong.statusCode()).isEqualTo(202);
        assertThat(wrong.body()).doesNotContain("secret-promotion");
        assertThat(inQuery.statusCode()).as("not allowed for this connection").isEqualTo(401);
        assertThat(get.statusCode()).isEqualTo(405);
        j.waitUntilNoActivity();
        assertThat(job.getLastBuild()).isNull();

        HttpResponse<String> right = post("cloud-alm-webhook/prod", basic(SECRET), EVENT);
        assertThat(right.statusCode()).isEqualTo(202);
        assertThat(right.body()).doesNotContain("secret-promotion");
        awaitBuild(j, job, 1);
    }

    @Test
    void onlyTheWebhookIsExemptFromTheCrumb() throws Exception {
        calm = new SandboxConnection(j, b -> b);
        j.jenkins.setCrumbIssuer(new DefaultCrumbIssuer(false));

        assertThat(post("cloud-alm-webhook/prod", null, EVENT).statusCode()).as("reaches the webhook").isEqualTo(401);
        HttpResponse<String> elsewhere = post("cloud-alm-webhook-not/prod", basic(SECRET), EVENT);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.body()).contains("No valid crumb");
    }

    private WorkflowJob gate(String script) throws Exception {
        WorkflowJob gate = j.jenkins.createProject(WorkflowJob.class, "gate-successfully-tested");
        gate.setDefinition(new CpsFlowDefinition(script, true));
        CloudAlmStatusTrigger trigger = new CloudAlmStatusTrigger("Successfully Tested");
        trigger.setStatusChanges(false);
        trigger.setApprovalRequests(true);
        gate.addTrigger(trigger);
        return gate;
    }

    private SandboxConnection withApprovals() throws Exception {
        String workflowUrl = j.getURL() + "cloud-alm-webhook/prod/workflow"; // getURL() throws IOException: not in the lambda
        return new SandboxConnection(j, b -> b.approvalRequiredFor("Successfully Tested")
                .workflowUrl(workflowUrl)
                .workflowPingInterval(Duration.ofMillis(200)));
    }

    @Test
    void aSuccessfulGateBuildApprovesTheStatusSwitch() throws Exception {
        calm = withApprovals();
        WorkflowJob gate = gate("echo \"approving ${env.CALM_FEATURE_ID} for ${env.CALM_TARGET_STATUS}\"");

        calm.sandbox.switchStatusAsUser("6-2", "Successfully Tested");

        assertThat(calm.sandbox.awaitApprovalDecision("6-2", TIMEOUT)).isEqualTo(ApprovalWorkflows.State.APPROVED);
        j.assertLogContains("approving 6-2 for Successfully Tested", gate.getBuildByNumber(1));
        assertThat(gate.getBuildByNumber(1).getCause(CloudAlmTriggerCause.class).getShortDescription())
                .isEqualTo("Cloud ALM feature 6-2 requests approval to move to Successfully Tested");
        assertThat(j.jenkins.getRootDir().toPath().resolve(WorkflowStore.FILE_NAME)).exists();
    }

    @Test
    void aFailedGateBuildRejectsTheStatusSwitch() throws Exception {
        calm = withApprovals();
        gate("error 'acceptance tests failed'");

        calm.sandbox.switchStatusAsUser("6-2", "Successfully Tested");

        assertThat(calm.sandbox.awaitApprovalDecision("6-2", TIMEOUT)).isEqualTo(ApprovalWorkflows.State.REJECTED);
        assertThat(calm.sandbox.feature("6-2").path("statusCode").asText())
                .isNotEqualTo(calm.sandbox.feature("6-5").path("statusCode").asText());
    }

    @Test
    void cancellingTheSwitchInCloudAlmAbortsTheGateBuild() throws Exception {
        calm = withApprovals();
        WorkflowJob gate = gate("echo 'testing'\nsleep time: 60, unit: 'SECONDS'");
        calm.sandbox.switchStatusAsUser("6-2", "Successfully Tested");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while ((gate.getLastBuild() == null || !gate.getLastBuild().isBuilding()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        j.waitForMessage("testing", gate.getLastBuild());

        HttpResponse<String> cancel = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(calm.sandbox.baseUrl() + "/sandbox/approvals/6-2")).DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(cancel.statusCode()).isBetween(200, 299);
        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(gate.getLastBuild()));
    }
}
