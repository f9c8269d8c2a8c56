package io.jenkins.plugins.calm.core.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.testing.ManualClock;
import io.jenkins.plugins.calm.core.testing.ManualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Many threads register, complete (by event and by poll) and abort waits at the same time, while
 * another thread drives the poll task. Whatever the interleaving, every wait must complete exactly
 * once and the engine must end up empty.
 */
class WaitEngineConcurrencyTest {
    static final int REGISTRARS = 4;
    static final int WAITS_PER_REGISTRAR = 250;

    @RepeatedTest(5)
    void everyWaitCompletesExactlyOnceUnderConcurrentUse() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
        ManualScheduler scheduler = new ManualScheduler(clock);
        FakeStatusSource cloudAlm = new FakeStatusSource();
        WaitEngine engine = new WaitEngine("busy", cloudAlm, scheduler, clock, WaitEngineSettings.builder()
                .pollInterval(Duration.ofSeconds(1), Duration.ofSeconds(4)).rateLimit(1000, 1000).build());
        List<String> features = new ArrayList<>();
        for (int r = 0; r < REGISTRARS; r++) {
            for (int i = 0; i < WAITS_PER_REGISTRAR; i++) {
                String feature = "f-" + r + "-" + i;
                features.add(feature);
                cloudAlm.set(project(i), feature, "Z_TEST"); // Cloud ALM already moved them all
            }
        }
        Map<String, RecordingListener> listeners = new ConcurrentHashMap<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(REGISTRARS + 3);
        List<Future<?>> work = new ArrayList<>();
        for (int r = 0; r < REGISTRARS; r++) {
            int registrar = r;
            work.add(threads.submit(() -> {
                go.await();
                for (int i = 0; i < WAITS_PER_REGISTRAR; i++) {
                    String feature = "f-" + registrar + "-" + i;
                    RecordingListener listener = new RecordingListener();
                    listeners.put(feature, listener);
                    engine.register(WaitState.builder("wait-" + feature).feature(feature, project(i))
                            .acceptable(List.of("Z_TEST")).failOn(List.of("Z_NOTP")).build(), listener);
                }
                return null;
            }));
        }
        work.add(threads.submit(() -> { // webhook deliveries for every other feature
            go.await();
            for (int i = 0; i < features.size(); i += 2) {
                engine.onEvent(features.get(i), "Z_TEST", "event-" + i, clock.instant());
            }
            return null;
        }));
        work.add(threads.submit(() -> { // users aborting builds
            go.await();
            for (int i = 1; i < features.size(); i += 10) {
                engine.abort("wait-" + features.get(i), "aborted by user");
            }
            return null;
        }));
        work.add(threads.submit(() -> { // the shared timer running the poll task
            go.await();
            for (int step = 0; step < 50; step++) {
                scheduler.advance(Duration.ofMillis(500));
            }
            return null;
        }));
        go.countDown();
        for (Future<?> f : work) {
            f.get();
        }
        threads.shutdown();
        scheduler.advance(Duration.ofSeconds(10)); // polls finish whatever the races left open

        assertThat(listeners).hasSize(features.size());
        for (RecordingListener listener : listeners.values()) {
            assertThat(listener.result().outcome()).isIn(WaitOutcome.SUCCEEDED, WaitOutcome.ABORTED);
            assertThat(listener.calls).last().asString().startsWith("completed");
        }
        WaitEngineStats stats = engine.stats();
        assertThat(stats.activeWaits()).isZero();
        assertThat(stats.watchedFeatures()).isZero();
        assertThat(stats.watchedProjects()).isZero();
        assertThat(scheduler.pendingCount()).isZero();
    }

    static String project(int i) {
        return "project-" + (i % 5);
    }
}
