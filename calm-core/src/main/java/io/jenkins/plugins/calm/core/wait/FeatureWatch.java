package io.jenkins.plugins.calm.core.wait;

import java.util.Arrays;

/**
 * What the engine knows about one watched feature, shared by every wait on it. Guarded by the
 * engine's lock.
 */
final class FeatureWatch {
    private static final ActiveWait[] NO_WAITS = new ActiveWait[0];

    final String uuid;
    final ProjectWatch project;
    /** Last known status code, {@code null} while unknown. */
    String code;
    long observedAtMillis = Long.MIN_VALUE;
    boolean lastFromEvent;
    /** Successful queries in a row that did not return this feature. */
    int misses;
    /** Copy-on-write: usually one wait, rarely a few. */
    ActiveWait[] waits = NO_WAITS;

    FeatureWatch(String uuid, ProjectWatch project) {
        this.uuid = uuid;
        this.project = project;
    }

    void attach(ActiveWait wait) {
        ActiveWait[] grown = Arrays.copyOf(waits, waits.length + 1);
        grown[waits.length] = wait;
        waits = grown;
    }

    void detach(ActiveWait wait) {
        for (int i = 0; i < waits.length; i++) {
            if (waits[i] == wait) {
                ActiveWait[] shrunk = new ActiveWait[waits.length - 1];
                System.arraycopy(waits, 0, shrunk, 0, i);
                System.arraycopy(waits, i + 1, shrunk, i, waits.length - i - 1);
                waits = shrunk.length == 0 ? NO_WAITS : shrunk;
                return;
            }
        }
    }

    FeatureState state() {
        return code == null ? null : new FeatureState(uuid, code, observedAtMillis);
    }
}
