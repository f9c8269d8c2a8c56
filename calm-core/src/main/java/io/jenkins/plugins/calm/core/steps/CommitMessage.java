package io.jenkins.plugins.calm.core.steps;

import java.util.Objects;

/**
 * One commit of the build's change sets, as far as feature resolution needs it.
 *
 * @param commitId the commit ID (shortened in messages)
 * @param message the full commit message
 */
public record CommitMessage(String commitId, String message) {
    public CommitMessage {
        Objects.requireNonNull(commitId, "commitId");
        message = message == null ? "" : message;
    }

    String shortId() {
        return commitId.length() > 12 ? commitId.substring(0, 12) : commitId;
    }
}
