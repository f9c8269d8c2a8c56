package io.jenkins.plugins.calm.events;

import hudson.ExtensionList;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands feature changes to every {@link CloudAlmEventListener}. */
public final class FeatureEvents implements Consumer<FeatureChange> {

    private static final Logger LOGGER = Logger.getLogger(FeatureEvents.class.getName());

    @Override
    public void accept(FeatureChange change) {
        for (CloudAlmEventListener listener : ExtensionList.lookup(CloudAlmEventListener.class)) {
            try {
                listener.onFeatureChange(change);
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "Cloud ALM event listener " + listener.getClass().getName()
                        + " failed on event " + change.eventId() + " of feature " + change.feature().label(), e);
            }
        }
    }
}
