package io.jenkins.plugins.calm.core.wait;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything needed to re-register a wait after a controller restart: what the Jenkins step
 * persists. Immutable and {@link Serializable}; it holds only strings, arrays and longs, so both
 * Pipeline's program serialisation and XStream store it without special handling.
 *
 * <p>Keep it current by replacing it with {@link #withObserved} on each reported status change;
 * {@link WaitEngine#resume} then starts from the last status the build log showed.
 */
public final class WaitState implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long NONE = -1;

    private final String waitId;
    private final String[] featureUuids;
    private final String[] projectIds;
    private final String[] acceptableCodes;
    private final String[] failOnCodes;
    private final long deadlineMillis;
    private final long pollIntervalMillis;
    /** Last seen status per feature (parallel to featureUuids); null when not known yet. */
    private final String[] lastSeenCodes;
    private final long[] lastSeenAtMillis;

    private WaitState(Builder b) {
        this.waitId = b.waitId;
        int n = b.features.size();
        this.featureUuids = new String[n];
        this.projectIds = new String[n];
        this.lastSeenCodes = new String[n];
        this.lastSeenAtMillis = new long[n];
        int i = 0;
        for (Map.Entry<String, String> e : b.features.entrySet()) {
            featureUuids[i] = e.getKey();
            projectIds[i] = e.getValue();
            FeatureState seen = b.lastSeen.get(e.getKey());
            lastSeenCodes[i] = seen == null ? null : seen.statusCode();
            lastSeenAtMillis[i] = seen == null ? NONE : seen.observedAtMillis();
            i++;
        }
        this.acceptableCodes = b.acceptable.toArray(String[]::new);
        this.failOnCodes = b.failOn.toArray(String[]::new);
        this.deadlineMillis = b.deadline == null ? NONE : b.deadline.toEpochMilli();
        this.pollIntervalMillis = b.pollInterval == null ? NONE : b.pollInterval.toMillis();
    }

    private WaitState(WaitState base, String[] lastSeenCodes, long[] lastSeenAtMillis) {
        this.waitId = base.waitId;
        this.featureUuids = base.featureUuids;
        this.projectIds = base.projectIds;
        this.acceptableCodes = base.acceptableCodes;
        this.failOnCodes = base.failOnCodes;
        this.deadlineMillis = base.deadlineMillis;
        this.pollIntervalMillis = base.pollIntervalMillis;
        this.lastSeenCodes = lastSeenCodes;
        this.lastSeenAtMillis = lastSeenAtMillis;
    }

    /**
     * Starts a wait description.
     *
     * @param waitId an ID unique among the engine's waits that stays the same across restarts
     *     (the step uses the flow node's run-unique ID, e.g. {@code "job/42#17"})
     */
    public static Builder builder(String waitId) {
        return new Builder(waitId);
    }

    public String waitId() {
        return waitId;
    }

    /** The features, in the order they were given. */
    public List<String> featureUuids() {
        return List.of(featureUuids);
    }

    /** The project of each feature, in feature order. */
    public Map<String, String> projectByFeature() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < featureUuids.length; i++) {
            map.put(featureUuids[i], projectIds[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    public WaitCondition condition() {
        return new WaitCondition(List.of(acceptableCodes), List.of(failOnCodes));
    }

    public Optional<Instant> deadline() {
        return deadlineMillis == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(deadlineMillis));
    }

    /** How often the user wants the features checked at least; the engine's floor still applies. */
    public Optional<Duration> pollInterval() {
        return pollIntervalMillis == NONE ? Optional.empty() : Optional.of(Duration.ofMillis(pollIntervalMillis));
    }

    /** The last known status of each feature whose status is known. */
    public Map<String, FeatureState> lastSeen() {
        Map<String, FeatureState> map = new LinkedHashMap<>();
        for (int i = 0; i < featureUuids.length; i++) {
            if (lastSeenCodes[i] != null) {
                map.put(featureUuids[i], new FeatureState(featureUuids[i], lastSeenCodes[i], lastSeenAtMillis[i]));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * A copy that remembers {@code state} as the feature's last seen status, unless this state
     * already holds a newer observation.
     *
     * @throws IllegalArgumentException when the feature is not part of this wait
     */
    public WaitState withObserved(FeatureState state) {
        int i = indexOf(state.featureUuid());
        if (i < 0) {
            throw new IllegalArgumentException("Feature " + state.featureUuid() + " is not part of wait " + waitId);
        }
        if (lastSeenCodes[i] != null && lastSeenAtMillis[i] > state.observedAtMillis()) {
            return this;
        }
        String[] codes = lastSeenCodes.clone();
        long[] at = lastSeenAtMillis.clone();
        codes[i] = state.statusCode();
        at[i] = state.observedAtMillis();
        return new WaitState(this, codes, at);
    }

    private int indexOf(String featureUuid) {
        for (int i = 0; i < featureUuids.length; i++) {
            if (featureUuids[i].equals(featureUuid)) {
                return i;
            }
        }
        return -1;
    }

    long deadlineMillisOrMax() {
        return deadlineMillis == NONE ? Long.MAX_VALUE : deadlineMillis;
    }

    long pollIntervalMillisOrMax() {
        return pollIntervalMillis == NONE ? Long.MAX_VALUE : pollIntervalMillis;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitState other
                && waitId.equals(other.waitId)
                && Arrays.equals(featureUuids, other.featureUuids)
                && Arrays.equals(projectIds, other.projectIds)
                && Arrays.equals(acceptableCodes, other.acceptableCodes)
                && Arrays.equals(failOnCodes, other.failOnCodes)
                && deadlineMillis == other.deadlineMillis
                && pollIntervalMillis == other.pollIntervalMillis
                && Arrays.equals(lastSeenCodes, other.lastSeenCodes)
                && Arrays.equals(lastSeenAtMillis, other.lastSeenAtMillis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(waitId, Arrays.hashCode(featureUuids), deadlineMillis);
    }

    @Override
    public String toString() {
        return "wait " + waitId + " for " + Arrays.toString(featureUuids) + " to reach "
                + Arrays.toString(acceptableCodes) + " (fail on " + Arrays.toString(failOnCodes) + ")"
                + deadline().map(d -> " until " + d).orElse("");
    }

    /** Builds a {@link WaitState}; every feature needs its project. */
    public static final class Builder {
        private final String waitId;
        private final Map<String, String> features = new LinkedHashMap<>();
        private final Map<String, FeatureState> lastSeen = new LinkedHashMap<>();
        private final Set<String> acceptable = new LinkedHashSet<>();
        private final Set<String> failOn = new LinkedHashSet<>();
        private Instant deadline;
        private Duration pollInterval;

        private Builder(String waitId) {
            this.waitId = FeatureState.requireText(waitId, "waitId");
        }

        public Builder feature(String featureUuid, String projectId) {
            FeatureState.requireText(featureUuid, "featureUuid");
            FeatureState.requireText(projectId, "projectId");
            String previous = features.putIfAbsent(featureUuid, projectId);
            if (previous != null && !previous.equals(projectId)) {
                throw new IllegalArgumentException("Feature " + featureUuid + " given with two projects: "
                        + previous + " and " + projectId);
            }
            return this;
        }

        /** Records what the caller already knows (e.g. from its immediate first check). */
        public Builder lastSeen(FeatureState state) {
            lastSeen.put(state.featureUuid(), state);
            return this;
        }

        public Builder acceptable(Collection<String> codes) {
            acceptable.addAll(codes);
            return this;
        }

        public Builder failOn(Collection<String> codes) {
            failOn.addAll(codes);
            return this;
        }

        public Builder deadline(Instant deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder pollInterval(Duration pollInterval) {
            if (pollInterval != null && (pollInterval.isNegative() || pollInterval.isZero())) {
                throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
            }
            this.pollInterval = pollInterval;
            return this;
        }

        /**
         * @throws IllegalArgumentException when no feature is given, a last-seen state names a
         *     feature that is not part of the wait, or the status codes are invalid (see {@link
         *     WaitCondition})
         */
        public WaitState build() {
            if (features.isEmpty()) {
                throw new IllegalArgumentException("Wait " + waitId + " needs at least one feature");
            }
            for (String uuid : lastSeen.keySet()) {
                if (!features.containsKey(uuid)) {
                    throw new IllegalArgumentException("Last seen state for " + uuid
                            + ", which is not a feature of wait " + waitId);
                }
            }
            new WaitCondition(acceptable, failOn); // validates the codes
            return new WaitState(this);
        }
    }
}
