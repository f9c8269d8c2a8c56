package io.jenkins.plugins.calm.core.outbox;

/**
 * Port through which the outbox writes a report to Cloud ALM; the Cloud ALM client satisfies it
 * with a thin adapter.
 *
 * <p><b>Contract.</b> The outbox delivers at least once: after a crash, a lost response or a
 * timeout it sends the same report again, with the same {@link OutboxPayload#idempotencyKey()}.
 * {@code send} must therefore be idempotent for a key: before creating something (a URL or
 * external reference, a status switch) it checks whether an earlier attempt created it already,
 * e.g. by looking for the reference that carries the key, and then reports {@link
 * SendResult.Delivered} without creating it again.
 *
 * <p>{@code send} runs on the outbox's drainer, one report at a time, and should finish within the
 * client's HTTP timeouts. It should report failures as a {@link SendResult}; an exception counts
 * as {@link SendResult.RetryLater}. Reasons are shown to administrators: no secrets in them.
 */
@FunctionalInterface
public interface ReportSender<T extends OutboxPayload> {

    SendResult send(T report);
}
