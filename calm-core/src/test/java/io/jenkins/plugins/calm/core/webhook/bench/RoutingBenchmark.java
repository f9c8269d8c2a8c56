package io.jenkins.plugins.calm.core.webhook.bench;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.routing.RoutingResult;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Events routed per second, one thread, 10,000 configured triggers (bench/webhook-routing). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RoutingBenchmark {

    private TriggerRouter router;
    private StatusNameResolver resolver;
    private FeatureChange[] events;
    private int next;

    @Setup
    public void setUp() {
        router = new TriggerRouter(BenchFixtures.triggers());
        resolver = BenchFixtures.resolver();
        events = BenchFixtures.events(4096);
    }

    @Benchmark
    public RoutingResult route() {
        FeatureChange event = events[next];
        next = (next + 1) & (events.length - 1);
        return router.route(event, resolver);
    }
}
