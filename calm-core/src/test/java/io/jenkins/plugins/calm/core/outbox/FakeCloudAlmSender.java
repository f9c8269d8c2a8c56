package io.jenkins.plugins.calm.core.outbox;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cloud ALM behind a {@link ReportSender} that honours the port's contract: before creating the
 * reference for a report it looks for one carrying the report's idempotency key. Each attempt
 * follows the next scripted behaviour (default: works).
 */
final class FakeCloudAlmSender implements ReportSender<DeploymentReport> {
    enum Behaviour { WORKS, DOWN, THROTTLED, LOST_RESPONSE, REJECTS, THROWS }

    private final Clock clock;
    private final Deque<Behaviour> script = new ArrayDeque<>();
    /** Reference per idempotency key, as Cloud ALM holds them. */
    final Map<String, Integer> referencesCreated = new LinkedHashMap<>();
    final List<String> attemptedKeys = new ArrayList<>();
    final List<Instant> attemptTimes = new ArrayList<>();

    FakeCloudAlmSender(Clock clock) {
        this.clock = clock;
    }

    synchronized FakeCloudAlmSender then(Behaviour... behaviours) {
        script.addAll(List.of(behaviours));
        return this;
    }

    @Override
    public synchronized SendResult send(DeploymentReport report) {
        attemptedKeys.add(report.idempotencyKey());
        attemptTimes.add(clock.instant());
        Behaviour behaviour = script.isEmpty() ? Behaviour.WORKS : script.poll();
        switch (behaviour) {
            case DOWN:
                return SendResult.retryLater("Cloud ALM answered 503 Service Unavailable");
            case THROTTLED:
                return SendResult.retryLater("Cloud ALM answered 429 Too Many Requests", Duration.ofMinutes(10));
            case REJECTS:
                return SendResult.rejected("Cloud ALM answered 400: feature 6-999 does not exist");
            case THROWS:
                throw new IllegalStateException("client bug");
            case LOST_RESPONSE:
                createUnlessPresent(report);
                throw new UncheckedIOException(new SocketTimeoutException("read timed out"));
            default:
                boolean created = createUnlessPresent(report);
                return SendResult.delivered(created ? "reference created" : "reference existed already");
        }
    }

    private boolean createUnlessPresent(DeploymentReport report) {
        if (referencesCreated.containsKey(report.idempotencyKey())) {
            return false;
        }
        referencesCreated.put(report.idempotencyKey(), 1);
        return true;
    }

    synchronized int attempts() {
        return attemptedKeys.size();
    }
}
