package io.jenkins.plugins.calm.core.adapters;

import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.client.CallInterruptedException;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.RequestRejectedException;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.client.ServerErrorException;
import io.jenkins.plugins.calm.core.client.ThrottledException;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.features.FeatureQuery;
import io.jenkins.plugins.calm.core.client.features.FeaturesApi;
import io.jenkins.plugins.calm.core.client.odata.ODataFilter;
import io.jenkins.plugins.calm.core.wait.FeatureStatusSource;
import io.jenkins.plugins.calm.core.wait.StatusQueryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The wait engine's {@link FeatureStatusSource} on top of the Cloud ALM client: one request per
 * project and poll in the steady state, however many features are watched.
 *
 * <p><b>How.</b> The first time a feature is asked for, it is read with a batched
 * {@code uuid in (…)} query ({@link FeaturesApi#listByUuids}, split by URL length). From then on
 * the project is asked only what changed: {@code modifiedAt ge <newest modifiedAt seen>}, which
 * Cloud ALM updates on every save ("ge", not "gt", so that two saves stamped in the same
 * millisecond are not missed; the one feature at the watermark comes back each time, harmlessly).
 * Both queries {@code $select} just {@code uuid, statusCode, modifiedAt}, so a poll transfers a few
 * bytes per changed feature instead of whole features with their HTML descriptions. The watermark
 * is Cloud ALM's own {@code modifiedAt}, never this controller's clock, so clock skew cannot hide a
 * change.
 *
 * <p><b>Safety net.</b> Every {@code fullReadInterval} (and whenever the tenant's answers lack
 * {@code modifiedAt}, or it refuses the change query) all watched features are read again in full.
 * That notices deleted features and features moved to another project, and a save that Cloud ALM
 * might stamp out of order under concurrency (not documented either way): such a change is seen
 * by the next full read at the latest, usually much sooner through its webhook event.
 *
 * <p><b>Failures</b> become {@link StatusQueryException}s: 429 → throttled with Retry-After; a 5xx
 * with Retry-After → throttled; other 5xx and network errors → transient; authentication, missing
 * scope, not found, rejected → permanent, with the client's message, which says what to fix.
 *
 * <p><b>Client settings.</b> The engine backs off by itself and runs its poll on a shared
 * scheduler thread, so give this adapter a client whose {@link RetryPolicy} waits little (e.g.
 * {@link RetryPolicy#none()}); a long in-call retry would hold that thread.
 *
 * <p>Thread-safe. Queries of one project are serialised; different projects run in parallel.
 */
public final class ClientFeatureStatusSource implements FeatureStatusSource {
    private static final Logger LOGGER = Logger.getLogger(ClientFeatureStatusSource.class.getName());

    /** Default time between two full reads of a project's watched features. */
    public static final Duration DEFAULT_FULL_READ_INTERVAL = Duration.ofMinutes(10);

    static final List<String> SELECT = List.of("uuid", "statusCode", "modifiedAt");
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final FeaturesApi features;
    private final Clock clock;
    private final long fullReadIntervalMillis;
    private final int uuidsPerRequest;
    private final Map<String, ProjectView> projects = new ConcurrentHashMap<>();

    /** With {@link #DEFAULT_FULL_READ_INTERVAL} and the client's clock. */
    public ClientFeatureStatusSource(CloudAlmClient client) {
        this(client, DEFAULT_FULL_READ_INTERVAL, client.settings().clock());
    }

    /**
     * @param fullReadInterval how often all watched features of a project are read in full
     * @param clock decides when a full read is due
     */
    public ClientFeatureStatusSource(CloudAlmClient client, Duration fullReadInterval, Clock clock) {
        this.features = Objects.requireNonNull(client, "client").features();
        this.clock = Objects.requireNonNull(clock, "clock");
        if (fullReadInterval.isNegative() || fullReadInterval.isZero()) {
            throw new IllegalArgumentException("fullReadInterval must be positive, was " + fullReadInterval);
        }
        this.fullReadIntervalMillis = fullReadInterval.toMillis();
        this.uuidsPerRequest = features.maxUuidsPerRequest(SELECT);
    }

    @Override
    public Map<String, String> statusesOf(String projectId, Set<String> featureUuids) {
        if (projectId == null || !GUID.matcher(projectId).matches()) {
            throw StatusQueryException.permanentFailure("'" + projectId + "' is not a Cloud ALM project ID (a GUID"
                    + " such as 3532c9fd-4d5e-4f6a-8b7c-9d0e1f2a3b4c); the wait was registered with a wrong project", null);
        }
        ProjectView view = projects.computeIfAbsent(projectId, ProjectView::new);
        view.queryLock.lock();
        try {
            return view.query(featureUuids);
        } catch (CloudAlmException e) {
            throw translate(e);
        } finally {
            view.queryLock.unlock();
        }
    }

    @Override
    public int requestCost(String projectId, Set<String> featureUuids) {
        ProjectView view = projects.get(projectId);
        if (view == null) {
            return Math.max(1, requestsFor(featureUuids.size()));
        }
        synchronized (view) {
            Plan plan = view.plan(featureUuids, clock.millis());
            return Math.max(1, requestsFor(plan.fullRead.size()) + (plan.changeQuery ? 1 : 0));
        }
    }

    private int requestsFor(int uuids) {
        return (uuids + uuidsPerRequest - 1) / uuidsPerRequest;
    }

    /** Turns a client failure into the engine's three kinds. */
    static StatusQueryException translate(CloudAlmException e) {
        if (e instanceof ThrottledException throttled) {
            return StatusQueryException.throttled(e.getMessage(), throttled.retryAfter().orElse(null));
        }
        if (e instanceof ServerErrorException serverError && serverError.retryAfter().isPresent()) {
            return StatusQueryException.throttled(e.getMessage(), serverError.retryAfter().get());
        }
        if (e.isTransient() || e instanceof CallInterruptedException) {
            return StatusQueryException.transientFailure(e.getMessage(), e);
        }
        return StatusQueryException.permanentFailure(e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "ClientFeatureStatusSource[" + projects.size() + " projects, full read every "
                + Duration.ofMillis(fullReadIntervalMillis) + "]";
    }

    /** What one call will ask Cloud ALM. */
    private record Plan(Set<String> fullRead, boolean changeQuery, boolean everything) {
    }

    /** What this source knows about one project's watched features. */
    private final class ProjectView {
        final String projectId;
        /** Held for a whole query, so that the watermark only moves forward over complete answers. */
        final ReentrantLock queryLock = new ReentrantLock();
        // Guarded by this:
        final Map<String, String> codes = new HashMap<>();
        /** Newest modifiedAt of any answer; every known code reflects all saves up to it. */
        Instant watermark;
        long lastFullReadMillis = Long.MIN_VALUE;
        boolean changeQueriesWork = true;

        ProjectView(String projectId) {
            this.projectId = projectId;
        }

        /** Under this view's monitor. */
        Plan plan(Set<String> asked, long now) {
            boolean fullDue = watermark == null || !changeQueriesWork || lastFullReadMillis == Long.MIN_VALUE
                    || now - lastFullReadMillis >= fullReadIntervalMillis;
            Set<String> fullRead = new LinkedHashSet<>();
            for (String uuid : asked) {
                if (GUID.matcher(uuid).matches() && (fullDue || !codes.containsKey(uuid))) {
                    fullRead.add(uuid); // a malformed UUID is never found: its wait ends as "not found"
                }
            }
            return new Plan(fullRead, !fullDue, fullDue);
        }

        /** Under queryLock. */
        Map<String, String> query(Set<String> asked) {
            Plan plan;
            synchronized (this) {
                codes.keySet().retainAll(asked); // forget features whose waits ended
                plan = plan(asked, clock.millis());
            }
            Instant queryStart = clock.instant();
            List<Feature> read = plan.fullRead.isEmpty() ? List.of()
                    : features.listByUuids(projectId, plan.fullRead, SELECT);
            List<Feature> changed = List.of();
            boolean changeQueryRefused = false;
            if (plan.changeQuery) {
                Instant since;
                synchronized (this) {
                    since = watermark;
                }
                try {
                    changed = features.listAll(FeatureQuery.builder().projectId(projectId)
                            .filter(ODataFilter.ge("modifiedAt", since)).select(SELECT).build());
                } catch (RequestRejectedException e) {
                    // The optimisation must never fail a wait: fall back to full reads for good.
                    LOGGER.log(Level.WARNING, "Cloud ALM refused the change query for project {0} ({1}); reading"
                            + " watched features in full from now on", new Object[] {projectId, e.getMessage()});
                    changeQueryRefused = true;
                    List<Feature> all = new ArrayList<>(read);
                    all.addAll(features.listByUuids(projectId, withoutKnownReads(asked, plan.fullRead), SELECT));
                    read = all;
                }
            }
            synchronized (this) {
                merge(asked, plan, read, changed, changeQueryRefused, queryStart);
                Map<String, String> answer = new HashMap<>();
                for (String uuid : asked) {
                    String code = codes.get(uuid);
                    if (code != null) {
                        answer.put(uuid, code);
                    }
                }
                return answer;
            }
        }

        /** Every asked feature, the ones already read in this call excluded. */
        private Set<String> withoutKnownReads(Set<String> asked, Set<String> alreadyRead) {
            Set<String> rest = new LinkedHashSet<>();
            for (String uuid : asked) {
                if (GUID.matcher(uuid).matches() && !alreadyRead.contains(uuid)) {
                    rest.add(uuid);
                }
            }
            return rest;
        }

        /** Under this view's monitor. */
        private void merge(Set<String> asked, Plan plan, List<Feature> read, List<Feature> changed,
                boolean changeQueryRefused, Instant queryStart) {
            if (plan.everything || changeQueryRefused) {
                codes.clear(); // a full read is the whole truth: features it did not find are gone
                lastFullReadMillis = queryStart.toEpochMilli();
            } else {
                codes.keySet().removeAll(plan.fullRead);
            }
            if (changeQueryRefused) {
                changeQueriesWork = false;
            }
            Instant newest = watermark;
            for (List<Feature> answer : List.of(read, changed)) {
                for (Feature feature : answer) {
                    String uuid = feature.uuid();
                    String code = feature.statusCode();
                    if (uuid != null && code != null && asked.contains(uuid)) {
                        codes.put(uuid, code);
                    }
                    Instant modified = feature.modifiedAt();
                    if (modified == null) {
                        if (changeQueriesWork) {
                            LOGGER.log(Level.INFO, "Cloud ALM sends features of project {0} without modifiedAt;"
                                    + " reading watched features in full at every poll", projectId);
                        }
                        changeQueriesWork = false;
                    } else if (newest == null || modified.isAfter(newest)) {
                        newest = modified;
                    }
                }
            }
            watermark = newest;
        }
    }
}
