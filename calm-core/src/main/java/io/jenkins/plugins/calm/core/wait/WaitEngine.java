package io.jenkins.plugins.calm.core.wait;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The watcher of one Cloud ALM connection: waits for any number of features to reach a status.
 *
 * <ul>
 *   <li><b>No thread per wait.</b> The engine keeps at most one task scheduled on the shared
 *       scheduler it is given (Jenkins' {@code Timer}); a wait costs a few hundred bytes.
 *   <li><b>Batched polling.</b> Each poll asks {@link FeatureStatusSource} once per project for all
 *       of that project's watched features. The interval starts at {@link
 *       WaitEngineSettings#minPollInterval()}, grows by {@link WaitEngineSettings#backoffFactor()}
 *       while nothing changes, up to {@link WaitEngineSettings#maxPollInterval()} (or a wait's own
 *       poll interval, if smaller), and resets on activity: a new wait, a status change, an event.
 *   <li><b>Rate ceiling.</b> A token bucket caps the status-query requests per second; a project
 *       that cannot be paid for now is polled first as soon as it can.
 *   <li><b>Webhook fast path.</b> {@link #onEvent} completes matching waits at once. Events are
 *       remembered for a while, so a wait registered just after its event still sees it.
 *   <li><b>Deadlines.</b> When a wait's deadline has passed, its project is queried one last time
 *       before the wait times out, so a timeout never reports a stale status.
 *   <li><b>Restarts.</b> The step persists a {@link WaitState} (see {@link #snapshot}) and calls
 *       {@link #resume} after a restart.
 * </ul>
 *
 * <p>Thread-safe. State changes happen under one lock; the status query runs outside it; listener
 * calls are delivered in order, outside the lock (see {@link WaitListener}).
 */
public final class WaitEngine implements AutoCloseable {
    private static final Logger LOGGER = Logger.getLogger(WaitEngine.class.getName());
    private static final int MAX_INTERNED_CODES = 1024;

    private final String name;
    private final FeatureStatusSource source;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final WaitEngineSettings settings;
    private final long minIntervalMillis;
    private final long maxIntervalMillis;
    private final SerialNotifier notifier = new SerialNotifier();

    private final Object lock = new Object();
    // Everything below is guarded by lock.
    private final Map<String, ActiveWait> waits = new HashMap<>();
    private final Map<String, FeatureWatch> features = new HashMap<>();
    private final Map<String, ProjectWatch> projects = new LinkedHashMap<>();
    /** Waits with equal conditions share one instance: thousands of waits, a handful of conditions. */
    private final Map<WaitCondition, WeakReference<WaitCondition>> conditions = new WeakHashMap<>();
    /** Status codes are a short tenant list; every poll would otherwise hold fresh copies. */
    private final Map<String, String> codes = new HashMap<>();
    private final RecentEventCache recentEvents;
    private final TokenBucket bucket;
    private ScheduledFuture<?> scheduledTick;
    private long scheduledTickAtMillis = Long.MAX_VALUE;
    /** Identifies the one tick that may run; a superseded tick that still fires does nothing. */
    private long tickGeneration;
    private boolean tickRunning;
    private boolean closed;
    private long statusQueries;
    private long requestsCharged;
    private long rateLimitedDeferrals;
    private long eventsReceived;
    private long eventsApplied;

    /**
     * @param name the connection's name, for logs
     * @param source reads feature statuses from Cloud ALM
     * @param scheduler the shared scheduler the engine's single poll task runs on; the status
     *     query runs on its thread, so it should tolerate a task that blocks for one HTTP
     *     round trip per project
     * @param clock time source (tests pass a controllable clock)
     */
    public WaitEngine(String name, FeatureStatusSource source, ScheduledExecutorService scheduler, Clock clock,
            WaitEngineSettings settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.minIntervalMillis = settings.minPollInterval().toMillis();
        this.maxIntervalMillis = settings.maxPollInterval().toMillis();
        this.recentEvents = new RecentEventCache(settings.eventCacheTtl().toMillis(), settings.eventCacheMaxEntries());
        this.bucket = new TokenBucket(settings.requestBurst(), settings.maxRequestsPerSecond(), clock.millis());
    }

    /**
     * Starts watching a new wait. If what is known already decides it (its {@link
     * WaitState#lastSeen()} or a recently received event), the listener is told before this method
     * returns or very soon after, and the wait is not kept.
     *
     * @throws IllegalStateException when a wait with this ID is registered already, or the engine
     *     is closed
     * @throws IllegalArgumentException when a feature is already watched under another project
     */
    public void register(WaitState state, WaitListener listener) {
        add(state, listener, false);
    }

    /**
     * Re-registers a wait after a restart. Unlike {@link #register}, the wait's projects are
     * queried soon (after {@link WaitEngineSettings#coalescingDelay()}), since statuses may have
     * changed while the controller was down; a deadline that passed meanwhile gets that final
     * query before the wait times out. Resuming a wait that is registered already replaces it
     * (the old listener is not called).
     */
    public void resume(WaitState state, WaitListener listener) {
        add(state, listener, true);
    }

    /**
     * Ends a wait with {@link WaitOutcome#ABORTED}.
     *
     * @return {@code false} when no such wait is registered (it completed already)
     */
    public boolean abort(String waitId, String reason) {
        boolean found;
        synchronized (lock) {
            ActiveWait wait = waits.get(waitId);
            found = wait != null;
            if (found) {
                complete(wait, WaitOutcome.ABORTED, null, reason == null ? "Aborted" : reason);
            }
        }
        notifier.deliver();
        return found;
    }

    /**
     * A webhook told us a feature's status. Completes the waits it decides at once and is
     * remembered for waits registered later (see {@link WaitEngineSettings#eventCacheTtl()}).
     * An event repeating the last event ID of the feature is ignored.
     *
     * @param receivedAt when this controller received the event (not a time from the payload:
     *     events and polls are ordered on this controller's clock); {@code null} means now
     */
    public void onEvent(String featureUuid, String statusCode, String eventId, Instant receivedAt) {
        FeatureState.requireText(featureUuid, "featureUuid");
        FeatureState.requireText(statusCode, "statusCode");
        synchronized (lock) {
            if (closed) {
                return;
            }
            long now = clock.millis();
            long at = receivedAt == null ? now : receivedAt.toEpochMilli();
            String code = intern(statusCode);
            eventsReceived++;
            if (!recentEvents.record(featureUuid, code, eventId, at, now)) {
                return;
            }
            FeatureWatch feature = features.get(featureUuid);
            if (feature == null) {
                return;
            }
            Set<ActiveWait> affected = new LinkedHashSet<>();
            if (observe(feature, code, at, true, affected)) {
                eventsApplied++;
                ProjectWatch project = feature.project;
                markActivity(project, now + minIntervalMillis);
            }
            evaluate(affected);
        }
        notifier.deliver();
    }

    /**
     * A webhook said a watched feature changed but not to what (the payload lacked the status):
     * its project is queried soon, ahead of schedule.
     */
    public void onFeatureChanged(String featureUuid) {
        synchronized (lock) {
            FeatureWatch feature = closed ? null : features.get(featureUuid);
            if (feature != null) {
                markActivity(feature.project, clock.millis() + settings.coalescingDelay().toMillis());
            }
        }
    }

    /** The wait's current state, for the step to persist; empty when the wait is not registered. */
    public Optional<WaitState> snapshot(String waitId) {
        synchronized (lock) {
            ActiveWait wait = waits.get(waitId);
            if (wait == null) {
                return Optional.empty();
            }
            WaitState.Builder builder = WaitState.builder(wait.waitId)
                    .acceptable(wait.condition.acceptableCodes())
                    .failOn(wait.condition.failOnCodes());
            for (FeatureWatch feature : wait.features) {
                builder.feature(feature.uuid, feature.project.projectId);
                if (feature.code != null) {
                    builder.lastSeen(feature.state());
                }
            }
            if (wait.deadlineMillis != Long.MAX_VALUE) {
                builder.deadline(Instant.ofEpochMilli(wait.deadlineMillis));
            }
            if (wait.pollCapMillis != Long.MAX_VALUE) {
                builder.pollInterval(Duration.ofMillis(wait.pollCapMillis));
            }
            return Optional.of(builder.build());
        }
    }

    /** Where a registered wait stands; empty when it is not registered. */
    public Optional<WaitProgress> progress(String waitId) {
        synchronized (lock) {
            ActiveWait wait = waits.get(waitId);
            if (wait == null) {
                return Optional.empty();
            }
            long nextCheck = Long.MAX_VALUE;
            List<PollingProblem> problems = new ArrayList<>();
            Set<ProjectWatch> seen = new LinkedHashSet<>();
            for (FeatureWatch feature : wait.features) {
                ProjectWatch project = feature.project;
                nextCheck = Math.min(nextCheck, project.nextPollAtMillis);
                if (seen.add(project) && project.problem != null) {
                    problems.add(new PollingProblem(project.projectId, project.problem,
                            project.consecutiveFailures, Instant.ofEpochMilli(project.nextPollAtMillis)));
                }
            }
            return Optional.of(new WaitProgress(waitId, statesOf(wait), Instant.ofEpochMilli(nextCheck), problems));
        }
    }

    public WaitEngineStats stats() {
        synchronized (lock) {
            return new WaitEngineStats(waits.size(), features.size(), projects.size(), statusQueries,
                    requestsCharged, rateLimitedDeferrals, eventsReceived, eventsApplied);
        }
    }

    /**
     * Stops polling and forgets every wait without calling its listener: on a controller shutdown
     * the waits live on in their persisted {@link WaitState} and are resumed by the next engine.
     */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            cancelScheduledTick();
            waits.clear();
            features.clear();
            projects.clear();
        }
    }

    @Override
    public String toString() {
        return "WaitEngine[" + name + "]";
    }

    // ---------------------------------------------------------------- registration

    private void add(WaitState state, WaitListener listener, boolean resuming) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(listener, "listener");
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The wait engine of connection " + name + " is closed");
            }
            ActiveWait existing = waits.get(state.waitId());
            if (existing != null && !resuming) {
                throw new IllegalStateException("Wait " + state.waitId() + " is already registered with the wait engine of "
                        + name + "; every wait needs its own ID");
            }
            Map<String, String> projectByFeature = state.projectByFeature();
            checkProjects(projectByFeature, existing);
            if (existing != null) {
                detach(existing);
            }
            long now = clock.millis();
            long firstPoll = now + (resuming ? settings.coalescingDelay().toMillis() : minIntervalMillis);
            long deadline = state.deadlineMillisOrMax();
            if (resuming) {
                // A deadline that passed during the downtime gets its final query together with the
                // other resumed waits, not one query per wait.
                deadline = Math.max(deadline, firstPoll);
            }
            ActiveWait wait = new ActiveWait(state.waitId(), intern(state.condition()), deadline,
                    state.pollIntervalMillisOrMax(), listener, projectByFeature.size());
            Map<String, FeatureState> lastSeen = state.lastSeen();
            Set<ActiveWait> affected = new LinkedHashSet<>();
            int i = 0;
            for (Map.Entry<String, String> entry : projectByFeature.entrySet()) {
                FeatureWatch feature = watch(entry.getKey(), entry.getValue(), now);
                wait.features[i++] = feature;
                FeatureState seen = lastSeen.get(feature.uuid);
                String baseline = seen == null ? null : seen.statusCode();
                if (seen != null) {
                    observe(feature, intern(seen.statusCode()), seen.observedAtMillis(), false, affected);
                }
                RecentEventCache.Event event = recentEvents.latest(feature.uuid, now);
                if (event != null) {
                    observe(feature, event.statusCode(), event.receivedAtMillis(), true, affected);
                }
                feature.attach(wait);
                if (feature.code != null && !feature.code.equals(baseline)) {
                    notifyChange(wait, baseline, feature);
                }
            }
            waits.put(wait.waitId, wait);
            affected.add(wait);
            for (FeatureWatch feature : wait.features) {
                markActivity(feature.project, firstPoll);
            }
            requestTickAt(wait.deadlineMillis);
            evaluate(affected);
        }
        notifier.deliver();
    }

    private void checkProjects(Map<String, String> projectByFeature, ActiveWait replaced) {
        for (Map.Entry<String, String> entry : projectByFeature.entrySet()) {
            FeatureWatch feature = features.get(entry.getKey());
            if (feature != null && !feature.project.projectId.equals(entry.getValue())
                    && !(feature.waits.length == 1 && feature.waits[0] == replaced)) {
                throw new IllegalArgumentException("Feature " + entry.getKey() + " is watched as part of project "
                        + feature.project.projectId + ", but a wait names project " + entry.getValue()
                        + "; a feature belongs to one project");
            }
        }
    }

    private FeatureWatch watch(String featureUuid, String projectId, long now) {
        FeatureWatch feature = features.get(featureUuid);
        if (feature == null) {
            ProjectWatch project = projects.computeIfAbsent(projectId,
                    id -> new ProjectWatch(id, minIntervalMillis, now + minIntervalMillis));
            feature = new FeatureWatch(featureUuid, project);
            features.put(featureUuid, feature);
            project.features.put(featureUuid, feature);
        }
        return feature;
    }

    /** Something happened in the project: poll with the shortest interval, next at {@code pollBy} at latest. */
    private void markActivity(ProjectWatch project, long pollBy) {
        project.activity = true;
        project.intervalMillis = minIntervalMillis;
        if (pollBy < project.nextPollAtMillis) {
            project.nextPollAtMillis = pollBy;
        }
        requestTickAt(project.nextPollAtMillis);
    }

    // ---------------------------------------------------------------- state changes (under lock)

    /**
     * Merges an observation into what is known about the feature. The newer observation wins; on a
     * tie an event beats a poll, because a query sent in the same instant may predate the change.
     *
     * @return whether the status changed (every wait on the feature is then told and re-evaluated)
     */
    private boolean observe(FeatureWatch feature, String code, long observedAt, boolean fromEvent,
            Set<ActiveWait> affected) {
        if (feature.code != null && (observedAt < feature.observedAtMillis
                || observedAt == feature.observedAtMillis && feature.lastFromEvent && !fromEvent)) {
            return false;
        }
        String previous = feature.code;
        feature.observedAtMillis = observedAt;
        feature.lastFromEvent = fromEvent;
        if (code.equals(previous)) {
            return false;
        }
        feature.code = code;
        for (ActiveWait wait : feature.waits) {
            notifyChange(wait, previous, feature);
            affected.add(wait);
        }
        return true;
    }

    private void notifyChange(ActiveWait wait, String previous, FeatureWatch feature) {
        StatusChange change = new StatusChange(wait.waitId, previous, feature.state(),
                feature.lastFromEvent ? StatusChange.Source.EVENT : StatusChange.Source.POLL);
        notifier.enqueue(() -> wait.listener.onStatusChanged(change));
    }

    private void evaluate(Set<ActiveWait> affected) {
        for (ActiveWait wait : affected) {
            if (wait.done) {
                continue;
            }
            List<String> uuids = new ArrayList<>(wait.features.length);
            for (FeatureWatch feature : wait.features) {
                uuids.add(feature.uuid);
            }
            Evaluation evaluation = wait.condition.evaluate(uuids, statesOf(wait));
            switch (evaluation.verdict()) {
                case SATISFIED -> complete(wait, WaitOutcome.SUCCEEDED, null, "All features reached an acceptable status");
                case FAILED -> complete(wait, WaitOutcome.FAILED, evaluation.failedFeatureUuid(),
                        "Feature " + evaluation.failedFeatureUuid() + " reached a fail-on status");
                case PENDING -> {
                    // keep waiting
                }
            }
        }
    }

    private void complete(ActiveWait wait, WaitOutcome outcome, String featureUuid, String detail) {
        if (wait.done) {
            return;
        }
        wait.done = true;
        WaitResult result = new WaitResult(wait.waitId, outcome, statesOf(wait), featureUuid, detail);
        detach(wait);
        notifier.enqueue(() -> wait.listener.onCompleted(result));
    }

    private void detach(ActiveWait wait) {
        waits.remove(wait.waitId, wait);
        for (FeatureWatch feature : wait.features) {
            if (feature == null) {
                continue;
            }
            feature.detach(wait);
            if (feature.waits.length == 0 && features.remove(feature.uuid, feature)) {
                ProjectWatch project = feature.project;
                project.features.remove(feature.uuid);
                if (project.features.isEmpty()) {
                    projects.remove(project.projectId, project);
                }
            }
        }
        if (projects.isEmpty()) {
            cancelScheduledTick(); // nothing left to watch: leave no task behind on the shared scheduler
        }
    }

    private static Map<String, FeatureState> statesOf(ActiveWait wait) {
        Map<String, FeatureState> states = new LinkedHashMap<>();
        for (FeatureWatch feature : wait.features) {
            if (feature.code != null) {
                states.put(feature.uuid, feature.state());
            }
        }
        return states;
    }

    private static List<ActiveWait> waitsOf(ProjectWatch project) {
        Set<ActiveWait> result = new LinkedHashSet<>();
        for (FeatureWatch feature : project.features.values()) {
            Collections.addAll(result, feature.waits);
        }
        return new ArrayList<>(result);
    }

    private String intern(String code) {
        String known = codes.get(code);
        if (known != null) {
            return known;
        }
        if (codes.size() < MAX_INTERNED_CODES) {
            codes.put(code, code);
        }
        return code;
    }

    private WaitCondition intern(WaitCondition condition) {
        WeakReference<WaitCondition> ref = conditions.get(condition);
        WaitCondition known = ref == null ? null : ref.get();
        if (known != null) {
            return known;
        }
        conditions.put(condition, new WeakReference<>(condition));
        return condition;
    }

    // ---------------------------------------------------------------- the poll task

    /** Makes sure a tick runs at {@code atMillis} at the latest. Under lock. */
    private void requestTickAt(long atMillis) {
        if (closed || tickRunning || atMillis == Long.MAX_VALUE || atMillis >= scheduledTickAtMillis) {
            return; // a running tick schedules its successor from the full state when it ends
        }
        cancelScheduledTick();
        long generation = ++tickGeneration;
        scheduledTickAtMillis = atMillis;
        long delay = Math.max(0, atMillis - clock.millis());
        scheduledTick = scheduler.schedule(() -> tick(generation), delay, TimeUnit.MILLISECONDS);
    }

    private void cancelScheduledTick() {
        if (scheduledTick != null) {
            scheduledTick.cancel(false);
            scheduledTick = null;
        }
        scheduledTickAtMillis = Long.MAX_VALUE;
        tickGeneration++;
    }

    private void tick(long generation) {
        List<ProjectWatch> due;
        synchronized (lock) {
            if (closed || generation != tickGeneration || tickRunning) {
                return;
            }
            scheduledTick = null;
            scheduledTickAtMillis = Long.MAX_VALUE;
            tickRunning = true;
            long now = clock.millis();
            due = new ArrayList<>();
            for (ProjectWatch project : projects.values()) {
                if (project.nextPollAtMillis <= now || project.earliestDeadlineMillis() <= now) {
                    due.add(project);
                }
            }
            // Longest-unpolled first: a project the rate ceiling postponed goes first next time.
            due.sort(Comparator.comparingLong(p -> p.lastPolledAtMillis));
        }
        try {
            for (ProjectWatch project : due) {
                try {
                    poll(project);
                } catch (RuntimeException e) {
                    LOGGER.log(Level.SEVERE, "Wait engine of " + name + " failed while polling project "
                            + project.projectId + "; polling goes on", e);
                }
                notifier.deliver();
            }
        } finally {
            synchronized (lock) {
                tickRunning = false;
                scheduleNextTick();
            }
            notifier.deliver();
        }
    }

    private void poll(ProjectWatch project) {
        Set<String> uuids;
        long startedAt;
        synchronized (lock) {
            if (closed || projects.get(project.projectId) != project) {
                return; // its waits ended meanwhile
            }
            uuids = new LinkedHashSet<>(project.features.keySet());
            int cost = bucket.clamp(source.requestCost(project.projectId, Collections.unmodifiableSet(uuids)));
            startedAt = clock.millis();
            if (!bucket.tryAcquire(cost, startedAt)) {
                rateLimitedDeferrals++;
                return; // stays due; the next tick comes when the bucket can pay
            }
            statusQueries++;
            requestsCharged += cost;
        }
        Map<String, String> result = null;
        RuntimeException failure = null;
        try {
            result = source.statusesOf(project.projectId, Collections.unmodifiableSet(uuids));
            if (result == null) {
                failure = new IllegalStateException("the status source returned no answer");
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            long now = clock.millis();
            project.lastPolledAtMillis = startedAt;
            if (failure == null) {
                pollSucceeded(project, uuids, result, startedAt, now);
            } else {
                pollFailed(project, failure, now);
            }
            String failureText = failure == null ? null : describe(failure);
            for (ActiveWait wait : waitsOf(project)) {
                if (wait.deadlineMillis <= startedAt) {
                    complete(wait, WaitOutcome.TIMED_OUT, null, "The deadline "
                            + Instant.ofEpochMilli(wait.deadlineMillis) + " passed"
                            + (failureText == null ? "" : "; the last status query failed: " + failureText));
                }
            }
        }
    }

    private void pollSucceeded(ProjectWatch project, Set<String> uuids, Map<String, String> result, long startedAt,
            long now) {
        if (project.problem != null) {
            String projectId = project.projectId;
            for (ActiveWait wait : waitsOf(project)) {
                notifier.enqueue(() -> wait.listener.onPollingRecovered(projectId));
            }
            LOGGER.log(Level.INFO, "Wait engine of {0}: status queries for project {1} work again",
                    new Object[] {name, projectId});
            project.problem = null;
        }
        Set<ActiveWait> affected = new LinkedHashSet<>();
        boolean changed = false;
        for (String uuid : uuids) {
            FeatureWatch feature = features.get(uuid);
            if (feature == null || feature.project != project) {
                continue; // its waits ended during the query
            }
            String code = result.get(uuid);
            if (code == null || code.isBlank()) {
                if (++feature.misses >= settings.missingFeatureTolerance()) {
                    for (ActiveWait wait : feature.waits.clone()) {
                        complete(wait, WaitOutcome.ERROR, uuid, "Feature " + uuid + " was not found in project "
                                + project.projectId + " in " + feature.misses + " status queries in a row; it may have"
                                + " been deleted or moved to another project. Check it in Cloud ALM.");
                    }
                }
                continue;
            }
            feature.misses = 0;
            changed |= observe(feature, intern(code), startedAt, false, affected);
        }
        project.consecutiveFailures = 0;
        long cap = Math.max(minIntervalMillis, Math.min(maxIntervalMillis, project.pollCapMillis()));
        if (changed || project.activity) {
            project.intervalMillis = minIntervalMillis;
        } else {
            project.intervalMillis = Math.min(cap, (long) (project.intervalMillis * settings.backoffFactor()));
        }
        project.activity = false;
        project.nextPollAtMillis = now + project.intervalMillis;
        evaluate(affected);
    }

    private void pollFailed(ProjectWatch project, RuntimeException failure, long now) {
        project.consecutiveFailures++;
        String message = describe(failure);
        StatusQueryException queryFailure = failure instanceof StatusQueryException e ? e : null;
        if (queryFailure != null && queryFailure.isPermanent()) {
            LOGGER.log(Level.WARNING, "Wait engine of {0}: status query for project {1} failed permanently: {2}",
                    new Object[] {name, project.projectId, message});
            for (ActiveWait wait : waitsOf(project)) {
                complete(wait, WaitOutcome.ERROR, null, "Cloud ALM cannot answer the status query for project "
                        + project.projectId + ": " + message);
            }
            return;
        }
        project.intervalMillis = Math.min(maxIntervalMillis, Math.max(minIntervalMillis, project.intervalMillis) * 2);
        long next = now + project.intervalMillis;
        if (queryFailure != null && queryFailure.retryAfter().isPresent()) {
            next = Math.max(next, now + queryFailure.retryAfter().get().toMillis());
        }
        project.nextPollAtMillis = next;
        if (!message.equals(project.problem)) {
            project.problem = message;
            LOGGER.log(Level.WARNING, "Wait engine of " + name + ": status query for project " + project.projectId
                    + " failed (" + project.consecutiveFailures + " in a row), retrying at " + Instant.ofEpochMilli(next)
                    + ": " + message, queryFailure == null ? failure : null);
            PollingProblem problem = new PollingProblem(project.projectId, message, project.consecutiveFailures,
                    Instant.ofEpochMilli(next));
            for (ActiveWait wait : waitsOf(project)) {
                notifier.enqueue(() -> wait.listener.onPollingProblem(problem));
            }
        }
    }

    private static String describe(RuntimeException failure) {
        if (failure instanceof StatusQueryException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return "unexpected " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    /** Schedules the tick for the earliest due project or deadline. Under lock, after a tick. */
    private void scheduleNextTick() {
        if (closed) {
            return;
        }
        long now = clock.millis();
        long next = Long.MAX_VALUE;
        for (ProjectWatch project : projects.values()) {
            long due = Math.min(project.nextPollAtMillis, project.earliestDeadlineMillis());
            if (due <= now) {
                // postponed by the rate ceiling: come back when the bucket can pay for it
                int cost = source.requestCost(project.projectId, Collections.unmodifiableSet(project.features.keySet()));
                due = now + bucket.millisUntil(cost, now);
            }
            next = Math.min(next, due);
        }
        requestTickAt(next);
    }
}
