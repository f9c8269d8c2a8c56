package io.jenkins.plugins.calm.core.outbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The result of a deployment as reported to Cloud ALM. */
public enum DeploymentStatus {
    SUCCESS,
    /** Deployed, but tests or checks after the deployment found problems. */
    UNSTABLE,
    FAILURE,
    ABORTED;

    /**
     * Reads a user's value, in any case ({@code 'success'}, {@code 'FAILURE'}).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static DeploymentStatus parse(String value) {
        String normalized = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (DeploymentStatus status : values()) {
            if (status.name().equals(normalized)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown deployment status '" + value + "'; use one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
