/**
 * The durable outbox behind {@code calmReportDeployment}: a Cloud ALM outage delays a report, it
 * never loses it.
 *
 * <p>Each report is a JSON file in a directory on the controller, written atomically (temporary
 * file, fsync, atomic rename), sent by a single drainer, resent with exponential backoff and jitter
 * until Cloud ALM confirms it, and deleted only then. Reports Cloud ALM rejects for good are parked
 * with the reason; unreadable files are quarantined; both stay visible to administrators through
 * {@link io.jenkins.plugins.calm.core.outbox.Outbox#status()}. Delivery is at-least-once; the
 * {@link io.jenkins.plugins.calm.core.outbox.ReportSender} makes it effectively once with each
 * report's idempotency key.
 */
package io.jenkins.plugins.calm.core.outbox;
