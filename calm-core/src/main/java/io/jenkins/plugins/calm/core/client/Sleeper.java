package io.jenkins.plugins.calm.core.client;

import java.time.Duration;

/** Waits between retries. Injected so that tests assert the waits without really sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps with {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
