package io.jenkins.plugins.calm.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.calm.core.adapters.ClientFeatureStatusSource;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.wait.FeatureStatusSource;
import io.jenkins.plugins.calm.core.wait.WaitEngine;
import io.jenkins.plugins.calm.core.wait.WaitEngineSettings;
import io.jenkins.plugins.calm.core.wait.WaitListener;
import io.jenkins.plugins.calm.core.wait.WaitOutcome;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import io.jenkins.plugins.calm.core.wait.WaitState;
import io.jenkins.plugins.calm.it.support.SandboxSeeder;
import io.jenkins.plugins.calm.it.support.WebhookReceiver;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/wait-engine}: 1,000 concurrent {@code calmWaitForStatus} waits on 1,000 features in
 * 5 projects, against the sandbox running in its own JVM (so its server threads are not counted).
 *
 * <p>Half of the features are observed through webhook events, half through polling only (the
 * receiver drops their events, like a webhook that never arrives). Prints {@code name=value}
 * figures on standard output, how they were measured on standard error.
 *
 * <p>Arguments: the sandbox jar, a work directory.
 */
public final class WaitEngineBenchmark {
    private static final int PROJECTS = 5;
    private static final int FEATURES_PER_PROJECT = 200;
    private static final int WAITS = PROJECTS * FEATURES_PER_PROJECT;
    private static final Duration MIN_POLL = Duration.ofSeconds(2);
    private static final Duration MAX_POLL = Duration.ofSeconds(10);
    /** Flips are spread out, as users change statuses over time, not in one instant. */
    private static final Duration FLIP_SPACING = Duration.ofMillis(20);
    private static final Duration PHASE_TIMEOUT = Duration.ofSeconds(90);
    private static final String FEATURES_ROUTE = "GET /api/calm-features/v1/Features";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path sandboxJar;
    private final Path work;
    /** The benchmark's own admin calls (flips, request counts), on one thread started before the baseline. */
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "benchmark admin HTTP");
        thread.setDaemon(true);
        return thread;
    })).build();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private Process sandbox;
    private String baseUrl;

    private WaitEngineBenchmark(Path sandboxJar, Path work) {
        this.sandboxJar = sandboxJar;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: WaitEngineBenchmark <calm-sandbox.jar> <work directory>");
            System.exit(2);
        }
        WaitEngineBenchmark bench = new WaitEngineBenchmark(Path.of(args[0]), Path.of(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stopSandbox));
        try {
            System.exit(bench.run() ? 0 : 1);
        } finally {
            bench.stopSandbox();
        }
    }

    private boolean run() throws Exception {
        // The webhook half: features whose events the receiver passes on to the engine.
        Set<String> viaWebhook = ConcurrentHashMap.newKeySet();
        AtomicReference<WaitEngine> engineRef = new AtomicReference<>();
        AtomicInteger eventsSeen = new AtomicInteger();
        WebhookReceiver receiver = WebhookReceiver.start(event -> {
            eventsSeen.incrementAndGet();
            WaitEngine engine = engineRef.get();
            if (engine != null && viaWebhook.contains(event.featureUuid())) {
                engine.onEvent(event.featureUuid(), event.statusCode(), event.eventId(), null);
            }
        });
        startSandbox(receiver.url());
        String serviceKey = Files.readString(work.resolve("service-key.json"));

        CloudAlmClient seedClient = CloudAlmClient.create(ServiceKey.parse(serviceKey), ClientSettings.defaults());
        SandboxSeeder seeder = new SandboxSeeder(serviceKey, seedClient);
        List<Feature> features = new ArrayList<>();
        for (int p = 1; p <= PROJECTS; p++) {
            features.addAll(seeder.createFeatures(seeder.createProject("Benchmark project " + p),
                    FEATURES_PER_PROJECT, "In Implementation"));
        }
        for (int i = 0; i < features.size(); i += 2) {
            viaWebhook.add(features.get(i).uuid());
        }
        String testing = seedClient.features().resolveStatus("In Testing");
        String notPlanned = seedClient.features().resolveStatus("Not Planned");
        awaitTrue(() -> eventsSeen.get() >= WAITS, "the sandbox's creation events to reach the receiver");

        // The plugin's side: one client per connection, Jenkins' shared timer (a running one-thread
        // scheduler, as Jenkins' Timer always is), the engine.
        CloudAlmClient client = CloudAlmClient.create(ServiceKey.parse(serviceKey),
                ClientSettings.builder().retryPolicy(RetryPolicy.none()).build());
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "jenkins.util.Timer stand-in");
            thread.setDaemon(true);
            return thread;
        });
        timer.prestartAllCoreThreads();
        CountingSource source = new CountingSource(new ClientFeatureStatusSource(client));
        WaitEngineSettings settings = WaitEngineSettings.builder().pollInterval(MIN_POLL, MAX_POLL).build();
        WaitEngine engine = new WaitEngine("benchmark", source, timer, Clock.systemUTC(), settings);
        engineRef.set(engine);
        client.projects().list(); // token and connection exist before the baseline, as in a running Jenkins
        featureRequests(); // and so do the benchmark's own HTTP client threads

        long[] changedAt = new long[WAITS];
        long[] completedAt = new long[WAITS];
        WaitOutcome[] outcomes = new WaitOutcome[WAITS];
        CountDownLatch allDone = new CountDownLatch(WAITS);
        List<WaitListener> listeners = new ArrayList<>(WAITS);
        for (int i = 0; i < WAITS; i++) {
            listeners.add(new Recorder(i, completedAt, outcomes, allDone));
        }

        long heapBefore = gcdHeap();
        int threadsBefore = threads.getThreadCount();
        Set<String> namesBefore = threadNames();
        AtomicInteger peakThreads = new AtomicInteger(threadsBefore);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        for (int i = 0; i < WAITS; i++) {
            Feature feature = features.get(i);
            engine.register(WaitState.builder("bench-" + i).feature(feature.uuid(), feature.projectId())
                    .acceptable(List.of(testing)).failOn(List.of(notPlanned)).deadline(deadline).build(),
                    listeners.get(i));
        }
        peakThreads.accumulateAndGet(threads.getThreadCount(), Math::max);
        // First poll of every project: each watched feature read once, in batches.
        awaitTrue(() -> source.queriedProjects.size() == PROJECTS, "the first poll of every project");
        long initialReads = featureRequests();
        long heapAfter = gcdHeap();
        peakThreads.accumulateAndGet(threads.getThreadCount(), Math::max);
        long queriesAfterFirstRound = engine.stats().statusQueries();

        // Steady state, then the flips, spread over time; every poll request is counted by the sandbox.
        Thread.sleep(MAX_POLL.toMillis());
        for (int i = 0; i < WAITS; i++) {
            // round robin over the projects; within a project, webhook and poll features alternate
            int index = (i % PROJECTS) * FEATURES_PER_PROJECT + i / PROJECTS;
            changedAt[index] = System.nanoTime();
            post("/sandbox/features/" + features.get(index).uuid() + "/status", "In Testing");
            peakThreads.accumulateAndGet(threads.getThreadCount(), Math::max);
            Thread.sleep(FLIP_SPACING.toMillis());
        }
        boolean finished = allDone.await(PHASE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        peakThreads.accumulateAndGet(threads.getThreadCount(), Math::max);
        long pollRequests = featureRequests() - initialReads;
        long projectPolls = engine.stats().statusQueries() - queriesAfterFirstRound;
        Set<String> added = threadNames();
        added.removeAll(namesBefore);

        List<Long> webhookLatencies = new ArrayList<>();
        List<Long> pollLatencies = new ArrayList<>();
        int succeeded = 0;
        for (int i = 0; i < WAITS; i++) {
            if (outcomes[i] == WaitOutcome.SUCCEEDED) {
                succeeded++;
                long micros = TimeUnit.NANOSECONDS.toMicros(completedAt[i] - changedAt[i]);
                (viaWebhook.contains(features.get(i).uuid()) ? webhookLatencies : pollLatencies).add(micros);
            }
        }
        engine.close();
        timer.shutdownNow();

        System.err.printf("# %d waits on %d features in %d projects; %d via webhook events, %d via polling only"
                + " (their events dropped by the receiver)%n", WAITS, WAITS, PROJECTS, viaWebhook.size(),
                WAITS - viaWebhook.size());
        System.err.printf("# engine: %s; flips every %d ms; sandbox in its own JVM%n", settings,
                FLIP_SPACING.toMillis());
        System.err.printf("# initial batched reads: %d requests for %d features; afterwards %d requests in %d"
                + " project polls%n", initialReads, WAITS, pollRequests, projectPolls);
        System.err.printf("# threads: %d before registering, peak %d; new threads: %s%n", threadsBefore,
                peakThreads.get(), added);
        System.err.printf("# heap (after GC): %d bytes before registering, %d after the first poll round%n",
                heapBefore, heapAfter);
        System.err.printf("# completed: %d of %d succeeded%s%n", succeeded, WAITS, finished ? "" : " (TIMED OUT)");

        System.out.println("poll_requests_per_interval="
                + format(projectPolls == 0 ? 0 : (double) pollRequests * PROJECTS / projectPolls));
        System.out.println("threads_added=" + (peakThreads.get() - threadsBefore));
        System.out.println("heap_bytes_per_wait=" + (heapAfter - heapBefore) / WAITS);
        System.out.println("latency_ms_p50_webhook=" + percentile(webhookLatencies, 50));
        System.out.println("latency_ms_p99_webhook=" + percentile(webhookLatencies, 99));
        System.out.println("latency_ms_p50_poll=" + percentile(pollLatencies, 50));
        System.out.println("latency_ms_p99_poll=" + percentile(pollLatencies, 99));
        receiver.close();
        return finished && succeeded == WAITS;
    }

    /** Counts the projects the engine has queried, to know when the first poll round is over. */
    private static final class CountingSource implements FeatureStatusSource {
        final FeatureStatusSource delegate;
        final Set<String> queriedProjects = ConcurrentHashMap.newKeySet();

        CountingSource(FeatureStatusSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Map<String, String> statusesOf(String projectId, Set<String> featureUuids) {
            Map<String, String> answer = delegate.statusesOf(projectId, featureUuids);
            queriedProjects.add(projectId);
            return answer;
        }

        @Override
        public int requestCost(String projectId, Set<String> featureUuids) {
            return delegate.requestCost(projectId, featureUuids);
        }
    }

    /** Notes when its wait completed; as light as a step execution's callback. */
    private static final class Recorder implements WaitListener {
        private final int index;
        private final long[] completedAt;
        private final WaitOutcome[] outcomes;
        private final CountDownLatch done;

        Recorder(int index, long[] completedAt, WaitOutcome[] outcomes, CountDownLatch done) {
            this.index = index;
            this.completedAt = completedAt;
            this.outcomes = outcomes;
            this.done = done;
        }

        @Override
        public void onCompleted(WaitResult result) {
            completedAt[index] = System.nanoTime();
            outcomes[index] = result.outcome();
            done.countDown();
        }
    }

    private void startSandbox(String webhookUrl) throws Exception {
        Path out = work.resolve("sandbox.out");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", sandboxJar.toString(), "--port", "0", "--seed", "empty",
                "--service-key-out", work.resolve("service-key.json").toString(), "--webhook-url", webhookUrl,
                "--webhook-user", WebhookReceiver.USER, "--page-size", "100")
                .redirectOutput(out.toFile()).redirectError(work.resolve("sandbox.err").toFile());
        builder.environment().put("CALM_SANDBOX_WEBHOOK_PASSWORD", WebhookReceiver.PASSWORD);
        sandbox = builder.start();
        Pattern ready = Pattern.compile("listening on (http://\\S+)");
        awaitTrue(() -> {
            if (!sandbox.isAlive()) {
                throw new IllegalStateException("the sandbox exited: " + Files.readString(work.resolve("sandbox.err")));
            }
            Matcher matcher = ready.matcher(Files.exists(out) ? Files.readString(out) : "");
            if (matcher.find()) {
                baseUrl = matcher.group(1);
                return true;
            }
            return false;
        }, "the sandbox to start");
    }

    private void stopSandbox() {
        Process process = sandbox;
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /** Requests the sandbox answered on the Features list route (all statuses). */
    private long featureRequests() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sandbox/requests"))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode route = JSON.readTree(response.body()).path("routes").path(FEATURES_ROUTE);
        return route.path("count").asLong(0);
    }

    /** Used heap after full collections; the JVM runs with the serial collector, which makes this exact. */
    private long gcdHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private Set<String> threadNames() {
        Set<String> names = new TreeSet<>();
        for (ThreadInfo info : threads.dumpAllThreads(false, false)) {
            names.add(info.getThreadName());
        }
        return names;
    }

    private static String percentile(List<Long> micros, int percentile) {
        if (micros.isEmpty()) {
            return "n/a";
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return format(sorted[Math.max(0, rank)] / 1000.0);
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private interface Check {
        boolean done() throws Exception;
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        long end = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + PHASE_TIMEOUT);
            }
            Thread.sleep(20);
        }
    }
}
