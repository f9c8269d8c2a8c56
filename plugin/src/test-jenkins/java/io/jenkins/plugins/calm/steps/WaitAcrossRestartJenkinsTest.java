package io.jenkins.plugins.calm.steps;

import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A waiting step survives a controller restart and notices what changed while Jenkins was down (real build only). */
class WaitAcrossRestartJenkinsTest {

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    private static CloudAlmSandbox sandbox;

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = CloudAlmSandbox.builder().port(0).start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void aWaitResumesFromItsLastStatusAfterARestart() throws Throwable {
        sessions.then(j -> {
            SandboxConnection.configure(sandbox);
            WorkflowJob job = j.jenkins.createProject(WorkflowJob.class, "promote");
            job.setDefinition(new CpsFlowDefinition("""
                    def r = calmWaitForStatus feature: '6-8', status: 'Successfully Tested', pollInterval: 10
                    echo "6-8 is ${r.status} now"
                    """, true));
            WorkflowRun b = job.scheduleBuild2(0).waitForStart();
            j.waitForMessage("Waiting for Cloud ALM feature 6-8 to reach Successfully Tested", b);
        });

        sandbox.switchStatusAsUser("6-8", "In Testing"); // while Jenkins is down

        sessions.then(j -> {
            WorkflowRun b = j.jenkins.getItemByFullName("promote", WorkflowJob.class).getBuildByNumber(1);
            j.waitForMessage("Jenkins restarted; still waiting", b);
            j.waitForMessage("In Implementation → In Testing (poll)", b);
            sandbox.switchStatusAsUser("6-8", "Successfully Tested");
            j.assertBuildStatusSuccess(j.waitForCompletion(b));
            j.assertLogContains("In Testing → Successfully Tested (poll)", b);
            j.assertLogContains("6-8 is Successfully Tested now", b);
        });
    }
}
