package io.jenkins.plugins.calm.events;

import hudson.Extension;
import io.jenkins.plugins.calm.client.ConnectionClients;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.waits.WaitEngines;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Hands every feature change to the waiting {@code calmWaitForStatus} steps of its connection
 * ({@link WaitEngines}): their fast path. A change the engines cannot use as it is (no status, or
 * a status name whose code is not known yet) makes them poll that feature's project ahead of time;
 * a change that names the feature only by its display ID is left to their regular polling.
 */
@Extension
public final class WaitingStepsListener implements CloudAlmEventListener {

    /** Where the change goes: the wait engines' two entry points. */
    interface Waits {
        void onEvent(String connection, String featureUuid, String statusCode, String eventId, Instant receivedAt);

        void onFeatureChanged(String connection, String featureUuid);
    }

    @Override
    public void onFeatureChange(FeatureChange change) {
        WaitEngines engines = WaitEngines.get();
        deliver(change, ConnectionClients.statusLists()::codeOf, new Waits() {
            @Override
            public void onEvent(String connection, String featureUuid, String statusCode, String eventId, Instant receivedAt) {
                engines.onEvent(connection, featureUuid, statusCode, eventId, receivedAt);
            }

            @Override
            public void onFeatureChanged(String connection, String featureUuid) {
                engines.onFeatureChanged(connection, featureUuid);
            }
        });
    }

    /**
     * @param codeOfName the tenant's code of a status name on a connection, from memory
     */
    static void deliver(FeatureChange change, BiFunction<String, String, Optional<String>> codeOfName, Waits waits) {
        String uuid = change.feature().uuid();
        if (uuid == null) {
            return;
        }
        String code = change.status().code();
        if (code == null && change.status().name() != null) {
            code = codeOfName.apply(change.connection(), change.status().name()).orElse(null);
        }
        if (code == null) {
            waits.onFeatureChanged(change.connection(), uuid);
        } else {
            // Received now, on this controller's clock: the engines order events and polls by it.
            waits.onEvent(change.connection(), uuid, code, change.eventId(), null);
        }
    }
}
