package io.jenkins.plugins.calm.core.wait;

import java.time.Instant;

/**
 * Status queries for a project keep failing with a transient error. The wait goes on (webhook
 * events still complete it); the step shows this so the wait is never silently stuck.
 *
 * @param projectId the project whose query failed
 * @param message what went wrong, as the adapter described it
 * @param consecutiveFailures failures in a row so far
 * @param nextAttemptAt when the engine asks again
 */
public record PollingProblem(String projectId, String message, int consecutiveFailures, Instant nextAttemptAt) {
}
