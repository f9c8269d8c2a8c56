/**
 * Adapters that connect the Jenkins-free engines to Cloud ALM through the client: the wait
 * engine's {@link io.jenkins.plugins.calm.core.wait.FeatureStatusSource} and the outbox's {@link
 * io.jenkins.plugins.calm.core.outbox.ReportSender} for deployment reports.
 *
 * <p>The engines ({@code core.wait}, {@code core.outbox}) know nothing about HTTP, and the client
 * ({@code core.client}) nothing about waits or outboxes; only this package knows both. It is also
 * where client failures become the engines' vocabulary: retry later, or give up with a reason.
 */
package io.jenkins.plugins.calm.core.adapters;
