package io.jenkins.plugins.calm.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.testing.ManualClock;
import io.jenkins.plugins.calm.core.testing.ManualScheduler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    final ManualClock clock = new ManualClock(START);
    final ManualScheduler scheduler = new ManualScheduler(clock);
    final FakeCloudAlmSender cloudAlm = new FakeCloudAlmSender(clock);
    final List<Outbox<DeploymentReport>> opened = new ArrayList<>();
    Outbox<DeploymentReport> outbox;

    /** 30 s doubling to 5 min; jitter 20 % with the random value fixed at 0.5, i.e. 10 % shorter. */
    Outbox<DeploymentReport> newOutbox(ReportSender<DeploymentReport> sender) {
        Outbox<DeploymentReport> created = new Outbox<>(dir, new DeploymentReportCodec(), sender, scheduler, clock,
                new OutboxSettings(Duration.ofSeconds(30), Duration.ofMinutes(5), 0.2), () -> 0.5);
        opened.add(created);
        created.start();
        return created;
    }

    @BeforeEach
    void start() {
        outbox = newOutbox(cloudAlm);
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Outbox::close);
    }

    static DeploymentReport report(String key) {
        return DeploymentReport.builder().idempotencyKey(key).createdAt(START).featureDisplayId("6-123")
                .system("QAS").status(DeploymentStatus.SUCCESS).transports(List.of("S4DK900123"))
                .url("https://jenkins.example.com/job/deploy/42/").build("deploy", 42).build();
    }

    Path pending(String key) {
        return dir.resolve("pending").resolve(key + ".json");
    }

    Path parked(String key) {
        return dir.resolve("parked").resolve(key + ".json");
    }

    @Nested
    class Persistence {
        @Test
        void aReportIsOnDiskBeforeSubmitReturnsAndDeletedOnlyAfterDelivery() throws Exception {
            CompletableFuture<DeliveryAttempt> attempt = outbox.submit(report("r1"));

            assertThat(pending("r1")).exists();
            assertThat(StoredReport.parse(Files.readAllBytes(pending("r1")), "r1").type())
                    .isEqualTo(DeploymentReportCodec.TYPE);
            assertThat(cloudAlm.attempts()).isZero();
            assertThat(attempt).isNotDone();

            scheduler.runDue();

            assertThat(cloudAlm.attemptedKeys).containsExactly("r1");
            assertThat(pending("r1")).doesNotExist();
            assertThat(attempt.getNow(null).outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED);
            assertThat(outbox.status().pending()).isZero();
        }

        @Test
        void readersNeverSeeAPartlyWrittenReport() throws Exception {
            String large = "x".repeat(200_000);
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            Future<?> writer = threads.submit(() -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        outbox.submit(DeploymentReport.builder().idempotencyKey("big-" + i).createdAt(START)
                                .featureDisplayId("6-1").system("QAS").status(DeploymentStatus.FAILURE)
                                .description(large).build("deploy", 1).build());
                    }
                } finally {
                    writing.set(false);
                }
                return null;
            });
            Future<Integer> reader = threads.submit(() -> {
                int filesRead = 0;
                while (writing.get()) {
                    try (Stream<Path> files = Files.list(dir.resolve("pending"))) {
                        for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                            String name = file.getFileName().toString();
                            StoredReport.parse(Files.readAllBytes(file), name.substring(0, name.length() - 5));
                            filesRead++;
                        }
                    }
                }
                return filesRead;
            });
            writer.get();
            int filesRead = reader.get(); // a partial file would have thrown "not valid JSON"
            threads.shutdown();

            assertThat(filesRead).isPositive();
            assertThat(outbox.status().pending()).isEqualTo(100);
        }

        @Test
        void anIncompleteWriteLeftByACrashIsRemovedAndNeverSent() throws Exception {
            outbox.close();
            Files.writeString(dir.resolve("pending").resolve("r9.json.tmp"), "{\"format\":1,\"type\":\"depl");

            outbox = newOutbox(cloudAlm);
            scheduler.runDue();

            assertThat(dir.resolve("pending").resolve("r9.json.tmp")).doesNotExist();
            assertThat(cloudAlm.attempts()).isZero();
            assertThat(outbox.status().quarantined()).isZero();
        }

        @Test
        void aReportThatCannotBeStoredIsRefusedWithAnActionableError() throws Exception {
            Path pendingDir = dir.resolve("pending");
            Files.delete(pendingDir);
            Files.writeString(pendingDir, "not a directory");

            assertThatThrownBy(() -> outbox.submit(report("r1")))
                    .isInstanceOf(OutboxException.class)
                    .hasMessageContaining("Cannot store the report 6-123 → QAS: SUCCESS (deploy #42)")
                    .hasMessageContaining("check free disk space and permissions");
            assertThat(outbox.status().pending()).isZero();
        }

        @Test
        void aSecondOutboxOnTheSameDirectoryIsRefused() {
            Outbox<DeploymentReport> second = new Outbox<>(dir, new DeploymentReportCodec(), cloudAlm, scheduler, clock,
                    OutboxSettings.defaults());

            assertThatThrownBy(second::start)
                    .isInstanceOf(OutboxException.class)
                    .hasMessageContaining("is in use by another outbox");
        }

        @Test
        void keysMustBeUsableAsFileNames() {
            assertThatThrownBy(() -> outbox.submit(report("../../etc/passwd")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Idempotency key '../../etc/passwd' must be 1-128 letters");
        }
    }

    @Nested
    class Resending {
        @Test
        void resendsWithExponentialBackoffAndJitterUntilDelivered() throws Exception {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.DOWN, FakeCloudAlmSender.Behaviour.DOWN,
                    FakeCloudAlmSender.Behaviour.DOWN);
            CompletableFuture<DeliveryAttempt> first = outbox.submit(report("r1"));
            scheduler.runDue();

            DeliveryAttempt queued = first.getNow(null);
            assertThat(queued.outcome()).isEqualTo(DeliveryAttempt.Outcome.QUEUED);
            assertThat(queued.detail()).isEqualTo("Cloud ALM answered 503 Service Unavailable");
            assertThat(queued.nextAttemptAt()).isEqualTo(START.plusSeconds(27));
            StoredReport stored = StoredReport.parse(Files.readAllBytes(pending("r1")), "r1");
            assertThat(stored.attempts()).isEqualTo(1);
            assertThat(stored.lastError()).isEqualTo("Cloud ALM answered 503 Service Unavailable");

            scheduler.advance(Duration.ofMinutes(10));

            // 30 s, 60 s, 120 s, each 10 % shorter by the jitter
            assertThat(cloudAlm.attemptTimes).extracting(t -> Duration.between(START, t).toSeconds())
                    .containsExactly(0L, 27L, 81L, 189L);
            assertThat(pending("r1")).doesNotExist();
            assertThat(cloudAlm.referencesCreated).containsOnlyKeys("r1");
        }

        @Test
        void honoursRetryAfter() {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.THROTTLED);
            outbox.submit(report("r1"));

            scheduler.advance(Duration.ofMinutes(11));

            assertThat(cloudAlm.attemptTimes).extracting(t -> Duration.between(START, t).toMinutes())
                    .containsExactly(0L, 10L);
        }

        @Test
        void anExceptionFromTheSenderCountsAsATransientFailure() {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.THROWS);
            CompletableFuture<DeliveryAttempt> attempt = outbox.submit(report("r1"));
            scheduler.runDue();

            assertThat(attempt.getNow(null).detail()).isEqualTo("unexpected IllegalStateException: client bug");
            assertThat(outbox.status().entries()).singleElement().satisfies(e -> {
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.lastError()).isEqualTo("unexpected IllegalStateException: client bug");
            });

            scheduler.advance(Duration.ofSeconds(30));
            assertThat(outbox.status().pending()).isZero();
        }

        @Test
        void holdsOneScheduledTaskAtMostAndNoneWhenIdle() {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.DOWN, FakeCloudAlmSender.Behaviour.DOWN);
            for (int i = 0; i < 20; i++) {
                outbox.submit(report("r" + i));
                assertThat(scheduler.pendingCount()).isLessThanOrEqualTo(1);
            }
            scheduler.runDue();
            assertThat(scheduler.pendingCount()).isEqualTo(1);

            scheduler.advance(Duration.ofMinutes(5));

            assertThat(outbox.status().pending()).isZero();
            assertThat(scheduler.pendingCount()).isZero();
        }
    }

    @Nested
    class Duplicates {
        @Test
        void aLostResponseLeadsToAResendThatCreatesNothingTwice() {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.LOST_RESPONSE);
            outbox.submit(report("r1"));

            scheduler.advance(Duration.ofMinutes(1));

            assertThat(cloudAlm.attemptedKeys).containsExactly("r1", "r1");
            assertThat(cloudAlm.referencesCreated).containsEntry("r1", 1).hasSize(1);
            assertThat(pending("r1")).doesNotExist();
        }

        @Test
        void submittingTheSameReportTwiceQueuesItOnce() throws Exception {
            CompletableFuture<DeliveryAttempt> first = outbox.submit(report("r1"));
            CompletableFuture<DeliveryAttempt> again = outbox.submit(report("r1"));

            scheduler.runDue();

            assertThat(cloudAlm.attemptedKeys).containsExactly("r1");
            assertThat(first.get().outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED);
            assertThat(again.get().outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED);
        }

        @Test
        void aReportDeliveredLatelyIsNotSentAgainWhenSubmittedAgain() throws Exception {
            outbox.submit(report("r1"));
            scheduler.runDue();

            DeliveryAttempt again = outbox.submit(report("r1")).get();
            scheduler.runDue();

            assertThat(again.outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED);
            assertThat(cloudAlm.attemptedKeys).containsExactly("r1");
            assertThat(pending("r1")).doesNotExist();
        }
    }

    @Nested
    class Restart {
        @Test
        void aReportWrittenButNotSentBeforeACrashIsSentByTheNextOutbox() {
            outbox.submit(report("r1"));
            outbox.close(); // the controller dies before the drainer ever ran
            FakeCloudAlmSender afterRestart = new FakeCloudAlmSender(clock);

            Outbox<DeploymentReport> restarted = newOutbox(afterRestart);
            scheduler.runDue();

            assertThat(cloudAlm.attempts()).isZero();
            assertThat(afterRestart.attemptedKeys).containsExactly("r1");
            assertThat(pending("r1")).doesNotExist();
            assertThat(restarted.status().pending()).isZero();
        }

        @Test
        void aReportSentButNotConfirmedBeforeACrashIsResentWithoutDuplicate() {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.LOST_RESPONSE);
            outbox.submit(report("r1"));
            scheduler.runDue();
            outbox.close();

            Outbox<DeploymentReport> restarted = newOutbox(cloudAlm);
            scheduler.runDue();

            assertThat(cloudAlm.attemptedKeys).containsExactly("r1", "r1");
            assertThat(cloudAlm.referencesCreated).containsEntry("r1", 1).hasSize(1);
            assertThat(restarted.status().pending()).isZero();
        }

        @Test
        void bookkeepingSurvivesARestart() {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.DOWN, FakeCloudAlmSender.Behaviour.DOWN);
            outbox.submit(report("r1"));
            scheduler.runDue();
            outbox.close();

            Outbox<DeploymentReport> restarted = newOutbox(cloudAlm);

            assertThat(restarted.status().entries()).singleElement().satisfies(e -> {
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.lastError()).isEqualTo("Cloud ALM answered 503 Service Unavailable");
                assertThat(e.nextAttemptAt()).as("a restart retries at once").isEqualTo(clock.instant());
            });
            scheduler.runDue();
            assertThat(restarted.status().entries().get(0).attempts()).isEqualTo(2);
        }
    }

    @Nested
    class Quarantine {
        @Test
        void unreadableFilesAreMovedAsideWithTheirReasonAndTheRestIsSent() throws Exception {
            outbox.close();
            Path pendingDir = dir.resolve("pending");
            Files.writeString(pendingDir.resolve("garbage.json"), "this is not json");
            Files.writeString(pendingDir.resolve("empty.json"), "");
            String valid = new String(new StoredReport("other", DeploymentReportCodec.TYPE, START, 0, null, null,
                    null, new DeploymentReportCodec().encode(report("other"))).toBytes(), StandardCharsets.UTF_8);
            Files.writeString(pendingDir.resolve("renamed.json"), valid);
            Files.writeString(pendingDir.resolve("truncated.json"), valid.substring(0, valid.length() / 2));
            Files.writeString(pendingDir.resolve("nostatus.json"), valid.replace("other", "nostatus")
                    .replace("\"SUCCESS\"", "\"MAYBE\""));
            Files.writeString(pendingDir.resolve("good.json"), valid.replace("other", "good"));

            outbox = newOutbox(cloudAlm);
            scheduler.runDue();

            assertThat(cloudAlm.attemptedKeys).containsExactly("good");
            OutboxStatus status = outbox.status();
            assertThat(status.quarantined()).isEqualTo(5);
            assertThat(status.pending()).isZero();
            try (Stream<Path> files = Files.list(pendingDir)) {
                assertThat(files).isEmpty();
            }
            assertThat(reason("garbage.json")).contains("not valid JSON");
            assertThat(reason("empty.json")).contains("not a JSON object");
            assertThat(reason("renamed.json")).contains("its key 'other' does not match its file name");
            assertThat(reason("truncated.json")).contains("not valid JSON");
            assertThat(reason("nostatus.json")).contains("Unknown deployment status 'MAYBE'");
        }

        String reason(String file) throws IOException {
            return Files.readString(dir.resolve("quarantine").resolve(file + ".reason.txt"));
        }
    }

    @Nested
    class Parking {
        @Test
        void aRejectedReportIsParkedWithTheReasonAndNotRetried() throws Exception {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.REJECTS);
            CompletableFuture<DeliveryAttempt> attempt = outbox.submit(report("r1"));

            scheduler.advance(Duration.ofHours(5));

            assertThat(cloudAlm.attempts()).isEqualTo(1);
            assertThat(attempt.get().outcome()).isEqualTo(DeliveryAttempt.Outcome.PARKED);
            assertThat(attempt.get().detail()).contains("feature 6-999 does not exist");
            assertThat(pending("r1")).doesNotExist();
            assertThat(StoredReport.parse(Files.readAllBytes(parked("r1")), "r1").parkedReason())
                    .contains("feature 6-999 does not exist");
            OutboxStatus status = outbox.status();
            assertThat(status.parked()).isEqualTo(1);
            assertThat(status.pending()).isZero();
            assertThat(status.entries()).singleElement().satisfies(e -> {
                assertThat(e.state()).isEqualTo(OutboxEntry.State.PARKED);
                assertThat(e.nextAttemptAt()).isNull();
            });
        }

        @Test
        void parkedReportsStayParkedAcrossARestartUntilAnAdministratorRetriesThem() throws Exception {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.REJECTS);
            outbox.submit(report("r1"));
            scheduler.runDue();
            outbox.close();

            outbox = newOutbox(cloudAlm);
            scheduler.advance(Duration.ofHours(1));
            assertThat(cloudAlm.attempts()).isEqualTo(1);
            assertThat(outbox.submit(report("r1")).get().outcome()).isEqualTo(DeliveryAttempt.Outcome.PARKED);

            assertThat(outbox.retryNow("r1")).isTrue();
            assertThat(pending("r1")).exists();
            assertThat(parked("r1")).doesNotExist();
            scheduler.runDue();

            assertThat(cloudAlm.attempts()).isEqualTo(2);
            assertThat(outbox.status().entries()).isEmpty();
        }

        @Test
        void anAdministratorCanDiscardAReport() {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.REJECTS);
            outbox.submit(report("r1"));
            scheduler.runDue();

            assertThat(outbox.discard("r1")).isTrue();
            assertThat(outbox.discard("r1")).isFalse();
            assertThat(parked("r1")).doesNotExist();
            assertThat(outbox.status().parked()).isZero();
        }
    }

    @Nested
    class Monitoring {
        @Test
        void reportsCountsOldestAgeAndStuckReports() {
            cloudAlm.then(FakeCloudAlmSender.Behaviour.DOWN, FakeCloudAlmSender.Behaviour.DOWN,
                    FakeCloudAlmSender.Behaviour.DOWN, FakeCloudAlmSender.Behaviour.DOWN);
            outbox.submit(report("old"));
            scheduler.runDue();
            clock.advance(Duration.ofMinutes(20));
            outbox.submit(DeploymentReport.builder().idempotencyKey("new").createdAt(clock.instant())
                    .featureDisplayId("6-124").system("PRD").status(DeploymentStatus.FAILURE).build("deploy", 43).build());
            scheduler.runDue();

            OutboxStatus status = outbox.status();
            assertThat(status.pending()).isEqualTo(2);
            assertThat(status.oldestPendingAge(clock.instant())).contains(Duration.ofMinutes(20));
            assertThat(status.entries()).extracting(OutboxEntry::key).containsExactly("old", "new");
            assertThat(status.entries()).allSatisfy(e -> assertThat(e.lastError()).contains("503"));
            assertThat(outbox.stuckLongerThan(Duration.ofMinutes(15))).extracting(OutboxEntry::summary)
                    .containsExactly("6-123 → QAS: SUCCESS (deploy #42)");
        }
    }

    @Nested
    class Concurrency {
        @Test
        void concurrentSubmitsAreEachDeliveredOnce() throws Exception {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        outbox.submit(report("t" + thread + "-" + i));
                        outbox.submit(report("t" + thread + "-" + i)); // a retried step
                        if (i % 10 == 0) {
                            scheduler.runDue(); // the drainer runs meanwhile
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            threads.shutdown();
            scheduler.runDue();

            assertThat(cloudAlm.referencesCreated).hasSize(200);
            assertThat(cloudAlm.attemptedKeys).hasSize(200).doesNotHaveDuplicates();
            assertThat(outbox.status().pending()).isZero();
        }
    }
}
