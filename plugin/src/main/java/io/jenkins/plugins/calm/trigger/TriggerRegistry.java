package io.jenkins.plugins.calm.trigger;

import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The configured "Cloud ALM feature status" triggers, kept in the webhook's router. Triggers
 * register when Jenkins starts them (job loaded, saved, or a Pipeline's {@code properties} step ran)
 * and leave when it stops them; each registration computes its {@link TriggerSpec} when the index
 * is rebuilt, so a renamed job or a changed connection list is picked up by {@link #refresh}.
 *
 * <p>The index is built only after {@link #replaceAll} (all jobs loaded): building it once per
 * job at start-up would cost time quadratic in the number of jobs.
 */
public final class TriggerRegistry {

    private static final Logger LOGGER = Logger.getLogger(TriggerRegistry.class.getName());

    private final TriggerRouter router;
    /* guarded by this; keyed by the trigger instance, which Jenkins replaces when a job is reconfigured */
    private final Map<Object, Supplier<TriggerSpec>> registrations = new IdentityHashMap<>();
    private boolean loaded;
    private Set<String> connections = Set.of();

    public TriggerRegistry(TriggerRouter router) {
        this.router = router;
    }

    /** @return the router the webhook routes events with */
    public TriggerRouter router() {
        return router;
    }

    /**
     * @param trigger the trigger instance
     * @param spec computes its routing entry from the job's current name and configuration; throws
     *     {@link IllegalArgumentException} (with a message naming the job) when the trigger cannot be used
     */
    public synchronized void register(Object trigger, Supplier<TriggerSpec> spec) {
        registrations.put(trigger, spec);
        reindex();
    }

    public synchronized void unregister(Object trigger) {
        if (registrations.remove(trigger) != null) {
            reindex();
        }
    }

    /** Replaces every registration, e.g. with what a scan of all jobs found once they were loaded. */
    public synchronized void replaceAll(Map<Object, Supplier<TriggerSpec>> all) {
        registrations.clear();
        registrations.putAll(all);
        loaded = true;
        reindex();
    }

    /** Computes every entry again: a job was renamed or moved. */
    public synchronized void refresh() {
        reindex();
    }

    /** Computes every entry again if the names of the configured connections changed (triggers may name none). */
    public synchronized void connectionsAre(Set<String> names) {
        if (!names.equals(connections)) {
            connections = Set.copyOf(names);
            reindex();
        }
    }

    /** @return the entries of the current index */
    public synchronized int size() {
        return router.triggerCount();
    }

    private void reindex() {
        if (!loaded) {
            return;
        }
        List<TriggerSpec> specs = new ArrayList<>(registrations.size());
        for (Supplier<TriggerSpec> spec : registrations.values()) {
            try {
                specs.add(spec.get());
            } catch (IllegalArgumentException e) {
                LOGGER.warning("A Cloud ALM trigger is not active: " + e.getMessage());
            }
        }
        router.replaceTriggers(specs);
    }
}
