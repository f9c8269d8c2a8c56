package io.jenkins.plugins.calm.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.FeatureDraft;
import io.jenkins.plugins.calm.core.client.features.FeatureReference;
import io.jenkins.plugins.calm.core.outbox.OutboxEntry;
import io.jenkins.plugins.calm.outbox.ReportOutbox;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import io.jenkins.plugins.calm.waits.WaitEngines;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The three steps in sandboxed Pipeline scripts against an in-process Cloud ALM sandbox (real build only). */
@WithJenkins
class PipelineStepsJenkinsTest {

    private JenkinsRule j;
    private CloudAlmSandbox sandbox;
    private CloudAlmClient client;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        sandbox = CloudAlmSandbox.builder().port(0).start();
        client = SandboxConnection.client(sandbox);
        SandboxConnection.configure(sandbox);
    }

    @AfterEach
    void tearDown() {
        client.close();
        sandbox.close();
    }

    private WorkflowJob pipeline(String script) throws Exception {
        WorkflowJob job = j.jenkins.createProject(WorkflowJob.class, "p" + j.jenkins.getItems().size());
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    private WorkflowRun start(String script) throws Exception {
        return pipeline(script).scheduleBuild2(0).waitForStart();
    }

    // ---------------------------------------------------------------- calmRegisterTransport

    @Test
    void existingTransportsAreCheckedAndTheBuildIsLinkedToTheFeature() throws Exception {
        WorkflowRun b = j.buildAndAssertSuccess(pipeline("""
                def r = calmRegisterTransport(feature: '6-1', transports: ['S4HK900123'])
                echo "registered ${r.transports} with ${r.feature}, which is ${r.status}"
                """));

        j.assertLogContains("registered [S4HK900123] with 6-1, which is In Implementation", b);
        j.assertLogContains("transport S4HK900123 is assigned to it in Cloud ALM", b);
        List<FeatureReference> links = client.references().urlReferences(SandboxConnection.uuid(sandbox, "6-1"));
        assertThat(links).extracting(FeatureReference::url).contains(j.getURL() + b.getUrl());
        CalmBuildAction action = b.getAction(CalmBuildAction.class);
        assertThat(action.getFeatures()).extracting(CalmBuildAction.FeatureRow::getLabel).containsExactly("6-1");
        assertThat(action.getTransports()).extracting(CalmBuildAction.TransportRow::getId).containsExactly("S4HK900123");
    }

    @Test
    void aTransportOfAnotherFeatureStopsTheStepAndSaysWhoseItIs() throws Exception {
        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, pipeline(
                "calmRegisterTransport feature: '6-2', transports: 'S4HK900123, S4HK900124'"));

        j.assertLogContains("transport S4HK900123 is assigned to feature 6-1", b);
        j.assertLogContains("transport S4HK900124 is unknown to Cloud ALM or assigned to no feature", b);
        j.assertLogNotContains("\tat ", b); // a message, not a stack trace
    }

    @Test
    void aFileIsUploadedFromTheWorkspaceAndBecomesATransportRequest() throws Exception {
        WorkflowRun b = j.buildAndAssertSuccess(pipeline("""
                node {
                    writeFile file: 'target/app.mtar', text: 'an MTA archive'
                    def r = calmRegisterTransport feature: '6-1', file: 'target/app.mtar', node: 'DEV', mode: 'export'
                    echo "transport request ${r.transportRequestId} for ${r.node} (${r.mode})"
                }
                """));

        j.assertLogContains("uploaded app.mtar to Cloud Transport Management: transport request", b);
        j.assertLogContains("for the nodes after DEV", b);
        j.assertLogContains("(export)", b);
    }

    @Test
    void aFeatureWhoseStatusForbidsTheActivityIsNotTouched() throws Exception {
        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, pipeline(
                "calmRegisterTransport feature: '6-7', transports: ['S4HK900123']"));

        j.assertLogContains("Feature 6-7 is in status 'Deployed', which does not allow assigning transports", b);
    }

    // ---------------------------------------------------------------- feature resolution

    @Test
    void theFeatureComesFromTheEnvironmentWhenTheStepNamesNone() throws Exception {
        WorkflowRun b = j.buildAndAssertSuccess(pipeline("""
                withEnv(['CALM_FEATURE_ID=6-2']) {
                    def r = calmWaitForStatus('In Testing')
                    echo "6-2 is ${r.status}"
                }
                """));

        j.assertLogContains("named by the CALM_FEATURE_ID environment variable", b);
        j.assertLogContains("6-2 is In Testing", b);
    }

    @Test
    void withoutAnyFeatureTheStepSaysWhereItLooked() throws Exception {
        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, pipeline("calmWaitForStatus 'In Testing'"));

        j.assertLogContains("No Cloud ALM feature given", b);
        j.assertLogContains("Cloud-ALM-Feature: 6-123", b);
    }

    @Test
    void calmGetFeatureReturnsTheFeatureForTheScriptToDecideBy() throws Exception {
        WorkflowRun b = j.buildAndAssertSuccess(pipeline("""
                def f = calmGetFeature feature: '6-2'
                if (f.status == 'In Testing') {
                    echo "testing ${f.featureTitle} in project ${f.projectId}"
                }
                """));

        j.assertLogContains("testing Harmonise invoice layout in project ", b);
    }

    // ---------------------------------------------------------------- calmWaitForStatus

    @Test
    void aWaitEndsWhenAPollSeesTheStatusAndLogsOnlyTheChange() throws Exception {
        WorkflowRun b = start("""
                def r = calmWaitForStatus feature: '6-8', status: ['In Testing', 'Successfully Tested'], pollInterval: 10
                echo "6-8 reached ${r.status}"
                """);
        j.waitForMessage("Waiting for Cloud ALM feature 6-8 to reach In Testing or Successfully Tested", b);

        List<String> statuses = new ArrayList<>();
        StepExecution.acceptAll(WaitForStatusExecution.class, e -> statuses.add(e.getStatus())).get(10, TimeUnit.SECONDS);
        assertThat(statuses).singleElement().asString().contains("6-8 is In Implementation");

        sandbox.switchStatusAsUser("6-8", "In Testing");

        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        j.assertLogContains("In Implementation → In Testing (poll)", b);
        j.assertLogContains("6-8 reached In Testing", b);
        assertThat(WaitEngines.get().engine(SandboxConnection.NAME).stats().activeWaits()).isZero();
    }

    @Test
    void aWebhookEventEndsTheWaitWithoutWaitingForThePoll() throws Exception {
        WorkflowRun b = start("calmWaitForStatus feature: '6-1', status: 'In Testing', pollInterval: '10m'");
        j.waitForMessage("Waiting for Cloud ALM feature 6-1", b);

        String code = sandbox.switchStatusAsUser("6-1", "In Testing").get("statusCode").asText();
        WaitEngines.get().onEvent(SandboxConnection.NAME, SandboxConnection.uuid(sandbox, "6-1"), code, "event-1", null);

        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        j.assertLogContains("In Implementation → In Testing (webhook)", b);
    }

    @Test
    void aFailOnStatusEndsTheWaitWithFailure() throws Exception {
        WorkflowRun b = start("calmWaitForStatus feature: '6-3', status: 'Deployed', pollInterval: 10");
        j.waitForMessage("(fails on Not Planned)", b);

        sandbox.switchStatusAsUser("6-3", "Not Planned");

        j.assertBuildStatus(Result.FAILURE, j.waitForCompletion(b));
        j.assertLogContains("Cloud ALM feature 6-3 is Not Planned, which ends this wait with failure", b);
    }

    @Test
    void aTimeoutSaysWhereTheFeatureWasLastSeen() throws Exception {
        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, pipeline(
                "calmWaitForStatus feature: '6-9', status: 'Deployed', timeout: 3, unit: 'SECONDS'"));

        j.assertLogContains("Timed out waiting for Deployed. Last seen: 6-9 In Specification", b);
    }

    @Test
    void abortingTheBuildEndsTheWait() throws Exception {
        WorkflowRun b = start("calmWaitForStatus feature: '6-9', status: 'Deployed'");
        j.waitForMessage("Waiting for Cloud ALM feature 6-9", b);

        b.doStop();

        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(b));
        assertThat(WaitEngines.get().engine(SandboxConnection.NAME).stats().activeWaits()).isZero();
    }

    @Test
    void anUnknownStatusNameListsTheTenantsStatuses() throws Exception {
        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, pipeline(
                "calmWaitForStatus feature: '6-1', status: 'Ready'"));

        j.assertLogContains("Cloud ALM has no feature status 'Ready' (in status); its statuses are:", b);
    }

    // ---------------------------------------------------------------- calmReportDeployment

    @Test
    void aDeploymentIsReportedOnTheFeature() throws Exception {
        WorkflowRun b = j.buildAndAssertSuccess(pipeline("""
                def r = calmReportDeployment feature: '6-5', environment: 'QAS', transports: ['S4HK900124']
                echo "report ${r.outcome}, delivered: ${r.delivered}"
                """));

        j.assertLogContains("reported SUCCESS on QAS", b);
        j.assertLogContains("report DELIVERED, delivered: true", b);
        String uuid = SandboxConnection.uuid(sandbox, "6-5");
        assertThat(client.references().externalReferences(uuid)).extracting(FeatureReference::name)
                .anySatisfy(name -> assertThat(name).startsWith("QAS: SUCCESS"));
        assertThat(b.getAction(CalmBuildAction.class).getDeployments())
                .extracting(CalmBuildAction.DeploymentRow::getSystem).containsExactly("QAS");
    }

    @Test
    void aReportOutlivesAnOutageAndIsDeliveredLater() throws Exception {
        sandbox.faults("503,path=/api/calm-features/**");
        WorkflowRun b = j.buildAndAssertSuccess(pipeline("""
                def r = calmReportDeployment feature: '6-5', system: 'PRD', status: 'FAILURE'
                echo "report ${r.outcome}"
                """));
        j.assertLogContains("report QUEUED", b);
        j.assertLogContains("Jenkins keeps it and sends it again", b);
        List<OutboxEntry> queued = ReportOutbox.get().outbox().status().entries();
        assertThat(queued).hasSize(1);

        sandbox.faults("");
        ReportOutbox.get().outbox().retryNow(queued.get(0).key());

        long deadline = System.currentTimeMillis() + 30_000;
        while (!ReportOutbox.get().outbox().status().entries().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ReportOutbox.get().outbox().status().entries()).isEmpty();
        assertThat(client.references().externalReferences(SandboxConnection.uuid(sandbox, "6-5")))
                .extracting(FeatureReference::name).anySatisfy(name -> assertThat(name).startsWith("PRD: FAILURE"));
    }

    @Test
    void failOnErrorFailsTheBuildWhenTheReportIsNotDeliveredAtOnce() throws Exception {
        sandbox.faults("503,path=/api/calm-features/**");

        WorkflowRun b = j.buildAndAssertStatus(Result.FAILURE, pipeline(
                "calmReportDeployment feature: '6-5', system: 'PRD', failOnError: true"));

        j.assertLogContains("The deployment report was not delivered, and failOnError is set", b);
    }

    // ---------------------------------------------------------------- the build page

    @Test
    void theBuildPageEscapesWhatCloudAlmSends() throws Exception {
        String hostile = "<img src=x onerror=alert(1)>";
        String projectId = sandbox.feature("6-1").get("projectId").asText();
        String displayId = client.features().create(FeatureDraft.builder(projectId, hostile).build()).displayId();
        WorkflowRun b = j.buildAndAssertSuccess(pipeline(
                "calmReportDeployment feature: '" + displayId + "', system: 'QAS'"));

        String page = j.createWebClient().getPage(b, "cloud-alm/").getWebResponse().getContentAsString();
        assertThat(page).contains(displayId).doesNotContain(hostile).contains("&lt;img src=x onerror=alert(1)&gt;");
        String buildPage = j.createWebClient().getPage(b).getWebResponse().getContentAsString();
        assertThat(buildPage).contains("cloud-alm/").doesNotContain(hostile);
    }
}
