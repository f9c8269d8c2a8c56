package io.jenkins.plugins.calm.core.wait;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers listener calls one at a time in the order they were queued, outside the engine's lock.
 * The engine queues while holding its lock (which fixes the order) and delivers after releasing it;
 * whichever thread finds the queue free delivers everything queued, including calls other threads
 * queued meanwhile. A listener that calls back into the engine just queues more calls, which the
 * running delivery picks up: no deadlock, no reordering.
 */
final class SerialNotifier {
    private static final Logger LOGGER = Logger.getLogger(SerialNotifier.class.getName());

    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean delivering = new AtomicBoolean();

    void enqueue(Runnable call) {
        queue.add(call);
    }

    void deliver() {
        while (!queue.isEmpty()) {
            if (!delivering.compareAndSet(false, true)) {
                return; // the delivering thread will see our calls after its current one
            }
            try {
                Runnable call;
                while ((call = queue.poll()) != null) {
                    try {
                        call.run();
                    } catch (RuntimeException e) {
                        LOGGER.log(Level.WARNING, "A wait listener failed; the wait engine goes on", e);
                    }
                }
            } finally {
                delivering.set(false);
            }
        }
    }
}
