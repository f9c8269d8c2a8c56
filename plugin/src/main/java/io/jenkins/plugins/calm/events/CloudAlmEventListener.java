package io.jenkins.plugins.calm.events;

import hudson.ExtensionPoint;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;

/**
 * Hears every feature change this Jenkins learns about: each webhook delivery that is not a
 * duplicate (once more after the feature was read, when the payload lacked the status), and each
 * change the polling trigger sees. The waiting {@code calmWaitForStatus} steps listen here for
 * their fast path.
 *
 * <p>Called on a plugin worker thread, never on the webhook's request thread; implementations
 * must return quickly and must not throw (a failure is logged and the next listener still hears
 * the event).
 */
public interface CloudAlmEventListener extends ExtensionPoint {

    /**
     * @param change the change; its status may be known by code, by display name or both (resolve
     *     a name to the tenant's code with the connection's status list), and its {@code
     *     feature().uuid()} may be missing when the payload named only the display ID
     */
    void onFeatureChange(FeatureChange change);
}
