package io.jenkins.plugins.calm.it.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.adapters.ClientFeatureStatusSource;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.wait.FeatureStatusSource;
import io.jenkins.plugins.calm.core.wait.PollingProblem;
import io.jenkins.plugins.calm.core.wait.StatusChange;
import io.jenkins.plugins.calm.core.wait.WaitEngine;
import io.jenkins.plugins.calm.core.wait.WaitEngineSettings;
import io.jenkins.plugins.calm.core.wait.WaitListener;
import io.jenkins.plugins.calm.core.wait.WaitOutcome;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import io.jenkins.plugins.calm.core.wait.WaitState;
import io.jenkins.plugins.calm.it.support.ManualTime;
import io.jenkins.plugins.calm.it.support.SandboxSeeder;
import io.jenkins.plugins.calm.it.support.WebhookReceiver;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import io.jenkins.plugins.calm.sandbox.events.SandboxEvent;
import io.jenkins.plugins.calm.sandbox.seed.Seed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The wait engine, through {@link ClientFeatureStatusSource} and calm-core's client, against a real
 * sandbox over HTTP. Engine time is {@link ManualTime}: a poll (a real request) happens exactly when
 * the test moves time past it. Webhook events come over real HTTP from the sandbox's own threads.
 */
class WaitEngineAgainstSandboxTest {
    private static final Duration POLL = Duration.ofSeconds(10);
    private static final Duration MAX_POLL = Duration.ofSeconds(80);
    private static final Duration COALESCE = Duration.ofSeconds(1);
    private static final String FEATURES_ROUTE = "GET /api/calm-features/v1/Features";

    private final ManualTime time = new ManualTime(Instant.parse("2026-03-02T08:00:00Z"));
    private final List<AutoCloseable> closeLater = new ArrayList<>();
    private CloudAlmSandbox sandbox;
    private CloudAlmClient client;
    private SandboxSeeder seeder;
    private volatile WaitEngine engine;
    private String project;
    private String implementing;
    private String testing;
    private String notPlanned;

    @AfterEach
    void tearDown() throws Exception {
        Collections.reverse(closeLater);
        for (AutoCloseable closeable : closeLater) {
            closeable.close();
        }
    }

    /** Starts a sandbox (empty seed) with or without webhook delivery, a client and an engine. */
    private void start(boolean webhooks) throws Exception {
        CloudAlmSandbox.Builder builder = CloudAlmSandbox.builder().port(0).seed(Seed.EMPTY);
        if (webhooks) {
            WebhookReceiver receiver = WebhookReceiver.start(
                    event -> engine.onEvent(event.featureUuid(), event.statusCode(), event.eventId(), null));
            closeLater.add(receiver);
            builder.webhook(receiver.url(), WebhookReceiver.USER, WebhookReceiver.PASSWORD)
                    .webhookRetry(new io.jenkins.plugins.calm.sandbox.events.RetryPolicy(Duration.ofMillis(20),
                            Duration.ofMillis(200), 5));
        }
        sandbox = builder.start();
        closeLater.add(sandbox);
        client = newClient();
        seeder = new SandboxSeeder(sandbox.serviceKeyJson(), client);
        engine = newEngine(new ClientFeatureStatusSource(client, Duration.ofMinutes(10), time.clock()));
        project = seeder.createProject("Wait engine tests");
        implementing = client.features().resolveStatus("In Implementation");
        testing = client.features().resolveStatus("In Testing");
        notPlanned = client.features().resolveStatus("Not Planned");
    }

    private CloudAlmClient newClient() {
        // The engine backs off by itself: the client must not sleep inside a poll.
        CloudAlmClient created = CloudAlmClient.create(ServiceKey.parse(sandbox.serviceKeyJson()),
                ClientSettings.builder().retryPolicy(RetryPolicy.none()).build());
        closeLater.add(created);
        return created;
    }

    private WaitEngine newEngine(FeatureStatusSource source) {
        WaitEngine created = new WaitEngine("sandbox", source, time, time.clock(), WaitEngineSettings.builder()
                .pollInterval(POLL, MAX_POLL).backoffFactor(2).coalescingDelay(COALESCE).rateLimit(5, 10).build());
        closeLater.add(created);
        return created;
    }

    private WaitState.Builder waitFor(String waitId, Feature... features) {
        WaitState.Builder state = WaitState.builder(waitId).acceptable(List.of(testing)).failOn(List.of(notPlanned));
        for (Feature feature : features) {
            state.feature(feature.uuid(), feature.projectId());
        }
        return state;
    }

    private Recorder register(WaitState state) {
        Recorder recorder = new Recorder();
        engine.register(state, recorder);
        return recorder;
    }

    private long featureQueries() {
        return sandbox.requestCounts().getOrDefault(FEATURES_ROUTE, Map.of()).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    @Test
    void aWebhookEventCompletesTheWaitWithoutAnyPoll() throws Exception {
        start(true);
        Feature feature = seeder.createFeature(project, "In Implementation");
        Recorder wait = register(waitFor("job/1#5", feature).build());

        sandbox.switchStatusAsUser(feature.displayId(), "In Testing");

        WaitResult result = wait.result.get(20, TimeUnit.SECONDS);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        assertThat(result.states().get(feature.uuid()).statusCode()).isEqualTo(testing);
        assertThat(wait.changes).last().satisfies(change -> {
            assertThat(change.source()).isEqualTo(StatusChange.Source.EVENT);
            assertThat(change.current().statusCode()).isEqualTo(testing);
        });
        assertThat(engine.stats().statusQueries()).isZero();
        assertThat(featureQueries()).isZero();
    }

    @Test
    void anEventThatArrivedBeforeTheWaitStartedIsNotLost() throws Exception {
        start(true);
        Feature feature = seeder.createFeature(project, "In Implementation");
        sandbox.switchStatusAsUser(feature.displayId(), "In Testing");
        sandbox.awaitEvents(events -> events.stream().anyMatch(e -> e.eventType().equals("FEATURE.UPDATED")
                && e.state() == SandboxEvent.State.DELIVERED), Duration.ofSeconds(20));

        Recorder wait = register(waitFor("job/1#4", feature).build());

        assertThat(wait.result.getNow(null).outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        assertThat(featureQueries()).isZero();
    }

    @Test
    void whenEveryWebhookDeliveryFailsAPollStillEndsTheWait() throws Exception {
        start(true);
        sandbox.faults("webhook-fail,event=FEATURE.*");
        Feature feature = seeder.createFeature(project, "In Implementation");
        Recorder wait = register(waitFor("job/1#3", feature).build());

        sandbox.switchStatusAsUser(feature.displayId(), "In Testing");
        sandbox.awaitEvents(events -> events.size() == 2
                && events.stream().allMatch(e -> e.state() == SandboxEvent.State.FAILED), Duration.ofSeconds(20));
        assertThat(wait.result).isNotDone();
        time.advance(POLL);

        assertThat(wait.result.getNow(null).outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        assertThat(wait.changes).last().satisfies(c -> assertThat(c.source()).isEqualTo(StatusChange.Source.POLL));
    }

    @Test
    void withoutWebhooksAPollFindsTheNewStatus() throws Exception {
        start(false);
        Feature feature = seeder.createFeature(project, "In Implementation");
        Recorder wait = register(waitFor("job/1#6", feature).build());
        time.advance(POLL);
        assertThat(wait.changes).extracting(c -> c.current().statusCode()).containsExactly(implementing);

        sandbox.switchStatusAsUser(feature.displayId(), "In Testing");
        assertThat(wait.result).isNotDone();
        time.advance(POLL);

        WaitResult result = wait.result.getNow(null);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        assertThat(wait.changes).last().satisfies(change -> {
            assertThat(change.source()).isEqualTo(StatusChange.Source.POLL);
            assertThat(change.previousCode()).isEqualTo(implementing);
        });
        assertThat(featureQueries()).isEqualTo(2);
    }

    @Test
    void aWaitTimesOutWithTheLastStatusItSaw() throws Exception {
        start(false);
        Feature feature = seeder.createFeature(project, "In Implementation");
        Recorder wait = register(waitFor("job/1#7", feature).deadline(time.now().plus(Duration.ofMinutes(1))).build());

        time.advance(Duration.ofSeconds(59));
        assertThat(wait.result).isNotDone();
        time.advance(Duration.ofSeconds(1));

        WaitResult result = wait.result.getNow(null);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        assertThat(result.states().get(feature.uuid()).statusCode()).isEqualTo(implementing);
        assertThat(result.detail()).contains("deadline");
    }

    @Test
    void aFailOnStatusEndsTheWaitWithFailureNamingTheFeature() throws Exception {
        start(false);
        Feature ok = seeder.createFeature(project, "In Implementation");
        Feature dropped = seeder.createFeature(project, "In Implementation");
        Recorder wait = register(waitFor("job/1#8", ok, dropped).build());
        time.advance(POLL);

        sandbox.switchStatusAsUser(ok.displayId(), "In Testing");
        sandbox.switchStatusAsUser(dropped.displayId(), "Not Planned");
        time.advance(POLL);

        WaitResult result = wait.result.getNow(null);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.FAILED);
        assertThat(result.featureUuid()).isEqualTo(dropped.uuid());
    }

    @Test
    void aWaitResumedAfterARestartStartsFromItsPersistedStateAndSeesWhatChangedMeanwhile() throws Exception {
        start(false);
        Feature feature = seeder.createFeature(project, "In Implementation");
        Recorder before = register(waitFor("job/1#9", feature).build());
        time.advance(POLL);
        WaitState persisted = engine.snapshot("job/1#9").orElseThrow();
        engine.close(); // the controller goes down; the wait lives on in its persisted state only
        assertThat(before.result).isNotDone();
        assertThat(persisted.lastSeen().get(feature.uuid()).statusCode()).isEqualTo(implementing);

        sandbox.switchStatusAsUser(feature.displayId(), "In Testing");
        time.advance(Duration.ofMinutes(5));
        engine = newEngine(new ClientFeatureStatusSource(newClient(), Duration.ofMinutes(10), time.clock()));
        Recorder after = new Recorder();
        engine.resume(persisted, after);
        time.advance(COALESCE);

        assertThat(after.result.getNow(null).outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        assertThat(after.changes).singleElement().satisfies(change -> {
            assertThat(change.previousCode()).isEqualTo(implementing);
            assertThat(change.current().statusCode()).isEqualTo(testing);
        });
    }

    @Test
    void pollsEveryWatchedFeatureOfAProjectWithOneRequestPerPoll() throws Exception {
        start(false);
        String second = seeder.createProject("Second project");
        List<Feature> features = new ArrayList<>(seeder.createFeatures(project, 120, "In Implementation"));
        features.addAll(seeder.createFeatures(second, 120, "In Implementation"));
        Map<String, Recorder> waits = new HashMap<>();
        Map<String, Set<String>> byProject = new HashMap<>();
        for (Feature feature : features) {
            waits.put(feature.uuid(), register(waitFor("wait-" + feature.uuid(), feature).build()));
            byProject.computeIfAbsent(feature.projectId(), p -> new LinkedHashSet<>()).add(feature.uuid());
        }
        ClientFeatureStatusSource costs = new ClientFeatureStatusSource(client);
        long firstReads = byProject.entrySet().stream().mapToLong(e -> costs.requestCost(e.getKey(), e.getValue())).sum();
        assertThat(firstReads).isEqualTo(4); // 120 UUIDs do not fit in one URL of at most 4096 characters

        time.advance(POLL);
        assertThat(featureQueries()).isEqualTo(firstReads);

        for (int poll = 1; poll <= 3; poll++) {
            time.advance(Duration.ofSeconds(10L << (poll - 1))); // the interval doubles while nothing changes
            assertThat(featureQueries()).isEqualTo(firstReads + 2L * poll);
        }
        List<Feature> flipped = List.of(features.get(3), features.get(77), features.get(130), features.get(239));
        for (Feature feature : flipped) {
            sandbox.switchStatusAsUser(feature.displayId(), "In Testing");
        }
        time.advance(MAX_POLL);

        assertThat(featureQueries()).isEqualTo(firstReads + 2 * 4);
        assertThat(engine.stats().requestsCharged()).isEqualTo(featureQueries()); // what was charged was sent
        for (Feature feature : features) {
            boolean expected = flipped.contains(feature);
            assertThat(waits.get(feature.uuid()).result.isDone()).as(feature.displayId()).isEqualTo(expected);
        }
        assertThat(engine.stats().activeWaits()).isEqualTo(240 - 4);
    }

    @Test
    void backsOffWhileNothingChangesAndComesBackToTheShortIntervalOnAChange() throws Exception {
        start(false);
        List<Instant> polls = Collections.synchronizedList(new ArrayList<>());
        ClientFeatureStatusSource real = new ClientFeatureStatusSource(client, Duration.ofMinutes(10), time.clock());
        engine.close();
        engine = newEngine(new FeatureStatusSource() {
            @Override
            public Map<String, String> statusesOf(String projectId, Set<String> featureUuids) {
                polls.add(time.now());
                return real.statusesOf(projectId, featureUuids);
            }

            @Override
            public int requestCost(String projectId, Set<String> featureUuids) {
                return real.requestCost(projectId, featureUuids);
            }
        });
        Feature watched = seeder.createFeature(project, "In Implementation");
        Feature other = seeder.createFeature(project, "In Specification");
        register(waitFor("job/2#1", watched).build());
        Recorder secondWait = register(WaitState.builder("job/2#2").feature(watched.uuid(), project)
                .acceptable(List.of(client.features().resolveStatus("Deployed"))).build());
        Instant start = time.now();

        // first sight counts as a change: 10 s; then 10, 20, 40 s, capped at 80 s
        time.advance(Duration.ofSeconds(230));
        sandbox.switchStatusAsUser(watched.displayId(), "In Testing"); // ends the first wait only
        sandbox.switchStatusAsUser(other.displayId(), "In Implementation"); // not watched: no activity
        time.advance(Duration.ofSeconds(110));

        List<Long> offsets = polls.stream().map(p -> Duration.between(start, p).toSeconds()).toList();
        assertThat(offsets).containsExactly(10L, 20L, 40L, 80L, 160L, 240L, 250L, 270L, 310L);
        assertThat(secondWait.changes).last().satisfies(c -> assertThat(c.current().statusCode()).isEqualTo(testing));
    }

    @Test
    void a429WithRetryAfterPostponesTheNextPollAndTheWaitCarriesOn() throws Exception {
        start(false);
        Feature feature = seeder.createFeature(project, "In Implementation");
        Recorder wait = register(waitFor("job/3#1", feature).build());
        time.advance(POLL);
        sandbox.faults("429:30,path=/api/calm-features/v1/Features,count=1");

        time.advance(POLL);
        assertThat(wait.problems).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("429");
            assertThat(problem.nextAttemptAt()).isEqualTo(time.now().plusSeconds(30));
        });
        long afterThrottle = featureQueries();
        sandbox.switchStatusAsUser(feature.displayId(), "In Testing");
        time.advance(Duration.ofSeconds(29));
        assertThat(featureQueries()).isEqualTo(afterThrottle);
        time.advance(Duration.ofSeconds(1));

        assertThat(wait.recoveries).containsExactly(project);
        assertThat(wait.result.getNow(null).outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        assertThat(sandbox.requestCounts().get(FEATURES_ROUTE)).containsEntry(429, 1L);
    }

    @Test
    void repeated503sBackOffTellTheWaitOnceAndNeverFailIt() throws Exception {
        start(false);
        Feature feature = seeder.createFeature(project, "In Implementation");
        Recorder wait = register(waitFor("job/3#2", feature).build());
        time.advance(POLL);
        sandbox.faults("503,path=/api/calm-features/v1/Features,count=3");
        sandbox.switchStatusAsUser(feature.displayId(), "In Testing");

        time.advance(Duration.ofSeconds(140)); // failed polls 20, 40 and 80 s after the start (doubling)
        assertThat(wait.result).isNotDone();
        assertThat(sandbox.requestCounts().get(FEATURES_ROUTE)).containsEntry(503, 3L);
        time.advance(MAX_POLL);

        assertThat(wait.problems).hasSize(1);
        assertThat(wait.problems.get(0).message()).contains("503");
        assertThat(wait.recoveries).containsExactly(project);
        assertThat(wait.result.getNow(null).outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
    }

    @Test
    void aMissingScopeEndsTheWaitWithAnErrorThatNamesIt() throws Exception {
        sandbox = CloudAlmSandbox.builder().port(0).seed(Seed.DEMO)
                .scopes(List.of(Scopes.PROJECTS_READ, Scopes.FEATURES_WRITE)).start();
        closeLater.add(sandbox);
        engine = newEngine(new ClientFeatureStatusSource(newClient(), Duration.ofMinutes(10), time.clock()));
        var feature = sandbox.feature("6-2");
        Recorder wait = register(WaitState.builder("job/4#1")
                .feature(feature.path("uuid").asText(), feature.path("projectId").asText())
                .acceptable(List.of("A30")).build());

        time.advance(POLL);

        WaitResult result = wait.result.getNow(null);
        assertThat(result.outcome()).isEqualTo(WaitOutcome.ERROR);
        assertThat(result.detail()).contains("calm-api.features.read").contains("authorities");
    }

    /** Records what the engine tells one wait. */
    private static final class Recorder implements WaitListener {
        final CompletableFuture<WaitResult> result = new CompletableFuture<>();
        final List<StatusChange> changes = Collections.synchronizedList(new ArrayList<>());
        final List<PollingProblem> problems = Collections.synchronizedList(new ArrayList<>());
        final List<String> recoveries = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onStatusChanged(StatusChange change) {
            changes.add(change);
        }

        @Override
        public void onPollingProblem(PollingProblem problem) {
            problems.add(problem);
        }

        @Override
        public void onPollingRecovered(String projectId) {
            recoveries.add(projectId);
        }

        @Override
        public void onCompleted(WaitResult completed) {
            result.complete(completed);
        }
    }
}
