package io.jenkins.plugins.calm.core.outbox;

import java.time.Duration;
import java.util.Objects;

/** What a {@link ReportSender} reports back for one attempt. */
public sealed interface SendResult {

    /** Cloud ALM confirmed the write (or it was there already). The outbox deletes the report. */
    record Delivered(String detail) implements SendResult {
    }

    /**
     * The attempt failed in a way a later attempt may cure (network error, 5xx, 429). The outbox
     * keeps the report and tries again with backoff, not before {@code retryAfter} if given.
     */
    record RetryLater(String reason, Duration retryAfter) implements SendResult {
        public RetryLater {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Cloud ALM refused the report for good (e.g. 400: the feature does not exist, the status
     * switch is not allowed). The outbox parks it with the reason instead of retrying forever.
     */
    record Rejected(String reason) implements SendResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static SendResult delivered(String detail) {
        return new Delivered(detail);
    }

    static SendResult retryLater(String reason) {
        return new RetryLater(reason, null);
    }

    static SendResult retryLater(String reason, Duration retryAfter) {
        return new RetryLater(reason, retryAfter);
    }

    static SendResult rejected(String reason) {
        return new Rejected(reason);
    }
}
