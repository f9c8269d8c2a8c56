package io.jenkins.plugins.calm.client;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.Terminator;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads on which the controller's background work talks to Cloud ALM: the polls of the {@code
 * calmWaitForStatus} wait engines and the sends of the deployment report outbox.
 *
 * <p>Not Jenkins' shared {@code jenkins.util.Timer}: these tasks block in HTTP calls for up to a connection's
 * read timeout (at most ten minutes) per request, and a slow or unreachable tenant must not hold the few
 * threads the rest of Jenkins runs its periodic work on. Each wait engine (one per connection) and the outbox
 * run one task at a time, so {@value #THREADS} threads are enough; a slow connection can delay another
 * connection's polls, never Jenkins. The queue holds at most one scheduled task per engine and one for the
 * outbox. The threads run as the system, like the timer's.
 *
 * <p>Stopped when Jenkins stops: tasks scheduled for later are dropped (waits resume from their saved state,
 * undelivered reports stay on disk), a task that is running finishes.
 */
@Extension
public final class BackgroundScheduler {

    static final int THREADS = 2;

    private ScheduledThreadPoolExecutor executor;

    /** The scheduler, started on first use. */
    @NonNull
    public static ScheduledExecutorService get() {
        return ExtensionList.lookupSingleton(BackgroundScheduler.class).executor();
    }

    private synchronized ScheduledExecutorService executor() {
        if (executor == null) {
            executor = create();
        }
        return executor;
    }

    static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor created = new ScheduledThreadPoolExecutor(THREADS, threads());
        created.setRemoveOnCancelPolicy(true); // the engines cancel and reschedule their next poll often
        created.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        created.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return created;
    }

    private static ThreadFactory threads() {
        AtomicInteger number = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(() -> {
                try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
                    work.run();
                }
            }, "SAP Cloud ALM background calls #" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(BackgroundScheduler.class.getClassLoader());
            return thread;
        };
    }

    @Terminator
    public static void stopWithJenkins() {
        BackgroundScheduler scheduler = ExtensionList.lookupSingleton(BackgroundScheduler.class);
        synchronized (scheduler) {
            if (scheduler.executor != null) {
                scheduler.executor.shutdown();
            }
        }
    }
}
