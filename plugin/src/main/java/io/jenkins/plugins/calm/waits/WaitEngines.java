package io.jenkins.plugins.calm.waits;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.Terminator;
import io.jenkins.plugins.calm.client.BackgroundScheduler;
import io.jenkins.plugins.calm.core.wait.WaitEngine;
import io.jenkins.plugins.calm.core.wait.WaitEngineSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One calm-core {@link WaitEngine} per configured Cloud ALM connection, created on first use and running on
 * the plugin's {@link BackgroundScheduler}: all {@code calmWaitForStatus} steps of a connection share its one
 * batched poller, and no step holds a thread or an executor while it waits.
 *
 * <p><b>Webhook entry point.</b> Whoever learns of a feature's status change (the webhook endpoint) calls
 * {@link #onEvent}, or {@link #onFeatureChanged} when the event lacks the new status: waiting steps of that
 * connection finish at once, and an event that arrives shortly before a wait starts is remembered for it.
 */
@Extension
public final class WaitEngines {

    private final Map<String, WaitEngine> engines = new ConcurrentHashMap<>();

    @NonNull
    public static WaitEngines get() {
        return ExtensionList.lookupSingleton(WaitEngines.class);
    }

    /**
     * The engine of a connection.
     *
     * @param connectionName the connection's configured name
     */
    @NonNull
    public WaitEngine engine(String connectionName) {
        return engines.computeIfAbsent(connectionName, name -> new WaitEngine(name, new ConnectionStatusSource(name),
                BackgroundScheduler.get(), Clock.systemUTC(), WaitEngineSettings.defaults()));
    }

    /**
     * A feature's new status, from a webhook event.
     *
     * @param connectionName the connection the event came through
     * @param featureUuid the feature's UUID
     * @param statusCode the tenant's status code (not the display name)
     * @param eventId the event's ID, so that a repeated delivery is ignored; {@code null} if it has none
     * @param receivedAt when this controller received it; {@code null} for now
     */
    public void onEvent(String connectionName, String featureUuid, String statusCode, @CheckForNull String eventId,
                        @CheckForNull Instant receivedAt) {
        engine(connectionName).onEvent(featureUuid, statusCode, eventId, receivedAt);
    }

    /** A feature changed but the event did not say to which status: its project is polled ahead of time. */
    public void onFeatureChanged(String connectionName, String featureUuid) {
        engine(connectionName).onFeatureChanged(featureUuid);
    }

    /**
     * Stops polling on shutdown. Waiting steps keep their state in their builds and resume with fresh engines
     * when Jenkins starts again.
     */
    @Terminator
    public static void stopWithJenkins() {
        WaitEngines engines = get();
        List<WaitEngine> running = new ArrayList<>(engines.engines.values());
        engines.engines.clear();
        running.forEach(WaitEngine::close);
    }
}
