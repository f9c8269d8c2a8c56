/**
 * The wait engine behind {@code calmWaitForStatus}: one watcher per Cloud ALM connection waits for
 * any number of features to reach a status, without a thread per wait.
 *
 * <p>Status changes reach the engine two ways. Webhook events ({@link
 * io.jenkins.plugins.calm.core.wait.WaitEngine#onEvent}) complete matching waits at once; polling
 * through the {@link io.jenkins.plugins.calm.core.wait.FeatureStatusSource} port is the safety net,
 * one batched query per project per interval, with adaptive backoff and a request-rate ceiling. A
 * lost webhook therefore delays a wait by at most one poll interval; it never hangs it.
 *
 * <p>The package knows nothing about Jenkins or HTTP: the Jenkins step persists a {@link
 * io.jenkins.plugins.calm.core.wait.WaitState} and passes Jenkins' shared timer in as the
 * scheduler; the Cloud ALM client satisfies the port through a thin adapter.
 */
package io.jenkins.plugins.calm.core.wait;
