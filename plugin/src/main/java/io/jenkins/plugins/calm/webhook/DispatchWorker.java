package io.jenkins.plugins.calm.webhook;

import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.webhook.Dispatch;
import io.jenkins.plugins.calm.core.webhook.FollowUp;
import io.jenkins.plugins.calm.core.webhook.WebhookHandler;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.trigger.BuildLauncher;
import io.jenkins.plugins.calm.trigger.BuildNotScheduledException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Does what a delivery asks for after its answer was sent. Two lanes, one thread each, with bounded
 * queues: Jenkins work (start builds, tell the waiting steps, abort) and Cloud ALM reads (a feature
 * or the status list, when the payload lacked a fact), so a slow tenant never delays builds that
 * are already decided. A read ends in a follow-up decision whose work goes back to the Jenkins lane.
 */
public final class DispatchWorker {

    /** Work items waiting per lane before the endpoint answers "busy". */
    static final int QUEUE_CAPACITY = 10_000;

    private static final Logger LOGGER = Logger.getLogger(DispatchWorker.class.getName());

    private final WebhookHandler handler;
    private final BuildLauncher launcher;
    private final FeatureReader reader;
    private final Consumer<FeatureChange> listeners;
    private final Runnable afterWork;
    private final Executor jenkinsLane;
    private final Executor cloudAlmLane;

    /**
     * @param handler decides again after a read
     * @param launcher starts and aborts builds
     * @param reader reads from Cloud ALM
     * @param listeners hear every feature change (the waiting steps)
     * @param afterWork runs after each batch of work (saves the approval workflows if they changed)
     * @param jenkinsLane runs Jenkins work, one item at a time
     * @param cloudAlmLane runs Cloud ALM reads
     */
    DispatchWorker(WebhookHandler handler, BuildLauncher launcher, FeatureReader reader, Consumer<FeatureChange> listeners,
                   Runnable afterWork, Executor jenkinsLane, Executor cloudAlmLane) {
        this.handler = handler;
        this.launcher = launcher;
        this.reader = reader;
        this.listeners = listeners;
        this.afterWork = afterWork;
        this.jenkinsLane = jenkinsLane;
        this.cloudAlmLane = cloudAlmLane;
    }

    /** A worker with its own two bounded single-thread lanes, whose threads end when idle. */
    public static DispatchWorker withOwnThreads(WebhookHandler handler, BuildLauncher launcher, FeatureReader reader,
                                                Consumer<FeatureChange> listeners, Runnable afterWork) {
        return new DispatchWorker(handler, launcher, reader, listeners, afterWork,
                lane("Cloud ALM webhook: start builds"), lane("Cloud ALM webhook: read from Cloud ALM"));
    }

    private static ThreadPoolExecutor lane(String name) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), runnable -> {
                    Thread thread = new Thread(runnable, name);
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    /**
     * Stops the lanes when Jenkins stops: the item running is interrupted, queued work is dropped and counted
     * in the log (its deliveries were answered already; Cloud ALM does not send them again).
     *
     * @return how many queued work items were dropped
     */
    int shutdown() {
        int dropped = 0;
        for (Executor lane : List.of(jenkinsLane, cloudAlmLane)) {
            if (lane instanceof ThreadPoolExecutor pool) {
                dropped += pool.shutdownNow().size();
            }
        }
        return dropped;
    }

    /** @return whether both lanes can take more work; when not, the endpoint answers "busy" without looking */
    public boolean hasRoom() {
        return hasRoom(jenkinsLane) && hasRoom(cloudAlmLane);
    }

    private static boolean hasRoom(Executor lane) {
        return !(lane instanceof ThreadPoolExecutor pool) || pool.getQueue().remainingCapacity() > 0;
    }

    /** Queues the work of one delivery. */
    public void submit(String deliveryId, List<Dispatch> dispatches) {
        if (dispatches.isEmpty()) {
            return;
        }
        try {
            jenkinsLane.execute(() -> run(deliveryId, dispatches));
        } catch (RejectedExecutionException e) {
            LOGGER.severe("Cloud ALM webhook delivery " + deliveryId + ": the work queue is full, so this work was"
                    + " dropped: " + dispatches);
        }
    }

    private void run(String deliveryId, List<Dispatch> dispatches) {
        try {
            for (Dispatch dispatch : dispatches) {
                try {
                    execute(deliveryId, dispatch);
                } catch (RuntimeException e) {
                    LOGGER.log(Level.WARNING, "Cloud ALM webhook delivery " + deliveryId + ": " + dispatch.getClass().getSimpleName()
                            + " failed", e);
                }
            }
        } finally {
            afterWork.run();
        }
    }

    private void execute(String deliveryId, Dispatch dispatch) {
        if (dispatch instanceof Dispatch.NotifyWaiters notify) {
            listeners.accept(notify.change());
        } else if (dispatch instanceof Dispatch.StartBuilds start) {
            for (TriggerSpec trigger : start.triggers()) {
                try {
                    String handle = launcher.schedule(trigger, start.request());
                    LOGGER.fine(() -> "Cloud ALM webhook delivery " + deliveryId + ": scheduled " + handle);
                } catch (BuildNotScheduledException e) {
                    LOGGER.warning("Cloud ALM webhook delivery " + deliveryId + ": " + e.getMessage());
                }
            }
        } else if (dispatch instanceof Dispatch.StartApprovalBuilds approval) {
            startApprovalBuilds(deliveryId, approval);
        } else if (dispatch instanceof Dispatch.AbortApprovalBuilds abort) {
            abort.buildHandles().forEach(launcher::abort);
        } else if (dispatch instanceof Dispatch.RouteLater later) {
            read(deliveryId, () -> routeLater(later));
        } else if (dispatch instanceof Dispatch.RouteApprovalLater later) {
            read(deliveryId, () -> routeApprovalLater(later));
        }
    }

    private void startApprovalBuilds(String deliveryId, Dispatch.StartApprovalBuilds approval) {
        for (TriggerSpec trigger : approval.triggers()) {
            try {
                String handle = launcher.schedule(trigger, approval.request());
                if (!handler.workflows().buildScheduled(approval.workflowId(), trigger.id(), handle)) {
                    // Cancelled or decided while the build was being scheduled: it has nothing left to decide.
                    launcher.abort(handle);
                }
            } catch (BuildNotScheduledException e) {
                handler.workflows().buildNotScheduled(approval.workflowId(), trigger.id(), e.getMessage());
                LOGGER.warning("Cloud ALM webhook delivery " + deliveryId + ", approval workflow " + approval.workflowId()
                        + ": " + e.getMessage() + " The status switch is rejected.");
            }
        }
    }

    private FollowUp routeLater(Dispatch.RouteLater later) {
        FeatureChange change = later.change();
        if (later.need() == Dispatch.Need.FEATURE) {
            FeatureSnapshot fetched = reader.read(change.connection(), change.feature());
            return handler.reroute(change, fetched, reader.statusNames(change.connection()));
        }
        return handler.reroute(change, null, reader.refreshStatusNames(change.connection()));
    }

    private FollowUp routeApprovalLater(Dispatch.RouteApprovalLater later) {
        String connection = handler.workflows().find(later.workflowId()).map(w -> w.connection()).orElse(null);
        if (connection == null) {
            return handler.rerouteApproval(later.workflowId(), later.start(), null, StatusNameResolver.NONE);
        }
        if (later.need() == Dispatch.Need.FEATURE) {
            FeatureSnapshot fetched = reader.read(connection, later.start().feature());
            return handler.rerouteApproval(later.workflowId(), later.start(), fetched, reader.statusNames(connection));
        }
        return handler.rerouteApproval(later.workflowId(), later.start(), null, reader.refreshStatusNames(connection));
    }

    /** Reads from Cloud ALM on its lane, then logs the follow-up decision and queues its work. */
    private void read(String deliveryId, Supplier<FollowUp> decision) {
        try {
            cloudAlmLane.execute(() -> {
                FollowUp followUp;
                try {
                    followUp = decision.get();
                } catch (CloudAlmException e) {
                    LOGGER.warning("Cloud ALM webhook delivery " + deliveryId + ": reading from Cloud ALM failed, so nothing"
                            + " was started for it: " + e.getMessage());
                    return;
                } catch (RuntimeException e) {
                    LOGGER.log(Level.WARNING, "Cloud ALM webhook delivery " + deliveryId + ": deciding after reading from"
                            + " Cloud ALM failed, so nothing was started for it", e);
                    return;
                }
                LOGGER.info("Cloud ALM webhook delivery " + deliveryId + ", after reading from Cloud ALM: "
                        + followUp.outcome().explanation() + (followUp.detail() == null ? "" : " (" + followUp.detail() + ")"));
                submit(deliveryId, followUp.dispatches());
            });
        } catch (RejectedExecutionException e) {
            LOGGER.severe("Cloud ALM webhook delivery " + deliveryId + ": too many reads from Cloud ALM are waiting, so"
                    + " this delivery was dropped");
        }
    }
}
