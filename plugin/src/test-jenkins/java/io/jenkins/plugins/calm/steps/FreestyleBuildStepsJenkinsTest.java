package io.jenkins.plugins.calm.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.AbortException;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.BuildListener;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.FeatureReference;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestBuilder;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The freestyle forms of the steps (two build steps and the post-build action of calmReportDeployment): same
 * options and behaviour as the Pipeline steps, and their forms (real build only).
 */
@WithJenkins
class FreestyleBuildStepsJenkinsTest {

    private JenkinsRule j;
    private CloudAlmSandbox sandbox;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        sandbox = CloudAlmSandbox.builder().port(0).start();
        SandboxConnection.configure(sandbox);
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    @Test
    void registerTransportRunsAndItsFormKeepsEveryOption() throws Exception {
        RegisterTransportBuilder builder = new RegisterTransportBuilder();
        builder.setFeature("6-1");
        builder.setTransports("S4HK900123");
        builder.setConnection(SandboxConnection.NAME);
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(builder);

        FreeStyleBuild b = j.buildAndAssertSuccess(project);

        j.assertLogContains("transport S4HK900123 is assigned to it in Cloud ALM", b);
        j.assertEqualDataBoundBeans(builder, j.configRoundtrip(builder));
        RegisterTransportBuilder upload = new RegisterTransportBuilder();
        upload.setFile("target/app.mtar");
        upload.setNode("QAS");
        upload.setMode("export");
        upload.setDescription("Release 1.2");
        upload.setNamedUser("ci-bot");
        j.assertEqualDataBoundBeans(upload, j.configRoundtrip(upload));
    }

    @Test
    void waitForStatusEndsAtOnceWhenTheStatusIsReachedAlready() throws Exception {
        WaitForStatusBuilder builder = new WaitForStatusBuilder("In Testing, Successfully Tested");
        builder.setFeature("6-2");
        builder.setTimeout("1h");
        builder.setPollInterval("30");
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(builder);

        FreeStyleBuild b = j.buildAndAssertSuccess(project);

        j.assertLogContains("Cloud ALM feature 6-2 In Testing", b);
        j.assertEqualDataBoundBeans(builder, j.configRoundtrip(builder));
    }

    @Test
    void waitForStatusFailsOnNotPlanned() throws Exception {
        WaitForStatusBuilder builder = new WaitForStatusBuilder("Deployed");
        builder.setFeature("6-4");
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(builder);

        FreeStyleBuild b = j.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));

        j.assertLogContains("Cloud ALM feature 6-4 is Not Planned, which ends this wait with failure", b);
    }

    @Test
    void reportDeploymentIsAPostBuildActionAndItsFormKeepsEveryOption() throws Exception {
        ReportDeploymentNotifier notifier = new ReportDeploymentNotifier("QAS");
        notifier.setFeature("6-5");
        notifier.setTransports("S4HK900124");
        notifier.setStatus("UNSTABLE");
        notifier.setDescription("Smoke tests flaky");
        FreeStyleProject project = j.createFreeStyleProject();
        project.getPublishersList().add(notifier);

        FreeStyleBuild b = j.buildAndAssertSuccess(project);

        j.assertLogContains("reported UNSTABLE on QAS", b);
        assertThat(externalReferences("6-5")).anySatisfy(name -> assertThat(name).startsWith("QAS: UNSTABLE"));
        assertThat(b.getAction(CalmBuildAction.class).getDeployments()).hasSize(1);
        notifier.setFailOnError(true);
        notifier.setSetStatus("Deployed");
        notifier.setUrl("https://deploy.example.com/runs/7");
        j.assertEqualDataBoundBeans(notifier, j.configRoundtrip(notifier));
    }

    @Test
    void reportDeploymentRunsAfterAFailedBuildStepAndReportsTheFailure() throws Exception {
        FreeStyleProject project = j.createFreeStyleProject();
        project.getBuildersList().add(new TestBuilder() {
            @Override
            public boolean perform(AbstractBuild<?, ?> build, Launcher launcher, BuildListener listener)
                    throws AbortException {
                throw new AbortException("deploy.sh QAS exited with 1");
            }
        });
        ReportDeploymentNotifier notifier = new ReportDeploymentNotifier("QAS");
        notifier.setFeature("6-5");
        project.getPublishersList().add(notifier);

        FreeStyleBuild b = j.assertBuildStatus(Result.FAILURE, project.scheduleBuild2(0));

        j.assertLogContains("deploy.sh QAS exited with 1", b);
        j.assertLogContains("reported FAILURE on QAS", b);
        assertThat(externalReferences("6-5")).anySatisfy(name -> assertThat(name).startsWith("QAS: FAILURE"));
        assertThat(b.getAction(CalmBuildAction.class).getDeployments())
                .extracting(CalmBuildAction.DeploymentRow::getStatus).containsExactly("FAILURE");
    }

    /** The names of the feature's external references in the sandbox, where the deployment results are. */
    private List<String> externalReferences(String displayId) {
        try (CloudAlmClient client = SandboxConnection.client(sandbox)) {
            return client.references().externalReferences(SandboxConnection.uuid(sandbox, displayId)).stream()
                    .map(FeatureReference::name).toList();
        }
    }
}
