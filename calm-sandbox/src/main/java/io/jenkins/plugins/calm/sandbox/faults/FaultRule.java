package io.jenkins.plugins.calm.sandbox.faults;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/** One parsed rule of a fault SPEC: what to do, to which requests (or events), how often. */
final class FaultRule {
  /** The kinds of a SPEC, by their SPEC names. */
  enum Kind {
    LATENCY("latency"),
    TOO_MANY_REQUESTS("429"),
    SERVICE_UNAVAILABLE("503"),
    DROP("drop"),
    TOKEN_EXPIRY("token-expiry"),
    WEBHOOK_FAIL("webhook-fail");

    final String specName;

    Kind(String specName) {
      this.specName = specName;
    }
  }

  final Kind kind;
  final Duration latency;
  final int retryAfterSeconds;
  final String method;
  final Pattern path;
  final Pattern event;
  final double rate;
  private final AtomicLong remaining;
  private final String text;

  FaultRule(Kind kind, Duration latency, int retryAfterSeconds, String method, Pattern path, Pattern event, double rate,
      long count, String text) {
    this.kind = kind;
    this.latency = latency;
    this.retryAfterSeconds = retryAfterSeconds;
    this.method = method;
    this.path = path;
    this.event = event;
    this.rate = rate;
    this.remaining = new AtomicLong(count);
    this.text = text;
  }

  boolean matchesRequest(String requestMethod, String requestPath) {
    return kind != Kind.WEBHOOK_FAIL
        && (method == null || method.equalsIgnoreCase(requestMethod))
        && path.matcher(requestPath).matches();
  }

  boolean matchesEvent(String eventType) {
    return kind == Kind.WEBHOOK_FAIL && event.matcher(eventType).matches();
  }

  /** Takes one use of a rule limited by {@code count}; false once it is used up. */
  boolean take() {
    while (true) {
      long left = remaining.get();
      if (left == 0) {
        return false;
      }
      if (left < 0 || remaining.compareAndSet(left, left - 1)) {
        return true;
      }
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
