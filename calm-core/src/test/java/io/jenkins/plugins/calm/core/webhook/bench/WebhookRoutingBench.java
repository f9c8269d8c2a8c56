package io.jenkins.plugins.calm.core.webhook.bench;

import io.jenkins.plugins.calm.core.webhook.WebhookResult;
import io.jenkins.plugins.calm.core.webhook.routing.RoutingResult;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
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
        double eventsPerSecond = primary(run(RoutingBenchmark.class));
        RunResult handling = run(HandlingBenchmark.class).iterator().next();
        var statistics = handling.getPrimaryResult().getStatistics();

        System.out.println("routing_triggers=" + BenchFixtures.TRIGGERS);
        System.out.println("routing_events_per_sec=" + Math.round(eventsPerSecond));
        System.out.println("handling_ms_p50=" + format(statistics.getPercentile(50)));
        System.out.println("handling_ms_p99=" + format(statistics.getPercentile(99)));
        System.out.println("handling_ms_max=" + format(statistics.getMax()));
    }

    /** Prints what the routing workload decides, so the figures can be judged (not all events match). */
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

    private static double primary(Collection<RunResult> results) {
        return results.iterator().next().getPrimaryResult().getScore();
    }

    private static String format(double milliseconds) {
        return String.format(Locale.ROOT, "%.3f", milliseconds);
    }
}
