package io.jenkins.plugins.calm.sandbox.http;

import java.time.Duration;

/** What the fault injector decided for one request: a delay, then maybe a failure. */
public record Fault(Duration latency, Kind kind, int retryAfterSeconds) {
  public static final Fault NONE = new Fault(Duration.ZERO, Kind.NONE, 0);

  /** The failure, if any, that replaces the real answer. */
  public enum Kind {
    NONE,
    /** 429 Too Many Requests with Retry-After. */
    TOO_MANY_REQUESTS,
    /** 503 Service Unavailable (Retry-After when a value is given). */
    SERVICE_UNAVAILABLE,
    /** The connection is closed without any response. */
    DROP_CONNECTION,
    /** The caller's token is expired before its time: this and later uses get 401. */
    EXPIRE_TOKEN
  }
}
