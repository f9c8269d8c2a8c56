package io.jenkins.plugins.calm.core.webhook.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.testing.ManualClock;
import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowInstance.Phase;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkflowRegistryTest {

    private final ManualClock clock = new ManualClock();
    private final AtomicInteger counter = new AtomicInteger();
    private final WorkflowRegistry registry = new WorkflowRegistry(clock, () -> "wf-" + counter.incrementAndGet(), WorkflowRegistry.Policy.DEFAULT);
    private final Map<String, BuildState> jenkins = new HashMap<>();
    private final BuildStateProbe probe = handle -> jenkins.getOrDefault(handle, BuildState.NOT_FOUND);

    private WorkflowAnswer ping(String id) {
        return registry.ping("prod", id, probe).orElseThrow();
    }

    @Test
    void approvesWhenEveryBuildSucceeded() {
        WorkflowInstance wf = registry.start("prod", "6-123", "Successfully Tested", List.of("job-a", "job-b"));
        assertThat(wf.id()).isEqualTo("wf-1");
        assertThat(ping(wf.id()).decision()).isEqualTo(WorkflowDecision.IN_PROCESS);

        assertThat(registry.buildScheduled(wf.id(), "job-a", "a#1")).isTrue();
        assertThat(registry.buildScheduled(wf.id(), "job-b", "b#7")).isTrue();
        jenkins.put("a#1", BuildState.RUNNING);
        jenkins.put("b#7", BuildState.QUEUED);
        assertThat(ping(wf.id())).extracting(WorkflowAnswer::decision, WorkflowAnswer::status)
                .containsExactly(WorkflowDecision.IN_PROCESS, ExternalResourceStatus.STARTED);

        jenkins.put("a#1", BuildState.SUCCEEDED);
        assertThat(ping(wf.id()).decision()).isEqualTo(WorkflowDecision.IN_PROCESS);
        jenkins.put("b#7", BuildState.SUCCEEDED);

        assertThat(ping(wf.id())).extracting(WorkflowAnswer::decision, WorkflowAnswer::status)
                .containsExactly(WorkflowDecision.APPROVED, ExternalResourceStatus.COMPLETED);
        assertThat(registry.find(wf.id()).orElseThrow().phase()).isEqualTo(Phase.APPROVED);
    }

    @Test
    void aFailedBuildRejectsAsADecision() {
        WorkflowInstance wf = registry.start("prod", "6-123", "Successfully Tested", List.of("job-a", "job-b"));
        registry.buildScheduled(wf.id(), "job-a", "a#1");
        registry.buildScheduled(wf.id(), "job-b", "b#1");
        jenkins.put("a#1", BuildState.FAILED);
        jenkins.put("b#1", BuildState.RUNNING);

        WorkflowAnswer answer = ping(wf.id());

        assertThat(answer.decision()).as("no need to wait for the other build").isEqualTo(WorkflowDecision.REJECTED);
        assertThat(answer.status()).isEqualTo(ExternalResourceStatus.COMPLETED);
        assertThat(answer.detail()).contains("job-a").contains("FAILED");
    }

    @Test
    void anAbortedOrLostBuildRejectsAsFailedWorkflow() {
        WorkflowInstance aborted = registry.start("prod", "6-1", "Deployed", List.of("job"));
        registry.buildScheduled(aborted.id(), "job", "j#1");
        jenkins.put("j#1", BuildState.ABORTED);
        WorkflowInstance lost = registry.start("prod", "6-2", "Deployed", List.of("job"));
        registry.buildScheduled(lost.id(), "job", "j#2");

        assertThat(ping(aborted.id())).extracting(WorkflowAnswer::decision, WorkflowAnswer::status)
                .containsExactly(WorkflowDecision.REJECTED, ExternalResourceStatus.FAILED);
        assertThat(ping(lost.id())).extracting(WorkflowAnswer::decision, WorkflowAnswer::status)
                .containsExactly(WorkflowDecision.REJECTED, ExternalResourceStatus.FAILED);
    }

    @Test
    void aFinalStateIsKeptEvenWhenJenkinsForgetsTheBuildLater() {
        WorkflowInstance wf = registry.start("prod", "6-1", "Deployed", List.of("job-a", "job-b"));
        registry.buildScheduled(wf.id(), "job-a", "a#1");
        registry.buildScheduled(wf.id(), "job-b", "b#1");
        jenkins.put("a#1", BuildState.SUCCEEDED);
        jenkins.put("b#1", BuildState.RUNNING);
        ping(wf.id());

        jenkins.remove("a#1");
        jenkins.put("b#1", BuildState.SUCCEEDED);

        assertThat(ping(wf.id()).decision()).isEqualTo(WorkflowDecision.APPROVED);
    }

    @Test
    void aBuildThatCannotBeScheduledRejects() {
        WorkflowInstance wf = registry.start("prod", "6-1", "Deployed", List.of("job"));

        registry.buildNotScheduled(wf.id(), "job", "the job is disabled");

        WorkflowAnswer answer = ping(wf.id());
        assertThat(answer.decision()).isEqualTo(WorkflowDecision.REJECTED);
        assertThat(answer.status()).isEqualTo(ExternalResourceStatus.FAILED);
        assertThat(answer.detail()).contains("the job is disabled");
    }

    @Test
    void aBuildNeverScheduledWithinTheGraceRejects() {
        WorkflowInstance wf = registry.start("prod", "6-1", "Deployed", List.of("job"));
        clock.advance(Duration.ofMinutes(9));
        assertThat(ping(wf.id()).decision()).isEqualTo(WorkflowDecision.IN_PROCESS);

        clock.advance(Duration.ofMinutes(2));

        assertThat(ping(wf.id())).extracting(WorkflowAnswer::decision, WorkflowAnswer::detail)
                .containsExactly(WorkflowDecision.REJECTED, "the build for job was never scheduled");
    }

    @Test
    void cancellingAbortsUnfinishedBuildsAndEndsTheWorkflow() {
        WorkflowInstance wf = registry.start("prod", "6-1", "Deployed", List.of("job-a", "job-b", "job-c"));
        registry.buildScheduled(wf.id(), "job-a", "a#1");
        registry.buildScheduled(wf.id(), "job-b", "b#1");
        jenkins.put("a#1", BuildState.SUCCEEDED);
        jenkins.put("b#1", BuildState.RUNNING);
        ping(wf.id());

        Cancellation cancellation = registry.cancel("prod", wf.id()).orElseThrow();

        assertThat(cancellation.buildsToAbort()).containsExactly("b#1");
        assertThat(cancellation.answer()).extracting(WorkflowAnswer::decision, WorkflowAnswer::status)
                .containsExactly(WorkflowDecision.REJECTED, ExternalResourceStatus.FAILED);
        assertThat(registry.buildScheduled(wf.id(), "job-c", "c#1")).as("too late: cancel it").isFalse();
        jenkins.put("b#1", BuildState.SUCCEEDED);
        assertThat(ping(wf.id()).decision()).as("never approved after a cancel").isEqualTo(WorkflowDecision.REJECTED);
    }

    @Test
    void cancellingADecidedWorkflowChangesNothing() {
        WorkflowInstance wf = registry.start("prod", "6-1", "Deployed", List.of("job"));
        registry.buildScheduled(wf.id(), "job", "j#1");
        jenkins.put("j#1", BuildState.SUCCEEDED);
        ping(wf.id());

        Cancellation cancellation = registry.cancel("prod", wf.id()).orElseThrow();

        assertThat(cancellation.buildsToAbort()).isEmpty();
        assertThat(cancellation.answer().decision()).isEqualTo(WorkflowDecision.APPROVED);
    }

    @Test
    void aWorkflowIsOnlyVisibleToItsConnection() {
        WorkflowInstance wf = registry.start("prod", "6-1", "Deployed", List.of("job"));

        assertThat(registry.ping("test", wf.id(), probe)).isEmpty();
        assertThat(registry.cancel("test", wf.id())).isEmpty();
        assertThat(registry.ping("prod", "wf-unknown", probe)).isEmpty();
    }

    @Test
    void routesAWorkflowStartedBeforeItsTriggersWereKnown() {
        WorkflowInstance waiting = registry.startAwaitingRoute("prod", "6-1", "Deployed");
        assertThat(ping(waiting.id()).decision()).isEqualTo(WorkflowDecision.IN_PROCESS);

        assertThat(registry.routed(waiting.id(), List.of("job")).orElseThrow().phase()).isEqualTo(Phase.RUNNING);
        registry.buildScheduled(waiting.id(), "job", "j#1");
        jenkins.put("j#1", BuildState.SUCCEEDED);
        assertThat(ping(waiting.id()).decision()).isEqualTo(WorkflowDecision.APPROVED);

        WorkflowInstance nothing = registry.startAwaitingRoute("prod", "6-2", "Deployed");
        assertThat(registry.routed(nothing.id(), List.of()).orElseThrow().phase()).isEqualTo(Phase.REJECTED);

        WorkflowInstance stuck = registry.startAwaitingRoute("prod", "6-3", "Deployed");
        clock.advance(Duration.ofMinutes(11));
        assertThat(ping(stuck.id()).decision()).isEqualTo(WorkflowDecision.REJECTED);
    }

    @Test
    void refusesToStartWithoutTriggers() {
        assertThatThrownBy(() -> registry.start("prod", "6-1", "Deployed", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivesARestartThroughItsJson() {
        WorkflowInstance running = registry.start("prod", "6-1", "Deployed", List.of("job-a", "job-b"));
        registry.buildScheduled(running.id(), "job-a", "a#1");
        registry.buildNotScheduled(running.id(), "job-b", null);
        jenkins.put("a#1", BuildState.SUCCEEDED);
        WorkflowInstance done = registry.start("prod", "6-2", "Deployed", List.of("job"));
        registry.buildScheduled(done.id(), "job", "d#1");
        jenkins.put("d#1", BuildState.FAILED);
        ping(done.id());
        WorkflowInstance waiting = registry.startAwaitingRoute("test", "6-3", "Deployed");

        WorkflowRegistry restored = WorkflowRegistry.restore(registry.toJson(), clock, () -> "wf-new", WorkflowRegistry.Policy.DEFAULT);

        assertThat(restored.instances()).isEqualTo(registry.instances());
        assertThat(restored.ping("prod", running.id(), probe).orElseThrow().detail()).contains("no reason given");
        assertThat(restored.ping("prod", done.id(), probe).orElseThrow().decision()).isEqualTo(WorkflowDecision.REJECTED);
        assertThat(restored.find(waiting.id()).orElseThrow().phase()).isEqualTo(Phase.AWAITING_ROUTE);
        assertThatThrownBy(() -> WorkflowRegistry.restore("{\"workflows\":[{\"phase\":\"NOPE\"}]}", clock, () -> "x",
                WorkflowRegistry.Policy.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("move the file aside");
    }

    @Test
    void forgetsOldInstancesAndStaysBounded() {
        WorkflowRegistry small = new WorkflowRegistry(clock, () -> "wf-" + counter.incrementAndGet(),
                new WorkflowRegistry.Policy(Duration.ofMinutes(10), Duration.ofDays(1), 3));
        WorkflowInstance old = small.start("prod", "6-0", "Deployed", List.of("job"));
        clock.advance(Duration.ofDays(2));
        for (int i = 1; i <= 4; i++) {
            small.start("prod", "6-" + i, "Deployed", List.of("job"));
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(small.find(old.id())).isEmpty();
        assertThat(small.instances()).hasSize(3).extracting(WorkflowInstance::featureLabel).containsExactly("6-2", "6-3", "6-4");
    }

    @Test
    void countsChangesSoThePluginKnowsWhenToSave() {
        long before = registry.version();
        WorkflowInstance wf = registry.start("prod", "6-1", "Deployed", List.of("job"));
        long started = registry.version();
        ping(wf.id());

        assertThat(started).isGreaterThan(before);
        assertThat(registry.version()).as("a ping that changes nothing").isEqualTo(started);
        registry.buildScheduled(wf.id(), "job", "j#1");
        assertThat(registry.version()).isGreaterThan(started);
    }
}
