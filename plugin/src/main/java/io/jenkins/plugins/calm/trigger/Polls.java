package io.jenkins.plugins.calm.trigger;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.Terminator;
import hudson.model.Job;
import io.jenkins.plugins.calm.client.ConnectionClients;
import io.jenkins.plugins.calm.client.FeatureSnapshots;
import io.jenkins.plugins.calm.client.StatusLists;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.FeatureQuery;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.events.FeatureEvents;
import io.jenkins.plugins.calm.persistence.StateFile;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs the polls of the polling triggers on one thread of its own, one poll per job at a time, so
 * Jenkins' cron thread never waits for Cloud ALM and a slow tenant cannot pile up polls.
 */
@Extension
public final class Polls {

    private static final Logger LOGGER = Logger.getLogger(Polls.class.getName());
    private static final int QUEUED_POLLS = 1_000;

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(QUEUED_POLLS), runnable -> {
                Thread thread = new Thread(runnable, "Cloud ALM polling trigger");
                thread.setDaemon(true);
                return thread;
            });
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    public Polls() {
        executor.allowCoreThreadTimeOut(true);
    }

    /** Stops the polling thread when Jenkins stops; a poll cut short is repeated by the next scheduled one. */
    @Terminator
    public static void stopWithJenkins() {
        get().executor.shutdownNow();
    }

    @NonNull
    static Polls get() {
        return ExtensionList.lookupSingleton(Polls.class);
    }

    /** @return whether a poll of the job is waiting or running */
    boolean isPolling(String jobFullName) {
        return pending.contains(jobFullName);
    }

    void submit(Job<?, ?> job, CloudAlmPollingTrigger trigger) {
        String name = job.getFullName();
        if (!pending.add(name)) {
            LOGGER.fine(() -> "The previous Cloud ALM poll of " + name + " has not finished; this one is skipped");
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    poll(job, trigger);
                } finally {
                    pending.remove(name);
                }
            });
        } catch (RejectedExecutionException e) {
            pending.remove(name);
            LOGGER.warning("Too many Cloud ALM polls are waiting; the poll of " + name + " is skipped this time");
        }
    }

    private static void poll(Job<?, ?> job, CloudAlmPollingTrigger trigger) {
        String name = job.getFullName();
        try {
            TriggerSpec spec = trigger.spec(name);
            CloudAlmClient client = ConnectionClients.forTriggers(spec.connection());
            PollCycle.Outcome outcome = new PollCycle(spec, new StateFile(job.getRootDir().toPath().resolve(CloudAlmPollingTrigger.STATE_FILE)),
                    features(client), statusList(ConnectionClients.statusLists(), spec.connection()), TriggerIndex.launcher(),
                    new FeatureEvents(), Clock.systemUTC()).run();
            LOGGER.info(() -> "Cloud ALM poll of " + name + " on connection '" + spec.connection() + "': "
                    + (outcome.baseline()
                            ? "first poll, learned which of " + outcome.featuresRead() + " features are in the target statuses"
                            : outcome.featuresRead() + " changed feature(s), " + outcome.movedIn() + " moved into a target status, "
                                    + outcome.started() + " build(s) started")
                    + (outcome.unresolvedStatusCodes().isEmpty() ? ""
                            : "; status codes not in the status list yet: " + outcome.unresolvedStatusCodes()));
        } catch (IllegalArgumentException | CloudAlmException | UncheckedIOException e) {
            LOGGER.warning("Cloud ALM poll of " + name + " failed: " + e.getMessage()
                    + " The next scheduled poll tries again; nothing is lost meanwhile.");
        }
    }

    private static PollCycle.Features features(CloudAlmClient client) {
        return new PollCycle.Features() {
            @Override
            public List<FeatureSnapshot> all(String projectId) {
                return client.features().listAll(FeatureQuery.builder().projectId(projectId).build()).stream()
                        .map(FeatureSnapshots::of).toList();
            }

            @Override
            public List<FeatureSnapshot> modifiedAfter(String projectId, Instant after) {
                return client.features().listModifiedAfter(projectId, after).stream().map(FeatureSnapshots::of).toList();
            }
        };
    }

    private static PollCycle.StatusList statusList(StatusLists lists, String connection) {
        return new PollCycle.StatusList() {
            @Override
            public StatusNameResolver current() {
                return lists.loaded(connection);
            }

            @Override
            public void refresh() {
                lists.refresh(connection);
            }
        };
    }
}
