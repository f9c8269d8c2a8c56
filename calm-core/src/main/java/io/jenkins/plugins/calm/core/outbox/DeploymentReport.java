package io.jenkins.plugins.calm.core.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code calmReportDeployment} writes back to a feature: a URL reference to the build, an
 * external reference carrying the deployment result, and optionally a status switch.
 *
 * <p>Immutable. Identified by its {@link #idempotencyKey()}, created once per report and kept
 * across every resend.
 */
public final class DeploymentReport implements OutboxPayload {
    private final String idempotencyKey;
    private final Instant createdAt;
    private final String connection;
    private final String featureUuid;
    private final String featureDisplayId;
    private final String projectId;
    private final String system;
    private final DeploymentStatus status;
    private final List<String> transports;
    private final String url;
    private final String description;
    private final String targetStatusName;
    private final String jobName;
    private final int buildNumber;

    private DeploymentReport(Builder b) {
        this.idempotencyKey = b.idempotencyKey == null ? UUID.randomUUID().toString() : b.idempotencyKey;
        this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        this.connection = blankToNull(b.connection);
        this.featureUuid = blankToNull(b.featureUuid);
        this.featureDisplayId = blankToNull(b.featureDisplayId);
        this.projectId = blankToNull(b.projectId);
        this.system = required(b.system, "system");
        this.status = Objects.requireNonNull(b.status, "status");
        this.transports = List.copyOf(b.transports);
        this.url = blankToNull(b.url);
        this.description = blankToNull(b.description);
        this.targetStatusName = blankToNull(b.targetStatusName);
        this.jobName = required(b.jobName, "jobName");
        this.buildNumber = b.buildNumber;
        if (featureUuid == null && featureDisplayId == null) {
            throw new IllegalArgumentException("A deployment report needs the feature's UUID or display ID");
        }
        if (buildNumber < 1) {
            throw new IllegalArgumentException("buildNumber must be at least 1, was " + buildNumber);
        }
        for (String transport : transports) {
            required(transport, "transport ID");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String idempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public Instant createdAt() {
        return createdAt;
    }

    /** The Cloud ALM connection to report through; empty for the default one. */
    public Optional<String> connection() {
        return Optional.ofNullable(connection);
    }

    public Optional<String> featureUuid() {
        return Optional.ofNullable(featureUuid);
    }

    public Optional<String> featureDisplayId() {
        return Optional.ofNullable(featureDisplayId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** The system or environment deployed to, as the user names it (e.g. {@code QAS}). */
    public String system() {
        return system;
    }

    public DeploymentStatus status() {
        return status;
    }

    public List<String> transports() {
        return transports;
    }

    /** The link to put on the feature, normally the build's URL. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The status to switch the feature to after reporting (a display name, e.g. {@code Deployed}). */
    public Optional<String> targetStatusName() {
        return Optional.ofNullable(targetStatusName);
    }

    public String jobName() {
        return jobName;
    }

    public int buildNumber() {
        return buildNumber;
    }

    /** The feature as a person knows it: the display ID when known. */
    public String featureLabel() {
        return featureDisplayId != null ? featureDisplayId : featureUuid;
    }

    @Override
    public String summary() {
        return featureLabel() + " → " + system + ": " + status + " (" + jobName + " #" + buildNumber + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeploymentReport other
                && idempotencyKey.equals(other.idempotencyKey)
                && createdAt.equals(other.createdAt)
                && Objects.equals(connection, other.connection)
                && Objects.equals(featureUuid, other.featureUuid)
                && Objects.equals(featureDisplayId, other.featureDisplayId)
                && Objects.equals(projectId, other.projectId)
                && system.equals(other.system)
                && status == other.status
                && transports.equals(other.transports)
                && Objects.equals(url, other.url)
                && Objects.equals(description, other.description)
                && Objects.equals(targetStatusName, other.targetStatusName)
                && jobName.equals(other.jobName)
                && buildNumber == other.buildNumber;
    }

    @Override
    public int hashCode() {
        return idempotencyKey.hashCode();
    }

    @Override
    public String toString() {
        return "DeploymentReport[" + idempotencyKey + ": " + summary() + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String required(String value, String what) {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            throw new IllegalArgumentException("A deployment report needs a " + what);
        }
        return trimmed;
    }

    /** Builds a {@link DeploymentReport}; without an explicit key a random UUID is used. */
    public static final class Builder {
        private String idempotencyKey;
        private Instant createdAt;
        private String connection;
        private String featureUuid;
        private String featureDisplayId;
        private String projectId;
        private String system;
        private DeploymentStatus status;
        private List<String> transports = List.of();
        private String url;
        private String description;
        private String targetStatusName;
        private String jobName;
        private int buildNumber;

        private Builder() {
        }

        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder connection(String connection) {
            this.connection = connection;
            return this;
        }

        public Builder featureUuid(String featureUuid) {
            this.featureUuid = featureUuid;
            return this;
        }

        public Builder featureDisplayId(String featureDisplayId) {
            this.featureDisplayId = featureDisplayId;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder system(String system) {
            this.system = system;
            return this;
        }

        public Builder status(DeploymentStatus status) {
            this.status = status;
            return this;
        }

        public Builder transports(List<String> transports) {
            this.transports = transports == null ? List.of() : transports;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder targetStatusName(String targetStatusName) {
            this.targetStatusName = targetStatusName;
            return this;
        }

        public Builder build(String jobName, int buildNumber) {
            this.jobName = jobName;
            this.buildNumber = buildNumber;
            return this;
        }

        /** @throws IllegalArgumentException naming the missing or invalid field */
        public DeploymentReport build() {
            return new DeploymentReport(this);
        }
    }
}
