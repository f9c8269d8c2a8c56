package io.jenkins.plugins.calm.core.outbox;

import java.time.Instant;

/** What an {@link Outbox} can carry: anything with a stable identity and a one-line summary. */
public interface OutboxPayload {

    /**
     * Identifies this write across resends, restarts and crashes; the {@link ReportSender} uses it
     * to avoid creating the same thing twice. Letters, digits, {@code . _ -}, at most 128
     * characters (it also names the report's file).
     */
    String idempotencyKey();

    /** When the report was created, for "stuck since" displays. */
    Instant createdAt();

    /** One line for administrators, e.g. {@code "6-123 → QAS: FAILURE (deploy-app #42)"}. */
    String summary();
}
