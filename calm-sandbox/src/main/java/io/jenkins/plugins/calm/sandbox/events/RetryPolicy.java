package io.jenkins.plugins.calm.sandbox.events;

import java.time.Duration;

/**
 * How often and how patiently an undelivered event is retried: exponential backoff from
 * {@code initialBackoff}, doubling up to {@code maxBackoff}, for at most {@code maxAttempts}.
 * (Cloud ALM's own policy is undocumented, reference §7.4.)
 */
public record RetryPolicy(Duration initialBackoff, Duration maxBackoff, int maxAttempts) {
  public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 10);

  public RetryPolicy {
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("Invalid retry policy: backoff " + initialBackoff + ".." + maxBackoff
          + ", attempts " + maxAttempts);
    }
  }

  /** The wait after failed attempt number {@code attempt} (1-based). */
  Duration backoffAfter(int attempt) {
    Duration backoff = initialBackoff;
    for (int i = 1; i < attempt && backoff.compareTo(maxBackoff) < 0; i++) {
      backoff = backoff.multipliedBy(2);
    }
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }
}
