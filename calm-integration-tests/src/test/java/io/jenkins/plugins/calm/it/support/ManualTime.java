package io.jenkins.plugins.calm.it.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time that moves only when the test says so: a {@link Clock} and the {@link
 * ScheduledExecutorService} the engines run their single task on. {@link #advance} steps from task
 * to task and runs each on the calling thread, so an engine's poll (a real HTTP call to the
 * sandbox) happens exactly when the test moves time past it, and never in between.
 *
 * <p>Thread-safe: webhook deliveries schedule tasks from the sandbox's threads.
 */
public final class ManualTime extends AbstractExecutorService implements ScheduledExecutorService {
    private final List<Task> tasks = new ArrayList<>();
    private volatile long nowMillis;
    private long sequence;

    public ManualTime(Instant start) {
        this.nowMillis = start.toEpochMilli();
    }

    /** The clock to give the engines. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(nowMillis);
            }

            @Override
            public long millis() {
                return nowMillis;
            }
        };
    }

    public Instant now() {
        return Instant.ofEpochMilli(nowMillis);
    }

    /** Runs the tasks due now. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves time forward by {@code duration}, running every task at its due time on this thread. */
    public void advance(Duration duration) {
        long target = nowMillis + duration.toMillis();
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream().filter(t -> !t.cancelled && t.dueMillis <= target)
                        .min(Comparator.comparingLong((Task t) -> t.dueMillis).thenComparingLong(t -> t.sequence))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                tasks.remove(next);
                nowMillis = Math.max(nowMillis, next.dueMillis);
            }
            next.done = true;
            next.command.run();
        }
        synchronized (this) {
            nowMillis = Math.max(nowMillis, target);
        }
    }

    /** Tasks waiting to run. */
    public synchronized int pending() {
        tasks.removeIf(t -> t.cancelled);
        return tasks.size();
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Task task = new Task(command, nowMillis + unit.toMillis(Math.max(0, delay)), sequence++);
        tasks.add(task);
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not used by the engines");
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException("the engines hold no periodic task");
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("the engines hold no periodic task");
    }

    @Override
    public void shutdown() {
        throw new UnsupportedOperationException("a shared scheduler is not the engine's to shut down");
    }

    @Override
    public List<Runnable> shutdownNow() {
        throw new UnsupportedOperationException("a shared scheduler is not the engine's to shut down");
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
        final Runnable command;
        final long dueMillis;
        final long sequence;
        volatile boolean cancelled;
        volatile boolean done;

        Task(Runnable command, long dueMillis, long sequence) {
            this.command = command;
            this.dueMillis = dueMillis;
            this.sequence = sequence;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueMillis - nowMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
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
            throw new UnsupportedOperationException("not used by the engines");
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException("not used by the engines");
        }
    }
}
