package io.jenkins.plugins.calm.core.wait;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The status of one feature as this controller last knew it.
 *
 * <p>{@code observedAt} is a time on <em>this controller's</em> clock: for a poll, when the query
 * was sent (the answer is at least that fresh); for a webhook event, when it was received. Both
 * sources are ordered on that one clock, so a skew between Cloud ALM's clock and ours cannot make a
 * stale answer win over a newer one.
 */
public final class FeatureState implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String featureUuid;
    private final String statusCode;
    private final long observedAtMillis;

    public FeatureState(String featureUuid, String statusCode, Instant observedAt) {
        this(featureUuid, statusCode, observedAt.toEpochMilli());
    }

    FeatureState(String featureUuid, String statusCode, long observedAtMillis) {
        this.featureUuid = requireText(featureUuid, "featureUuid");
        this.statusCode = requireText(statusCode, "statusCode");
        this.observedAtMillis = observedAtMillis;
    }

    public String featureUuid() {
        return featureUuid;
    }

    /** The tenant's status code (not the display name). */
    public String statusCode() {
        return statusCode;
    }

    public Instant observedAt() {
        return Instant.ofEpochMilli(observedAtMillis);
    }

    long observedAtMillis() {
        return observedAtMillis;
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureState other
                && featureUuid.equals(other.featureUuid)
                && statusCode.equals(other.statusCode)
                && observedAtMillis == other.observedAtMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(featureUuid, statusCode, observedAtMillis);
    }

    @Override
    public String toString() {
        return featureUuid + "=" + statusCode + "@" + observedAt();
    }
}
