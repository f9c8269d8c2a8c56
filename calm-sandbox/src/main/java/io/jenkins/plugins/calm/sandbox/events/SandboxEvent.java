package io.jenkins.plugins.calm.sandbox.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one outbound call the sandbox made or tried (a webhook event, or a call of the
 * approval workflow contract), with every delivery attempt.
 */
public record SandboxEvent(String eventId, String eventType, String resourceId, String method, String url,
    Instant createdAt, State state, List<Attempt> attempts, JsonNode payload) {

  /** Where the delivery stands. */
  public enum State {
    /** Not yet delivered; more attempts will follow. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed; the sandbox gave up. */
    FAILED,
    /** No receiver is configured (no --webhook-url); the event is only recorded. */
    NOT_SENT
  }

  /** One attempt: the HTTP status the receiver answered (0 if none) or why there was none. */
  public record Attempt(int number, Instant at, int status, String error) {}
}
