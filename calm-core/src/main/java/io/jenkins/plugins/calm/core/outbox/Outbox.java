package io.jenkins.plugins.calm.core.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A durable outbox of writes to Cloud ALM (see the package description).
 *
 * <p>Lifecycle: construct, {@link #start()} (takes the directory's lock, reloads what a previous
 * run left, quarantines unreadable files), {@link #submit} reports, {@link #close()} on shutdown.
 * A report is on disk before {@code submit} returns and is deleted only after {@link
 * ReportSender} confirmed it, so a crash at any point loses nothing: the next outbox over the same
 * directory sends whatever is left.
 *
 * <p>Thread-safe. One drainer task at a time runs on the given scheduler and sends one report at a
 * time; it reschedules itself for the next due report and holds no task while nothing is due.
 */
public final class Outbox<T extends OutboxPayload> implements AutoCloseable {
    private static final Logger LOGGER = Logger.getLogger(Outbox.class.getName());
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final int REMEMBERED_DELIVERIES = 1024;

    private final OutboxDirectory directory;
    private final PayloadCodec<T> codec;
    private final ReportSender<T> sender;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final OutboxSettings settings;
    private final DoubleSupplier random;

    private final Object lock = new Object();
    // Guarded by lock:
    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();
    /**
     * Keys delivered lately, so that a step re-run with the same key (e.g. after a restart) does
     * not even resend; older ones rely on the sender's idempotency.
     */
    private final Map<String, String> recentlyDelivered = new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_DELIVERIES;
        }
    };
    private ScheduledFuture<?> scheduledDrain;
    private long scheduledDrainAtMillis = Long.MAX_VALUE;
    private long drainGeneration;
    private boolean draining;
    private boolean started;
    private boolean closed;

    /** One report in memory; its file is the truth, this mirrors it. Guarded by the outbox lock. */
    private static final class Entry<T> {
        final String key;
        final T payload;
        final Instant createdAt;
        final String summary;
        int attempts;
        Instant lastAttemptAt;
        String lastError;
        long nextAttemptAtMillis;
        OutboxEntry.State state = OutboxEntry.State.PENDING;
        final List<CompletableFuture<DeliveryAttempt>> waiters = new ArrayList<>(1);

        Entry(String key, T payload, Instant createdAt, String summary) {
            this.key = key;
            this.payload = payload;
            this.createdAt = createdAt;
            this.summary = summary;
        }
    }

    public Outbox(Path directory, PayloadCodec<T> codec, ReportSender<T> sender, ScheduledExecutorService scheduler,
            Clock clock, OutboxSettings settings) {
        this(directory, codec, sender, scheduler, clock, settings, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random source of jitter, values in [0, 1) (tests pass a fixed one) */
    public Outbox(Path directory, PayloadCodec<T> codec, ReportSender<T> sender, ScheduledExecutorService scheduler,
            Clock clock, OutboxSettings settings, DoubleSupplier random) {
        this.directory = new OutboxDirectory(Objects.requireNonNull(directory, "directory"));
        this.codec = Objects.requireNonNull(codec, "codec");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Opens the directory and reloads the reports a previous run left; they are sent again at once.
     *
     * @throws OutboxException when the directory cannot be used or another outbox holds it
     */
    public void start() {
        synchronized (lock) {
            if (started) {
                throw new IllegalStateException("Outbox " + directory.root + " is started already");
            }
            directory.open();
            started = true;
            try {
                removeLeftoverTempFiles();
                long now = clock.millis();
                for (Path file : directory.reportFiles(directory.pending)) {
                    load(file, OutboxEntry.State.PENDING, now);
                }
                for (Path file : directory.reportFiles(directory.parked)) {
                    load(file, OutboxEntry.State.PARKED, now);
                }
            } catch (IOException e) {
                throw new OutboxException("Cannot read the outbox directory " + directory.root + ": " + e, e);
            }
            LOGGER.log(Level.FINE, "Outbox {0} started with {1} reports", new Object[] {directory.root, entries.size()});
            requestDrainAt(clock.millis());
        }
    }

    private void removeLeftoverTempFiles() throws IOException {
        for (Path temp : directory.leftoverTempFiles()) {
            // The write never completed, so submit() never returned for it: nobody was promised it.
            LOGGER.log(Level.INFO, "Outbox: removing {0}, an incomplete write interrupted by a crash", temp);
            Files.deleteIfExists(temp);
        }
    }

    private void load(Path file, OutboxEntry.State state, long now) {
        String name = file.getFileName().toString();
        String key = name.substring(0, name.length() - OutboxDirectory.SUFFIX.length());
        try {
            StoredReport stored = StoredReport.parse(Files.readAllBytes(file), key);
            if (!stored.type().equals(codec.type())) {
                throw new IllegalArgumentException("it holds a '" + stored.type() + "', this outbox carries '"
                        + codec.type() + "'");
            }
            T payload = codec.decode(stored.payload());
            if (!payload.idempotencyKey().equals(key)) {
                throw new IllegalArgumentException("its payload's idempotency key '" + payload.idempotencyKey()
                        + "' does not match its file name");
            }
            if (entries.containsKey(key)) {
                throw new IllegalArgumentException("a report with key '" + key + "' is also in "
                        + directory.pending.getFileName());
            }
            Entry<T> entry = new Entry<>(key, payload, stored.createdAt(), payload.summary());
            entry.attempts = stored.attempts();
            entry.lastAttemptAt = stored.lastAttemptAt();
            entry.state = state;
            entry.lastError = state == OutboxEntry.State.PARKED ? stored.parkedReason() : stored.lastError();
            entry.nextAttemptAtMillis = now; // a restart is a natural moment to try again
            entries.put(key, entry);
        } catch (IOException | RuntimeException e) {
            quarantine(file, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void quarantine(Path file, String reason) {
        try {
            Path moved = directory.quarantine(file, reason);
            LOGGER.log(Level.WARNING, "Outbox: {0} is not a readable report ({1}); moved it to {2}. Inspect it, fix"
                    + " or resend by hand if it matters, then delete it", new Object[] {file, reason, moved});
        } catch (IOException e) {
            LOGGER.log(Level.SEVERE, "Outbox: " + file + " is not a readable report (" + reason
                    + ") and could not be moved to quarantine; ignoring it", e);
        }
    }

    /**
     * Stores a report durably and asks the drainer to send it now.
     *
     * @return completes after the first attempt (or at once, when a report with the same key was
     *     delivered lately or is parked); the report stays safe whether or not anyone waits for it
     * @throws IllegalArgumentException when the idempotency key is not usable as a file name
     * @throws OutboxException when the report cannot be stored (e.g. disk full); it was not queued
     */
    public CompletableFuture<DeliveryAttempt> submit(T report) {
        Objects.requireNonNull(report, "report");
        String key = report.idempotencyKey();
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Idempotency key '" + key + "' must be 1-128 letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        CompletableFuture<DeliveryAttempt> attempt = new CompletableFuture<>();
        synchronized (lock) {
            ensureRunning();
            String delivered = recentlyDelivered.get(key);
            if (delivered != null) {
                attempt.complete(new DeliveryAttempt(DeliveryAttempt.Outcome.DELIVERED, delivered, null));
                return attempt;
            }
            Entry<T> existing = entries.get(key);
            if (existing != null) {
                // The same report again (e.g. a step retried): never two copies.
                if (existing.state == OutboxEntry.State.PARKED) {
                    attempt.complete(new DeliveryAttempt(DeliveryAttempt.Outcome.PARKED, existing.lastError, null));
                } else {
                    existing.waiters.add(attempt);
                }
                return attempt;
            }
            Entry<T> entry = new Entry<>(key, report, report.createdAt(), report.summary());
            try {
                directory.writeAtomically(directory.pendingFile(key), stored(entry).toBytes());
            } catch (IOException e) {
                throw new OutboxException("Cannot store the report " + report.summary() + " in " + directory.pending
                        + ": " + e + "; check free disk space and permissions", e);
            }
            entry.nextAttemptAtMillis = clock.millis();
            entry.waiters.add(attempt);
            entries.put(key, entry);
            requestDrainAt(entry.nextAttemptAtMillis);
        }
        return attempt;
    }

    /** Counts and entries for an administrative monitor. */
    public OutboxStatus status() {
        synchronized (lock) {
            List<OutboxEntry> views = new ArrayList<>();
            int pending = 0;
            Instant oldest = null;
            for (Entry<T> entry : entries.values()) {
                views.add(view(entry));
                if (entry.state != OutboxEntry.State.PARKED) {
                    pending++;
                    if (oldest == null || entry.createdAt.isBefore(oldest)) {
                        oldest = entry.createdAt;
                    }
                }
            }
            views.sort(Comparator.comparing(OutboxEntry::createdAt));
            return new OutboxStatus(pending, entries.size() - pending, quarantinedCount(), Optional.ofNullable(oldest),
                    views);
        }
    }

    /** Pending reports created longer than {@code age} ago and still not delivered, oldest first. */
    public List<OutboxEntry> stuckLongerThan(Duration age) {
        Instant threshold = clock.instant().minus(age);
        return status().entries().stream()
                .filter(e -> e.state() != OutboxEntry.State.PARKED && e.createdAt().isBefore(threshold))
                .toList();
    }

    /**
     * An administrator's "retry now": a pending report is tried at once, a parked one goes back to
     * pending (e.g. after the feature was fixed in Cloud ALM).
     *
     * @return {@code false} when there is no such report, or it is being sent right now
     */
    public boolean retryNow(String key) {
        synchronized (lock) {
            ensureRunning();
            Entry<T> entry = entries.get(key);
            if (entry == null || entry.state == OutboxEntry.State.SENDING) {
                return false;
            }
            if (entry.state == OutboxEntry.State.PARKED) {
                entry.state = OutboxEntry.State.PENDING; // the parking reason stays as its last error
                try {
                    directory.writeAtomically(directory.pendingFile(key), stored(entry).toBytes());
                    Files.deleteIfExists(directory.parkedFile(key));
                } catch (IOException e) {
                    entry.state = OutboxEntry.State.PARKED;
                    throw new OutboxException("Cannot move report " + key + " back to pending: " + e, e);
                }
            }
            entry.nextAttemptAtMillis = clock.millis();
            requestDrainAt(entry.nextAttemptAtMillis);
            return true;
        }
    }

    /**
     * An administrator's "discard": deletes a pending or parked report for good.
     *
     * @return {@code false} when there is no such report, or it is being sent right now
     */
    public boolean discard(String key) {
        synchronized (lock) {
            ensureRunning();
            Entry<T> entry = entries.get(key);
            if (entry == null || entry.state == OutboxEntry.State.SENDING) {
                return false;
            }
            try {
                Files.deleteIfExists(directory.pendingFile(key));
                Files.deleteIfExists(directory.parkedFile(key));
            } catch (IOException e) {
                throw new OutboxException("Cannot delete report " + key + ": " + e, e);
            }
            entries.remove(key);
            LOGGER.log(Level.INFO, "Outbox: report {0} ({1}) discarded by an administrator", new Object[] {key, entry.summary});
            return true;
        }
    }

    /**
     * Stops draining and releases the directory. Reports stay on disk for the next outbox; a send
     * in progress finishes its bookkeeping.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            cancelScheduledDrain();
            directory.close();
        }
    }

    @Override
    public String toString() {
        return "Outbox[" + directory.root + "]";
    }

    // ---------------------------------------------------------------- draining

    private void ensureRunning() {
        if (!started || closed) {
            throw new IllegalStateException("Outbox " + directory.root + (closed ? " is closed" : " is not started"));
        }
    }

    /** Under lock. */
    private void requestDrainAt(long atMillis) {
        if (closed || draining || atMillis >= scheduledDrainAtMillis) {
            return; // a running drain schedules its successor when it ends
        }
        cancelScheduledDrain();
        long generation = ++drainGeneration;
        scheduledDrainAtMillis = atMillis;
        scheduledDrain = scheduler.schedule(() -> drain(generation), Math.max(0, atMillis - clock.millis()),
                TimeUnit.MILLISECONDS);
    }

    private void cancelScheduledDrain() {
        if (scheduledDrain != null) {
            scheduledDrain.cancel(false);
            scheduledDrain = null;
        }
        scheduledDrainAtMillis = Long.MAX_VALUE;
        drainGeneration++;
    }

    private void drain(long generation) {
        synchronized (lock) {
            if (closed || draining || generation != drainGeneration) {
                return;
            }
            scheduledDrain = null;
            scheduledDrainAtMillis = Long.MAX_VALUE;
            draining = true;
        }
        try {
            Entry<T> entry;
            while ((entry = nextDue()) != null) {
                SendResult result;
                try {
                    result = Objects.requireNonNull(sender.send(entry.payload), "the sender returned no result");
                } catch (RuntimeException e) {
                    result = SendResult.retryLater("unexpected " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                    LOGGER.log(Level.FINE, "Outbox: sending " + entry.key + " failed", e);
                }
                record(entry, result);
            }
        } finally {
            synchronized (lock) {
                draining = false;
                long next = Long.MAX_VALUE;
                for (Entry<T> e : entries.values()) {
                    if (e.state == OutboxEntry.State.PENDING) {
                        next = Math.min(next, e.nextAttemptAtMillis);
                    }
                }
                if (next != Long.MAX_VALUE) {
                    requestDrainAt(next);
                }
            }
        }
    }

    /** Claims the pending report due first, or returns {@code null}. */
    private Entry<T> nextDue() {
        synchronized (lock) {
            if (closed) {
                return null;
            }
            long now = clock.millis();
            Entry<T> due = null;
            for (Entry<T> entry : entries.values()) {
                if (entry.state == OutboxEntry.State.PENDING && entry.nextAttemptAtMillis <= now
                        && (due == null || entry.nextAttemptAtMillis < due.nextAttemptAtMillis)) {
                    due = entry;
                }
            }
            if (due != null) {
                due.state = OutboxEntry.State.SENDING;
            }
            return due;
        }
    }

    private void record(Entry<T> entry, SendResult result) {
        List<CompletableFuture<DeliveryAttempt>> waiters;
        DeliveryAttempt attempt;
        synchronized (lock) {
            Instant now = clock.instant();
            entry.lastAttemptAt = now;
            if (result instanceof SendResult.Delivered delivered) {
                attempt = new DeliveryAttempt(DeliveryAttempt.Outcome.DELIVERED, delivered.detail(), null);
                delivered(entry);
                recentlyDelivered.put(entry.key, delivered.detail() == null ? "delivered" : delivered.detail());
            } else if (result instanceof SendResult.Rejected rejected) {
                attempt = new DeliveryAttempt(DeliveryAttempt.Outcome.PARKED, rejected.reason(), null);
                park(entry, rejected.reason());
            } else {
                SendResult.RetryLater retry = (SendResult.RetryLater) result;
                entry.attempts++;
                entry.lastError = retry.reason();
                Duration delay = settings.backoff(entry.attempts, random.getAsDouble());
                if (retry.retryAfter() != null && retry.retryAfter().compareTo(delay) > 0) {
                    delay = retry.retryAfter();
                }
                entry.nextAttemptAtMillis = now.toEpochMilli() + delay.toMillis();
                entry.state = OutboxEntry.State.PENDING;
                attempt = new DeliveryAttempt(DeliveryAttempt.Outcome.QUEUED, retry.reason(),
                        Instant.ofEpochMilli(entry.nextAttemptAtMillis));
                LOGGER.log(entry.attempts == 1 ? Level.WARNING : Level.FINE,
                        "Outbox: report {0} ({1}) not delivered, attempt {2}: {3}; next attempt at {4}",
                        new Object[] {entry.key, entry.summary, entry.attempts, clause(retry.reason()),
                            attempt.nextAttemptAt()});
                rewrite(entry);
            }
            waiters = List.copyOf(entry.waiters);
            entry.waiters.clear();
        }
        for (CompletableFuture<DeliveryAttempt> waiter : waiters) {
            waiter.complete(attempt);
        }
    }

    /** Under lock. */
    private void delivered(Entry<T> entry) {
        entries.remove(entry.key);
        try {
            Files.deleteIfExists(directory.pendingFile(entry.key));
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Outbox: report " + entry.key + " was delivered but its file could not be"
                    + " deleted; it will be sent again after a restart, which its idempotency key makes harmless", e);
        }
    }

    /** Under lock. */
    private void park(Entry<T> entry, String reason) {
        entry.state = OutboxEntry.State.PARKED;
        entry.lastError = reason;
        try {
            directory.writeAtomically(directory.parkedFile(entry.key), stored(entry).toBytes());
            Files.deleteIfExists(directory.pendingFile(entry.key));
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Outbox: could not move rejected report " + entry.key + " to "
                    + directory.parked + "; it stays parked until the next restart, then is tried once more", e);
        }
        LOGGER.log(Level.WARNING, "Outbox: Cloud ALM rejected report {0} ({1}): {2}. It is parked in {3} for an"
                + " administrator to fix and retry, or discard", new Object[] {entry.key, entry.summary, clause(reason),
                directory.parked});
    }

    /** A sender's reason, usually a full sentence, without its final period, to go inside a log sentence. */
    private static String clause(String reason) {
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    /** Persists the bookkeeping of a failed attempt. Under lock. */
    private void rewrite(Entry<T> entry) {
        try {
            directory.writeAtomically(directory.pendingFile(entry.key), stored(entry).toBytes());
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Outbox: could not update " + directory.pendingFile(entry.key)
                    + "; the report is still pending and will be resent", e);
        }
    }

    private StoredReport stored(Entry<T> entry) {
        boolean parked = entry.state == OutboxEntry.State.PARKED;
        return new StoredReport(entry.key, codec.type(), entry.createdAt, entry.attempts, entry.lastAttemptAt,
                parked ? null : entry.lastError, parked ? entry.lastError : null, codec.encode(entry.payload));
    }

    private static OutboxEntry view(Entry<?> entry) {
        return new OutboxEntry(entry.key, entry.summary, entry.state, entry.createdAt, entry.attempts,
                entry.lastAttemptAt, entry.lastError,
                entry.state == OutboxEntry.State.PARKED ? null : Instant.ofEpochMilli(entry.nextAttemptAtMillis));
    }

    private int quarantinedCount() {
        try {
            return directory.quarantinedCount();
        } catch (IOException e) {
            LOGGER.log(Level.FINE, "Cannot count quarantined files", e);
            return 0;
        }
    }
}
