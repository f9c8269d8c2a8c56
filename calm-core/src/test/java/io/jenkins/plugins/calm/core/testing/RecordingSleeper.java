package io.jenkins.plugins.calm.core.testing;

import io.jenkins.plugins.calm.core.client.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Records the waits asked for instead of sleeping. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
