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
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.CaptureEnvironmentBuilder;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
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

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(j.getURL() + path)).GET()
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What Cloud ALM's BTP destination sends: the webhook secret as the password of the destination's user. */
    private static String basic(String password) {
        return basic("cloudalm", password);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A Jenkins with logins (user name = password) where anonymous may not even read, and only {@code admin} may do
     * anything: Jenkins then reads every {@code Authorization: Basic} header as a Jenkins login.
     */
    private void requireLogin() {
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy().grant(Jenkins.ADMINISTER).everywhere().to("admin"));
    }

    /** The challenge of a 401: the webhook's own, or Jenkins' login. */
    private static String challenge(HttpResponse<String> response) {
        return response.headers().firstValue("WWW-Authenticate").orElse("");
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
    void withASecurityRealmADeliveryWithBasicAuthenticationStillStartsTheJob() throws Exception {
        calm = new SandboxConnection(j, b -> b);
        requireLogin();
        FreeStyleProject job = j.createFreeStyleProject("secured-promotion");
        CloudAlmStatusTrigger trigger = new CloudAlmStatusTrigger("In Testing");
        job.addTrigger(trigger);
        trigger.start(job, true);

        // Any user name will do, even a Jenkins user's: the password is the webhook secret, not a Jenkins login.
        HttpResponse<String> delivery = post("cloud-alm-webhook/prod", basic("admin", SECRET), EVENT);

        assertThat(delivery.statusCode()).as(delivery.body()).isEqualTo(202);
        assertThat(delivery.body()).doesNotContain("secured-promotion");
        FreeStyleBuild first = j.assertBuildStatusSuccess(awaitBuild(j, job, 1));
        assertThat(first.getCause(CloudAlmTriggerCause.class).getShortDescription())
                .isEqualTo("Cloud ALM feature 6-123 moved to In Testing");

        // The sandbox's own delivery, as Cloud ALM's destination sends it (user cloudalm, which Jenkins does not know).
        calm.sandbox.switchStatusAsUser("6-8", "In Testing");

        FreeStyleBuild second = j.assertBuildStatusSuccess(awaitBuild(j, job, 2));
        assertThat(second.getCause(CloudAlmTriggerCause.class).getShortDescription())
                .isEqualTo("Cloud ALM feature 6-8 moved to In Testing");
    }

    /** Without a security realm Jenkins ignores Basic authentication: only the crumb stands in the way. */
    @Test
    void onlyTheWebhookIsExemptFromTheCrumb() throws Exception {
        calm = new SandboxConnection(j, b -> b);
        j.jenkins.setCrumbIssuer(new DefaultCrumbIssuer(false));

        assertOnlyTheWebhookIsExemptFromTheCrumb();
        HttpResponse<String> elsewhere = post("cloud-alm-webhook-not/prod", basic(SECRET), EVENT);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.body()).contains("No valid crumb");
    }

    /**
     * With a security realm the crumb is needed as before, and a Basic header is a Jenkins login everywhere but on
     * the webhook's URLs: there the webhook secret is no password of Jenkins.
     */
    @Test
    void withASecurityRealmOnlyTheWebhookIsExemptFromTheCrumbAndFromTheJenkinsLogin() throws Exception {
        calm = new SandboxConnection(j, b -> b);
        requireLogin();
        j.jenkins.setCrumbIssuer(new DefaultCrumbIssuer(false));

        assertOnlyTheWebhookIsExemptFromTheCrumb();
        HttpResponse<String> elsewhere = post("cloud-alm-webhook-not/prod", basic(SECRET), EVENT);
        HttpResponse<String> api = get("api/json", basic(SECRET));
        HttpResponse<String> asAdmin = get("api/json", basic("admin", "admin"));

        assertThat(elsewhere.statusCode()).isEqualTo(401);
        assertThat(challenge(elsewhere)).contains("realm=\"Jenkins\"");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(challenge(api)).contains("realm=\"Jenkins\"");
        assertThat(asAdmin.statusCode()).as("Jenkins logins work as before").isEqualTo(200);
    }

    private void assertOnlyTheWebhookIsExemptFromTheCrumb() throws Exception {
        HttpResponse<String> webhook = post("cloud-alm-webhook/prod", null, EVENT);
        assertThat(webhook.statusCode()).as("reaches the webhook").isEqualTo(401);
        assertThat(challenge(webhook)).contains("realm=\"Cloud ALM webhook\"");
        HttpResponse<String> elsewhere = post("cloud-alm-webhook-not/prod", null, EVENT);
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
