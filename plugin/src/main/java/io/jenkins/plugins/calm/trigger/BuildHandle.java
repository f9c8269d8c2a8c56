package io.jenkins.plugins.calm.trigger;

import java.util.Objects;
import java.util.Optional;

/**
 * Names a scheduled build across its life: the job's full name and the queue item's ID, which
 * Jenkins keeps on the build once it runs ({@code Run.getQueueId()}), also across restarts.
 * Written {@code <job full name>#<queue id>}; job names cannot contain {@code #}.
 *
 * @param job the job's full name
 * @param queueId the queue item's ID
 */
public record BuildHandle(String job, long queueId) {

    public BuildHandle {
        Objects.requireNonNull(job, "job");
    }

    /** @return the handle written by {@link #toString()}, or empty for anything else */
    public static Optional<BuildHandle> parse(String text) {
        int hash = text == null ? -1 : text.lastIndexOf('#');
        if (hash <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BuildHandle(text.substring(0, hash), Long.parseLong(text.substring(hash + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return job + "#" + queueId;
    }
}
