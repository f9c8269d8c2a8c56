package io.jenkins.plugins.calm.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose tasks run only when the test moves time on: {@link #advance} steps a {@link
 * ManualClock} from task to task and runs each on the calling thread, so a task (an engine's poll,
 * an outbox's delivery attempt) happens exactly when the test moves time past it, and never in
 * between. Tracks how many tasks are pending so tests can check the "one scheduled task per engine"
 * promise.
 *
 * <p>Thread-safe: other threads (webhook deliveries from a sandbox) may schedule tasks while the
 * test moves time.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final ManualClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private long sequence;
    private int scheduledTotal;

    public ManualScheduler(ManualClock clock) {
        this.clock = clock;
    }

    /** Runs every task due now (and tasks they schedule that are due now too). */
    public void runDue() {
        advanceTo(clock.instant());
    }

    /** Moves time forward by {@code duration}, running each task at its due time. */
    public void advance(Duration duration) {
        advanceTo(clock.instant().plus(duration));
    }

    /** Moves time forward to {@code target} (never back), running each task at its due time. */
    public void advanceTo(Instant target) {
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream()
                        .filter(t -> !t.cancelled && t.dueMillis <= target.toEpochMilli())
                        .min(Comparator.comparingLong((Task t) -> t.dueMillis).thenComparingLong(t -> t.seq))
                        .orElse(null);
                if (next == null) {
                    if (target.isAfter(clock.instant())) {
                        clock.set(target);
                    }
                    return;
                }
                tasks.remove(next);
                if (next.dueMillis > clock.millis()) {
                    clock.set(Instant.ofEpochMilli(next.dueMillis));
                }
            }
            next.done = true;
            next.runnable.run();
        }
    }

    /** Tasks scheduled and neither run nor cancelled. */
    public synchronized int pendingCount() {
        tasks.removeIf(t -> t.cancelled);
        return tasks.size();
    }

    /** When the next pending task is due. */
    public synchronized Optional<Instant> nextDue() {
        return tasks.stream().filter(t -> !t.cancelled).map(t -> Instant.ofEpochMilli(t.dueMillis)).min(Instant::compareTo);
    }

    public synchronized int scheduledTotal() {
        return scheduledTotal;
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Task task = new Task(command, clock.millis() + unit.toMillis(Math.max(0, delay)), sequence++);
        tasks.add(task);
        scheduledTotal++;
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("the code under test schedules no callables");
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("the code under test must not hold periodic tasks");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("the code under test must not hold periodic tasks");
    }

    @Override
    public void shutdown() {
        throw new UnsupportedOperationException("the shared scheduler is not the engine's to shut down");
    }

    @Override
    public List<Runnable> shutdownNow() {
        throw new UnsupportedOperationException("the shared scheduler is not the engine's to shut down");
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return false;
    }

    private final class Task implements ScheduledFuture<Object> {
        final Runnable runnable;
        final long dueMillis;
        final long seq;
        volatile boolean cancelled;
        volatile boolean done;

        Task(Runnable runnable, long dueMillis, long seq) {
            this.runnable = runnable;
            this.dueMillis = dueMillis;
            this.seq = seq;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueMillis - clock.millis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), o.getDelay(TimeUnit.MILLISECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (done) {
                return false;
            }
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("the code under test does not wait for its tasks");
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException("the code under test does not wait for its tasks");
        }
    }
}
