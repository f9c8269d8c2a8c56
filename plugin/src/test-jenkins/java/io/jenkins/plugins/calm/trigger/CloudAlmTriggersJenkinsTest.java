package io.jenkins.plugins.calm.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import io.jenkins.plugins.calm.SandboxConnection;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.StatusRef;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.CaptureEnvironmentBuilder;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The two Cloud ALM triggers in a real Jenkins: forms, the routing index, and polling (real build only). */
@WithJenkins
class CloudAlmTriggersJenkinsTest {

    private static final String PROJECT = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    @Test
    void theStatusTriggerFormKeepsEveryField(JenkinsRule j) throws Exception {
        FreeStyleProject job = j.createFreeStyleProject("promote");
        CloudAlmStatusTrigger trigger = new CloudAlmStatusTrigger("In Testing, Successfully Tested");
        trigger.setProject(PROJECT);
        trigger.setTitlePattern("(?i)invoice");
        trigger.setTags("payments, q3");
        trigger.setApprovalRequests(true);
        job.addTrigger(trigger);

        j.configRoundtrip(job);

        j.assertEqualDataBoundBeans(trigger, job.getTrigger(CloudAlmStatusTrigger.class));
    }

    @Test
    void thePollingTriggerFormKeepsEveryField(JenkinsRule j) throws Exception {
        FreeStyleProject job = j.createFreeStyleProject("poll");
        CloudAlmPollingTrigger trigger = new CloudAlmPollingTrigger("H/5 * * * *", PROJECT, "In Testing");
        trigger.setTags("payments");
        job.addTrigger(trigger);

        j.configRoundtrip(job);

        j.assertEqualDataBoundBeans(trigger, job.getTrigger(CloudAlmPollingTrigger.class));
    }

    /** The jobs the index starts for a status change into In Testing. */
    private static List<String> routedJobs() {
        FeatureChange change = new FeatureChange("prod", "e", false, null, null,
                new FeatureFacts("u-1", "6-1", "t", PROJECT, null, List.of()), StatusRef.ofName("In Testing"), StatusRef.UNKNOWN,
                null, FeatureChange.Source.RESOURCE_CHANGES);
        return TriggerIndex.registry().router().route(change, StatusNameResolver.NONE).triggers().stream()
                .map(TriggerSpec::id).toList();
    }

    @Test
    void theIndexFollowsTriggersAddedRenamedJobsAndDeletedJobs(JenkinsRule j) throws Exception {
        CloudAlmConfiguration.get().setConnections(List.of(new CloudAlmConnection("prod", "calm-key")));
        WorkflowJob job = j.jenkins.createProject(WorkflowJob.class, "promote");
        job.addTrigger(new CloudAlmStatusTrigger("In Testing"));

        assertThat(routedJobs()).containsExactly("promote");
        job.renameTo("promote-qa");
        assertThat(routedJobs()).containsExactly("promote-qa");
        job.delete();
        assertThat(routedJobs()).isEmpty();
    }

    @Test
    void thePollingTriggerStartsTheJobOnceForAFeatureThatMovedIntoATargetStatus(JenkinsRule j) throws Exception {
        try (SandboxConnection calm = new SandboxConnection(j, b -> b.webhook(null, null, null))) {
            FreeStyleProject job = j.createFreeStyleProject("poll-promote");
            CaptureEnvironmentBuilder environment = new CaptureEnvironmentBuilder();
            job.getBuildersList().add(environment);
            CloudAlmPollingTrigger trigger = new CloudAlmPollingTrigger("H/5 * * * *", calm.projectId("BTP Extension Apps"),
                    "In Testing");
            job.addTrigger(trigger);
            trigger.start(job, true);
            Path state = job.getRootDir().toPath().resolve(CloudAlmPollingTrigger.STATE_FILE);

            trigger.run();
            awaitPoll(job);
            assertThat(state).as("the first poll saved what it learned").exists();
            assertThat(job.getLastBuild()).as("and started nothing").isNull();
            calm.sandbox.switchStatusAsUser("6-8", "In Testing");
            trigger.run();

            FreeStyleBuild build = j.assertBuildStatusSuccess(SandboxConnection.awaitBuild(j, job, 1));
            assertThat(environment.getEnvVars()).containsEntry("CALM_FEATURE_ID", "6-8")
                    .containsEntry("CALM_FEATURE_STATUS", "In Testing");
            assertThat(build.getCause(CloudAlmTriggerCause.class).getShortDescription())
                    .isEqualTo("Cloud ALM feature 6-8 moved to In Testing");
            trigger.run();
            awaitPoll(job);
            j.waitUntilNoActivity();
            assertThat(job.getBuildByNumber(2)).as("seen again: not started twice").isNull();
        }
    }

    private static void awaitPoll(FreeStyleProject job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (Polls.get().isPolling(job.getFullName())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The poll of " + job.getFullName() + " did not end within 30 s");
            }
            Thread.sleep(50);
        }
    }
}
