package io.jenkins.plugins.calm.core.webhook.bench;

import io.jenkins.plugins.calm.core.webhook.WebhookResult;
import io.jenkins.plugins.calm.core.webhook.routing.RoutingResult;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Entry point of bench/webhook-routing: runs the two JMH benchmarks on one thread and prints
 * {@code name=value} lines.
 */
public final class WebhookRoutingBench {

    private WebhookRoutingBench() {
    }

    public static void main(String[] args) throws RunnerException {
        printWorkload();
        Statistics routing = run(RoutingBenchmark.class).iterator().next().getPrimaryResult().getStatistics();
        Statistics handling = run(HandlingBenchmark.class).iterator().next().getPrimaryResult().getStatistics();

        System.out.println("routing_triggers=" + BenchFixtures.TRIGGERS);
        System.out.println("routing_events_per_sec=" + Math.round(routing.getMean()));
        // Other processes on the machine show up as slow iterations; the range says how noisy this run was.
        System.out.println("routing_events_per_sec_iteration_range=" + Math.round(routing.getMin()) + ".." + Math.round(routing.getMax()));
        System.out.println("handling_ms_p50=" + format(handling.getPercentile(50)));
        System.out.println("handling_ms_p99=" + format(handling.getPercentile(99)));
        System.out.println("handling_ms_max=" + format(handling.getMax()));
    }

    /** Prints what the routing workload decides (outcomes, triggers matched per event), so the figures can be judged. */
    private static void printWorkload() {
        RoutingBenchmark routing = new RoutingBenchmark();
        routing.setUp();
        Map<RoutingResult.Outcome, Integer> outcomes = new EnumMap<>(RoutingResult.Outcome.class);
        long matches = 0;
        for (int i = 0; i < 4096; i++) {
            RoutingResult result = routing.route();
            outcomes.merge(result.outcome(), 1, Integer::sum);
            matches += result.triggers().size();
        }
        System.out.println("routing_workload_outcomes=" + outcomes);
        System.out.println("routing_matched_triggers_per_event=" + String.format(Locale.ROOT, "%.2f", matches / 4096.0));
        HandlingBenchmark handling = new HandlingBenchmark();
        handling.setUp();
        WebhookResult sample = handling.handle();
        System.out.println("handling_sample_outcome=" + sample.outcome() + " status=" + sample.response().status());
    }

    private static Collection<RunResult> run(Class<?> benchmark) throws RunnerException {
        Options options = new OptionsBuilder()
                .include("^" + benchmark.getName() + "\\.")
                .threads(1)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx512m")
                .verbosity(VerboseMode.SILENT)
                .build();
        return new Runner(options).run();
    }

    private static String format(double milliseconds) {
        return String.format(Locale.ROOT, "%.3f", milliseconds);
    }
}
