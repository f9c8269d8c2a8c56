package io.jenkins.plugins.calm.core.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.testing.ManualClock;
import io.jenkins.plugins.calm.core.testing.ManualScheduler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WaitEngineTest {
    static final String P1 = "11111111-0000-0000-0000-000000000001";
    static final String P2 = "11111111-0000-0000-0000-000000000002";
    static final String F1 = "f0000000-0000-0000-0000-000000000001";
    static final String F2 = "f0000000-0000-0000-0000-000000000002";
    static final String F3 = "f0000000-0000-0000-0000-000000000003";
    // Synthetic tenant codes: the product resolves real ones from /FeatureStatus at run time.
    static final String IMPL = "Z_IMPL";
    static final String TEST = "Z_TEST";
    static final String DEPLOYED = "Z_DEPL";
    static final String NOT_PLANNED = "Z_NOTP";
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    final ManualClock clock = new ManualClock(START);
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final FakeStatusSource cloudAlm = new FakeStatusSource();
    WaitEngine engine;

    WaitEngineSettings.Builder settings() {
        return WaitEngineSettings.builder()
                .pollInterval(Duration.ofSeconds(10), Duration.ofSeconds(80))
                .backoffFactor(2)
                .rateLimit(5, 10)
                .coalescingDelay(Duration.ofSeconds(1))
                .missingFeatureTolerance(3)
                .eventCache(Duration.ofMinutes(10), 100);
    }

    @BeforeEach
    void createEngine() {
        engine = new WaitEngine("test-connection", cloudAlm, scheduler, clock, settings().build());
    }

    WaitState.Builder waitFor(String waitId, String acceptable) {
        return WaitState.builder(waitId).acceptable(List.of(acceptable)).failOn(List.of(NOT_PLANNED));
    }

    FeatureState seen(String feature, String code) {
        return new FeatureState(feature, code, clock.instant());
    }

    RecordingListener register(WaitState state) {
        RecordingListener listener = new RecordingListener();
        engine.register(state, listener);
        return listener;
    }

    /** Registers a wait for F1 in P1 to reach TEST, its immediate check having seen IMPL. */
    RecordingListener waitForF1InTesting() {
        cloudAlm.set(P1, F1, IMPL);
        return register(waitFor("w1", TEST).feature(F1, P1).lastSeen(seen(F1, IMPL)).build());
    }

    List<Instant> queryTimes = new ArrayList<>();

    void recordQueryTimes() {
        cloudAlm.duringQuery(() -> queryTimes.add(clock.instant()));
    }

    @Nested
    class Completion {
        @Test
        void pollSeesTheAcceptableStatus() {
            RecordingListener listener = waitForF1InTesting();

            scheduler.advance(Duration.ofSeconds(10));
            assertThat(cloudAlm.queries()).hasSize(1);
            assertThat(listener.isCompleted()).isFalse();

            cloudAlm.set(P1, F1, TEST);
            scheduler.advance(Duration.ofSeconds(10));

            WaitResult result = listener.result();
            assertThat(result.outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            assertThat(result.states().get(F1).statusCode()).isEqualTo(TEST);
            assertThat(listener.changes).singleElement().satisfies(change -> {
                assertThat(change.previousCode()).isEqualTo(IMPL);
                assertThat(change.current().statusCode()).isEqualTo(TEST);
                assertThat(change.source()).isEqualTo(StatusChange.Source.POLL);
            });
            assertThat(listener.calls).containsExactly("change Z_IMPL->Z_TEST", "completed SUCCEEDED");
        }

        @Test
        void eventCompletesAtOnceWithoutAQuery() {
            RecordingListener listener = waitForF1InTesting();

            engine.onEvent(F1, TEST, "event-1", clock.instant());

            assertThat(listener.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            assertThat(listener.changes).singleElement()
                    .satisfies(change -> assertThat(change.source()).isEqualTo(StatusChange.Source.EVENT));
            assertThat(cloudAlm.queries()).isEmpty();
            assertThat(engine.stats().activeWaits()).isZero();
            assertThat(scheduler.pendingCount()).as("nothing left to watch, no task left behind").isZero();
        }

        @Test
        void eventToAnotherStatusIsReportedButDoesNotComplete() {
            RecordingListener listener = register(waitFor("w1", DEPLOYED).feature(F1, P1).lastSeen(seen(F1, IMPL)).build());

            engine.onEvent(F1, TEST, "event-1", clock.instant());

            assertThat(listener.isCompleted()).isFalse();
            assertThat(listener.calls).containsExactly("change Z_IMPL->Z_TEST");
        }

        @Test
        void failOnStatusEndsTheWaitWithFailureNamingTheFeature() {
            RecordingListener listener = waitForF1InTesting();
            cloudAlm.set(P1, F1, NOT_PLANNED);

            scheduler.advance(Duration.ofSeconds(10));

            WaitResult result = listener.result();
            assertThat(result.outcome()).isEqualTo(WaitOutcome.FAILED);
            assertThat(result.featureUuid()).isEqualTo(F1);
            assertThat(result.states().get(F1).statusCode()).isEqualTo(NOT_PLANNED);
        }

        @Test
        void alreadySatisfiedWaitCompletesOnRegistrationAndIsNotKept() {
            RecordingListener listener = register(waitFor("w1", TEST).feature(F1, P1).lastSeen(seen(F1, TEST)).build());

            assertThat(listener.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            assertThat(listener.changes).as("the caller knew the status already").isEmpty();
            assertThat(engine.stats().activeWaits()).isZero();
            scheduler.advance(Duration.ofMinutes(5));
            assertThat(cloudAlm.queries()).isEmpty();
        }

        @Test
        void repeatedPollsOfAnUnchangedStatusReportNothing() {
            RecordingListener listener = waitForF1InTesting();

            scheduler.advance(Duration.ofMinutes(10));

            assertThat(cloudAlm.queries()).hasSizeGreaterThan(5);
            assertThat(listener.calls).isEmpty();
        }

        @Test
        void aFeatureWithUnknownStatusIsReportedOnceWhenFirstSeen() {
            cloudAlm.set(P1, F1, IMPL);
            RecordingListener listener = register(waitFor("w1", TEST).feature(F1, P1).build());

            scheduler.advance(Duration.ofSeconds(30));

            assertThat(listener.calls).containsExactly("change null->Z_IMPL");
        }
    }

    @Nested
    class EventsBeforeRegistration {
        @Test
        void anEventReceivedBeforeTheWaitRegisteredCompletesIt() {
            FeatureState immediateCheck = seen(F1, IMPL); // the step's first check, then the event races in
            clock.advance(Duration.ofMillis(300));
            engine.onEvent(F1, TEST, "event-1", clock.instant());
            clock.advance(Duration.ofMillis(200));

            RecordingListener listener = register(waitFor("w1", TEST).feature(F1, P1).lastSeen(immediateCheck).build());

            assertThat(listener.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            assertThat(listener.calls).containsExactly("change Z_IMPL->Z_TEST", "completed SUCCEEDED");
        }

        @Test
        void anEventOlderThanTheCallersOwnCheckDoesNotOverrideIt() {
            engine.onEvent(F1, TEST, "event-1", clock.instant());
            clock.advance(Duration.ofSeconds(1));
            // the feature went back to implementation; the step's check after the event saw that
            RecordingListener listener = register(waitFor("w1", TEST).feature(F1, P1).lastSeen(seen(F1, IMPL)).build());

            assertThat(listener.isCompleted()).isFalse();
            assertThat(listener.calls).isEmpty();
        }

        @Test
        void anEventOlderThanTheCacheLifetimeIsForgotten() {
            engine.onEvent(F1, TEST, "event-1", clock.instant());
            clock.advance(Duration.ofMinutes(11));

            RecordingListener listener = register(waitFor("w1", TEST).feature(F1, P1).build());

            assertThat(listener.isCompleted()).isFalse();
        }

        @Test
        void aRepeatedEventIdIsIgnored() {
            RecordingListener listener = register(waitFor("w1", DEPLOYED).feature(F1, P1).lastSeen(seen(F1, IMPL)).build());
            clock.advance(Duration.ofSeconds(1));
            engine.onEvent(F1, TEST, "event-1", clock.instant());
            clock.advance(Duration.ofSeconds(1));
            cloudAlm.set(P1, F1, IMPL);
            engine.onEvent(F1, IMPL, "event-2", clock.instant());
            clock.advance(Duration.ofSeconds(1));
            engine.onEvent(F1, IMPL, "event-2", clock.instant());

            assertThat(listener.calls).containsExactly("change Z_IMPL->Z_TEST", "change Z_TEST->Z_IMPL");
            assertThat(engine.stats().eventsReceived()).isEqualTo(3);
            assertThat(engine.stats().eventsApplied()).isEqualTo(2);
        }
    }

    @Nested
    class Ordering {
        @Test
        void aPollSentBeforeAnEventCannotOverwriteTheEventsNewerStatus() {
            RecordingListener listener = register(waitFor("w1", DEPLOYED).feature(F1, P1).lastSeen(seen(F1, IMPL)).build());
            cloudAlm.set(P1, F1, IMPL);
            // While the query is on its way, the feature moves on and the webhook arrives first.
            cloudAlm.duringQuery(() -> {
                clock.advance(Duration.ofMillis(150));
                engine.onEvent(F1, TEST, "event-1", clock.instant());
            });

            scheduler.advance(Duration.ofSeconds(10));

            assertThat(engine.progress("w1").orElseThrow().states().get(F1).statusCode()).isEqualTo(TEST);
            assertThat(listener.calls).containsExactly("change Z_IMPL->Z_TEST");
        }

        @Test
        void aLaterPollCorrectsAnEarlierEvent() {
            RecordingListener listener = register(waitFor("w1", DEPLOYED).feature(F1, P1).lastSeen(seen(F1, IMPL)).build());
            engine.onEvent(F1, TEST, "event-1", clock.instant());
            cloudAlm.set(P1, F1, IMPL); // moved back before the next poll, webhook lost

            scheduler.advance(Duration.ofSeconds(10));

            assertThat(listener.calls).containsExactly("change Z_IMPL->Z_TEST", "change Z_TEST->Z_IMPL");
        }
    }

    @Nested
    class Timeout {
        @Test
        void timesOutAfterOneFinalQueryAndReportsTheLastSeenStatuses() {
            cloudAlm.set(P1, F1, IMPL);
            recordQueryTimes();
            Instant deadline = START.plusSeconds(25);
            RecordingListener listener = register(waitFor("w1", TEST).feature(F1, P1).lastSeen(seen(F1, IMPL))
                    .deadline(deadline).build());

            scheduler.advance(Duration.ofSeconds(24));
            assertThat(listener.isCompleted()).isFalse();
            scheduler.advance(Duration.ofSeconds(2));

            WaitResult result = listener.result();
            assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
            assertThat(result.states().get(F1).statusCode()).isEqualTo(IMPL);
            assertThat(result.detail()).contains(deadline.toString());
            assertThat(queryTimes).last().isEqualTo(deadline);
        }

        @Test
        void theFinalQueryAtTheDeadlineCanStillSucceed() {
            cloudAlm.set(P1, F1, IMPL);
            RecordingListener listener = register(waitFor("w1", TEST).feature(F1, P1).lastSeen(seen(F1, IMPL))
                    .deadline(START.plusSeconds(25)).build());
            scheduler.advance(Duration.ofSeconds(21)); // polls at +10 and +20 saw IMPL
            cloudAlm.set(P1, F1, TEST);               // changed between polls, webhook lost

            scheduler.advance(Duration.ofSeconds(5));

            assertThat(listener.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        }

        @Test
        void aFailingFinalQueryStillEndsTheWaitAndSaysWhy() {
            cloudAlm.set(P1, F1, IMPL);
            RecordingListener listener = register(waitFor("w1", TEST).feature(F1, P1).lastSeen(seen(F1, IMPL))
                    .deadline(START.plusSeconds(15)).build());
            scheduler.advance(Duration.ofSeconds(11));
            cloudAlm.failWith(StatusQueryException.transientFailure("Cloud ALM answered 503", null));

            scheduler.advance(Duration.ofSeconds(5));

            WaitResult result = listener.result();
            assertThat(result.outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
            assertThat(result.detail()).contains("the last status query failed: Cloud ALM answered 503");
        }
    }

    @Nested
    class MultiFeature {
        @Test
        void succeedsOnlyWhenEveryFeatureIsAcceptable() {
            cloudAlm.set(P1, F1, IMPL);
            cloudAlm.set(P1, F2, IMPL);
            cloudAlm.set(P2, F3, IMPL);
            RecordingListener listener = register(WaitState.builder("w1")
                    .acceptable(List.of(TEST, DEPLOYED)).failOn(List.of(NOT_PLANNED))
                    .feature(F1, P1).feature(F2, P1).feature(F3, P2).build());

            cloudAlm.set(P1, F1, TEST);
            engine.onEvent(F1, TEST, "e1", clock.instant());
            cloudAlm.set(P1, F2, DEPLOYED);
            scheduler.advance(Duration.ofSeconds(10));
            assertThat(listener.isCompleted()).as("F3 is still in implementation").isFalse();

            cloudAlm.set(P2, F3, TEST);
            scheduler.advance(Duration.ofSeconds(10));

            WaitResult result = listener.result();
            assertThat(result.outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            assertThat(result.states()).extractingFromEntries(e -> e.getValue().statusCode())
                    .containsExactlyInAnyOrder(TEST, DEPLOYED, TEST);
        }

        @Test
        void oneFeatureReachingAFailOnStatusFailsTheWholeWait() {
            RecordingListener listener = register(waitFor("w1", TEST).feature(F1, P1).feature(F2, P1)
                    .lastSeen(seen(F1, TEST)).build());

            engine.onEvent(F2, NOT_PLANNED, "e1", clock.instant());

            assertThat(listener.result().outcome()).isEqualTo(WaitOutcome.FAILED);
            assertThat(listener.result().featureUuid()).isEqualTo(F2);
        }

        @Test
        void twoWaitsOnOneFeatureShareItsQueryAndBothComplete() {
            cloudAlm.set(P1, F1, IMPL);
            RecordingListener toTest = register(waitFor("w1", TEST).feature(F1, P1).build());
            RecordingListener toDeploy = register(waitFor("w2", DEPLOYED).feature(F1, P1).build());

            scheduler.advance(Duration.ofSeconds(10));
            assertThat(cloudAlm.queries()).singleElement()
                    .satisfies(q -> assertThat(q.featureUuids()).containsExactly(F1));

            engine.onEvent(F1, TEST, "e1", clock.instant());
            assertThat(toTest.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            assertThat(toDeploy.isCompleted()).isFalse();

            engine.onEvent(F1, DEPLOYED, "e2", clock.instant());
            assertThat(toDeploy.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        }
    }

    @Nested
    class Abort {
        @Test
        void abortEndsTheWaitOnceAndStopsItsPolling() {
            RecordingListener listener = waitForF1InTesting();

            assertThat(engine.abort("w1", "Stopped by user admin")).isTrue();
            assertThat(engine.abort("w1", "again")).isFalse();

            assertThat(listener.result().outcome()).isEqualTo(WaitOutcome.ABORTED);
            assertThat(listener.result().detail()).isEqualTo("Stopped by user admin");
            scheduler.advance(Duration.ofMinutes(10));
            assertThat(cloudAlm.queries()).isEmpty();
            assertThat(scheduler.pendingCount()).isZero();
        }
    }

    @Nested
    class Batching {
        @Test
        void oneQueryPerProjectPerIntervalWhateverTheNumberOfWaits() {
            List<String> projects = List.of(P1, P2, "11111111-0000-0000-0000-000000000003");
            for (int i = 0; i < 300; i++) {
                String feature = String.format("f0000000-0000-0000-0000-%012d", i);
                String project = projects.get(i % 3);
                cloudAlm.set(project, feature, IMPL);
                register(waitFor("w" + i, TEST).feature(feature, project).build());
            }
            assertThat(scheduler.pendingCount()).as("one scheduled task for the whole engine").isEqualTo(1);

            scheduler.advance(Duration.ofSeconds(10));

            List<FakeStatusSource.Query> queries = cloudAlm.queries();
            assertThat(queries).hasSize(3);
            assertThat(queries).extracting(FakeStatusSource.Query::projectId).containsExactlyInAnyOrderElementsOf(projects);
            assertThat(queries).allSatisfy(q -> assertThat(q.featureUuids()).hasSize(100));
            assertThat(scheduler.pendingCount()).isEqualTo(1);

            cloudAlm.clearQueries();
            scheduler.advance(Duration.ofSeconds(10));
            assertThat(cloudAlm.queries()).hasSize(3);
        }
    }

    @Nested
    class Backoff {
        @Test
        void intervalGrowsWhileNothingChangesAndResetsOnActivity() {
            recordQueryTimes();
            waitForF1InTesting();

            scheduler.advance(Duration.ofSeconds(230)); // polls at 10, 20, 40, 80, 160; next due at 240
            assertThat(gapsInSeconds()).containsExactly(10L, 20L, 40L, 80L);

            // a status change (here a webhook event at 230) brings the short interval back
            engine.onEvent(F1, "Z_SPEC", "e1", clock.instant());
            queryTimes.clear();
            scheduler.advance(Duration.ofSeconds(100));
            assertThat(queryTimes).extracting(t -> t.getEpochSecond() - START.getEpochSecond())
                    .containsExactly(240L, 250L, 270L, 310L);
        }

        @Test
        void aChangeFoundByPollingResetsTheInterval() {
            recordQueryTimes();
            waitForF1InTesting();
            scheduler.advance(Duration.ofSeconds(80)); // polls at 10, 20, 40, 80
            cloudAlm.set(P1, F1, "Z_SPEC");

            scheduler.advance(Duration.ofSeconds(200)); // 160 finds the change, then 170, 190

            assertThat(queryTimes).extracting(t -> t.getEpochSecond() - START.getEpochSecond())
                    .containsExactly(10L, 20L, 40L, 80L, 160L, 170L, 190L, 230L);
        }

        @Test
        void aWaitsOwnPollIntervalCapsTheBackoff() {
            recordQueryTimes();
            cloudAlm.set(P1, F1, IMPL);
            register(waitFor("w1", TEST).feature(F1, P1).pollInterval(Duration.ofSeconds(30)).build());

            scheduler.advance(Duration.ofSeconds(200));

            assertThat(gapsInSeconds()).containsExactly(10L, 20L, 30L, 30L, 30L, 30L, 30L);
        }

        @Test
        void aNewWaitBringsTheShortIntervalBack() {
            recordQueryTimes();
            waitForF1InTesting();
            scheduler.advance(Duration.ofSeconds(85)); // next poll due at 160
            cloudAlm.set(P1, F2, IMPL);

            register(waitFor("w2", TEST).feature(F2, P1).build());
            scheduler.advance(Duration.ofSeconds(10));

            assertThat(queryTimes).last().isEqualTo(START.plusSeconds(95));
        }

        List<Long> gapsInSeconds() {
            List<Long> gaps = new ArrayList<>();
            for (int i = 1; i < queryTimes.size(); i++) {
                gaps.add(Duration.between(queryTimes.get(i - 1), queryTimes.get(i)).toSeconds());
            }
            return gaps;
        }
    }

    @Nested
    class RateCeiling {
        @Test
        void queriesBeyondTheCeilingWaitForTokensAndStarvedProjectsGoFirst() {
            engine = new WaitEngine("slow", cloudAlm, scheduler, clock, settings().rateLimit(1, 2).build());
            recordQueryTimes();
            for (int p = 0; p < 5; p++) {
                String project = "p" + p;
                cloudAlm.set(project, "f" + p, IMPL);
                register(waitFor("w" + p, TEST).feature("f" + p, project).build());
            }

            scheduler.advance(Duration.ofSeconds(14));

            // a burst of 2 at +10, then one per second
            assertThat(queryTimes).extracting(t -> t.getEpochSecond() - START.getEpochSecond())
                    .containsExactly(10L, 10L, 11L, 12L, 13L);
            assertThat(cloudAlm.queries()).extracting(FakeStatusSource.Query::projectId)
                    .containsExactly("p0", "p1", "p2", "p3", "p4");
            assertThat(engine.stats().rateLimitedDeferrals()).isPositive();
        }

        @Test
        void theSourcesRequestCostIsChargedToTheCeiling() {
            engine = new WaitEngine("slow", cloudAlm, scheduler, clock, settings().rateLimit(1, 4).build());
            cloudAlm.cost(n -> 2); // e.g. the feature filter is split into two URLs
            recordQueryTimes();
            for (int p = 0; p < 3; p++) {
                cloudAlm.set("p" + p, "f" + p, IMPL);
                register(waitFor("w" + p, TEST).feature("f" + p, "p" + p).build());
            }

            scheduler.advance(Duration.ofSeconds(12));

            assertThat(queryTimes).extracting(t -> t.getEpochSecond() - START.getEpochSecond())
                    .containsExactly(10L, 10L, 12L);
            assertThat(engine.stats().requestsCharged()).isEqualTo(6);
        }
    }

    @Nested
    class Failures {
        @Test
        void transientFailuresAreReportedOnceBackOffAndRecover() {
            recordQueryTimes();
            RecordingListener listener = waitForF1InTesting();
            cloudAlm.failWith(StatusQueryException.transientFailure("Cloud ALM answered 503 Service Unavailable", null));

            scheduler.advance(Duration.ofSeconds(160));

            assertThat(queryTimes).extracting(t -> t.getEpochSecond() - START.getEpochSecond())
                    .containsExactly(10L, 30L, 70L, 150L);
            assertThat(listener.problems).singleElement().satisfies(problem -> {
                assertThat(problem.projectId()).isEqualTo(P1);
                assertThat(problem.message()).isEqualTo("Cloud ALM answered 503 Service Unavailable");
                assertThat(problem.nextAttemptAt()).isEqualTo(START.plusSeconds(30));
            });
            assertThat(engine.progress("w1").orElseThrow().firstProblem()).isPresent();

            cloudAlm.failWith(null);
            cloudAlm.set(P1, F1, TEST);
            scheduler.advance(Duration.ofSeconds(80));

            assertThat(listener.calls).containsExactly("problem", "recovered", "change Z_IMPL->Z_TEST",
                    "completed SUCCEEDED");
        }

        @Test
        void throttlingHonoursRetryAfter() {
            recordQueryTimes();
            waitForF1InTesting();
            cloudAlm.failWith(StatusQueryException.throttled("Cloud ALM answered 429 Too Many Requests",
                    Duration.ofSeconds(90)));

            scheduler.advance(Duration.ofSeconds(100));

            assertThat(queryTimes).extracting(t -> t.getEpochSecond() - START.getEpochSecond())
                    .containsExactly(10L, 100L);
        }

        @Test
        void aPermanentFailureEndsTheProjectsWaitsWithAnError() {
            RecordingListener listener = waitForF1InTesting();
            cloudAlm.set(P2, F2, IMPL);
            RecordingListener otherProject = register(waitFor("w2", TEST).feature(F2, P2).build());
            cloudAlm.failWith(StatusQueryException.permanentFailure(
                    "Cloud ALM answered 403: the service key lacks scope calm-api.features.read", null));

            scheduler.advance(Duration.ofSeconds(10));

            assertThat(listener.result().outcome()).isEqualTo(WaitOutcome.ERROR);
            assertThat(listener.result().detail()).contains(P1).contains("lacks scope calm-api.features.read");
            assertThat(otherProject.result().outcome()).isEqualTo(WaitOutcome.ERROR);
        }

        @Test
        void anUnexpectedExceptionCountsAsTransientAndPollingGoesOn() {
            RecordingListener listener = waitForF1InTesting();
            cloudAlm.failWith(new IllegalStateException("connection pool shut down"));
            scheduler.advance(Duration.ofSeconds(10));
            assertThat(listener.problems).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("IllegalStateException: connection pool shut down"));

            cloudAlm.failWith(null);
            cloudAlm.set(P1, F1, TEST);
            scheduler.advance(Duration.ofSeconds(20));

            assertThat(listener.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        }

        @Test
        void aFeatureMissingFromSeveralAnswersInARowEndsItsWaitsWithAnError() {
            RecordingListener listener = waitForF1InTesting();
            cloudAlm.remove(P1, F1);

            scheduler.advance(Duration.ofSeconds(30)); // polls at 10, 20
            assertThat(listener.isCompleted()).isFalse();
            scheduler.advance(Duration.ofSeconds(20)); // third miss at 40

            WaitResult result = listener.result();
            assertThat(result.outcome()).isEqualTo(WaitOutcome.ERROR);
            assertThat(result.featureUuid()).isEqualTo(F1);
            assertThat(result.detail()).contains("was not found in project " + P1 + " in 3 status queries in a row");
        }

        @Test
        void aFailingListenerDoesNotStopTheEngine() {
            cloudAlm.set(P1, F1, IMPL);
            cloudAlm.set(P1, F2, IMPL);
            engine.register(waitFor("bad", TEST).feature(F1, P1).build(), result -> {
                throw new IllegalStateException("listener bug");
            });
            RecordingListener good = register(waitFor("good", TEST).feature(F2, P1).build());

            cloudAlm.set(P1, F1, TEST);
            cloudAlm.set(P1, F2, TEST);
            scheduler.advance(Duration.ofSeconds(10));

            assertThat(good.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            assertThat(engine.stats().activeWaits()).isZero();
        }
    }

    @Nested
    class Restart {
        @Test
        void aPersistedWaitResumesInANewEngineAndCompletes() throws Exception {
            RecordingListener before = waitForF1InTesting();
            cloudAlm.set(P1, F1, "Z_SPEC");
            scheduler.advance(Duration.ofSeconds(10));
            assertThat(before.changes).hasSize(1);
            byte[] persisted = serialize(engine.snapshot("w1").orElseThrow());
            engine.close(); // controller shuts down
            assertThat(before.isCompleted()).as("a shutdown is not an end of the wait").isFalse();

            clock.advance(Duration.ofMinutes(3));
            cloudAlm.set(P1, F1, TEST);
            WaitEngine restarted = new WaitEngine("test-connection", cloudAlm, scheduler, clock, settings().build());
            RecordingListener after = new RecordingListener();
            restarted.resume(deserialize(persisted), after);
            cloudAlm.clearQueries();

            scheduler.advance(Duration.ofSeconds(1)); // the coalescing delay, not a full interval

            assertThat(cloudAlm.queries()).hasSize(1);
            assertThat(after.calls).containsExactly("change Z_SPEC->Z_TEST", "completed SUCCEEDED");
        }

        @Test
        void resumedWaitsShareOneQueryPerProject() {
            List<WaitState> persisted = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String feature = "f" + i;
                cloudAlm.set(i % 2 == 0 ? P1 : P2, feature, IMPL);
                persisted.add(waitFor("w" + i, TEST).feature(feature, i % 2 == 0 ? P1 : P2).build());
            }
            for (WaitState state : persisted) {
                engine.resume(state, new RecordingListener());
            }

            scheduler.advance(Duration.ofSeconds(1));

            assertThat(cloudAlm.queries()).hasSize(2);
        }

        @Test
        void aDeadlineThatPassedDuringTheDowntimeGetsAFinalQueryFirst() {
            cloudAlm.set(P1, F1, TEST); // reached while the controller was down
            cloudAlm.set(P1, F2, IMPL);
            WaitState reached = waitFor("w1", TEST).feature(F1, P1).lastSeen(seen(F1, IMPL))
                    .deadline(START.minusSeconds(60)).build();
            WaitState notReached = waitFor("w2", TEST).feature(F2, P1).lastSeen(seen(F2, IMPL))
                    .deadline(START.minusSeconds(60)).build();
            RecordingListener first = new RecordingListener();
            RecordingListener second = new RecordingListener();

            engine.resume(reached, first);
            engine.resume(notReached, second);
            assertThat(first.isCompleted()).isFalse();
            scheduler.advance(Duration.ofSeconds(1));

            assertThat(cloudAlm.queries()).hasSize(1);
            assertThat(first.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
            assertThat(second.result().outcome()).isEqualTo(WaitOutcome.TIMED_OUT);
        }

        @Test
        void snapshotCarriesEverythingNeededToResume() {
            Instant deadline = START.plus(Duration.ofHours(2));
            register(waitFor("w1", TEST).feature(F1, P1).feature(F2, P2).lastSeen(seen(F1, IMPL))
                    .deadline(deadline).pollInterval(Duration.ofSeconds(45)).build());
            clock.advance(Duration.ofSeconds(3));
            engine.onEvent(F2, "Z_SPEC", "e1", clock.instant());

            WaitState snapshot = engine.snapshot("w1").orElseThrow();

            assertThat(snapshot.projectByFeature()).containsExactly(Map.entry(F1, P1), Map.entry(F2, P2));
            assertThat(snapshot.condition()).isEqualTo(new WaitCondition(List.of(TEST), List.of(NOT_PLANNED)));
            assertThat(snapshot.deadline()).contains(deadline);
            assertThat(snapshot.pollInterval()).contains(Duration.ofSeconds(45));
            assertThat(snapshot.lastSeen().values()).extracting(FeatureState::statusCode).containsExactly(IMPL, "Z_SPEC");
        }

        @Test
        void resumingAnActiveWaitReplacesItButRegisteringTwiceIsAMistake() {
            RecordingListener old = waitForF1InTesting();
            WaitState state = engine.snapshot("w1").orElseThrow();

            assertThatThrownBy(() -> register(state))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Wait w1 is already registered");

            RecordingListener replacement = new RecordingListener();
            engine.resume(state, replacement);
            engine.onEvent(F1, TEST, "e1", clock.instant());

            assertThat(old.isCompleted()).isFalse();
            assertThat(replacement.result().outcome()).isEqualTo(WaitOutcome.SUCCEEDED);
        }

        byte[] serialize(WaitState state) throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(state);
            }
            return bytes.toByteArray();
        }

        WaitState deserialize(byte[] bytes) throws Exception {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                return (WaitState) in.readObject();
            }
        }
    }

    @Nested
    class Validation {
        @Test
        void aFeatureBelongsToOneProject() {
            waitForF1InTesting();

            assertThatThrownBy(() -> register(waitFor("w2", TEST).feature(F1, P2).build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("watched as part of project " + P1)
                    .hasMessageContaining("names project " + P2);
        }

        @Test
        void aClosedEngineRefusesNewWaits() {
            engine.close();

            assertThatThrownBy(() -> waitForF1InTesting())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("test-connection is closed");
        }

        @Test
        void progressShowsTheLastSeenStatusAndTheNextCheck() {
            waitForF1InTesting();

            WaitProgress progress = engine.progress("w1").orElseThrow();

            assertThat(progress.states().get(F1).statusCode()).isEqualTo(IMPL);
            assertThat(progress.nextCheckAt()).isEqualTo(START.plusSeconds(10));
            assertThat(progress.problems()).isEmpty();
            assertThat(engine.progress("unknown")).isEmpty();
        }
    }
}
