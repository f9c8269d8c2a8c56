package io.jenkins.plugins.calm.core.wait;

import io.jenkins.plugins.calm.core.CloudAlmException;
import java.time.Duration;
import java.util.Optional;

/**
 * A status query through {@link FeatureStatusSource} failed. The adapter classifies the failure:
 *
 * <ul>
 *   <li><b>transient</b> (network error, 5xx, 429 throttling): the engine keeps the waits and
 *       polls again later, backing off, and tells the waits about the problem once;
 *   <li><b>permanent</b> (bad credentials, missing scope, unknown project — anything a retry
 *       cannot fix): the engine ends the waits of that project with {@link WaitOutcome#ERROR}, so
 *       a build never hangs on a query that can never succeed.
 * </ul>
 *
 * The message is shown to users in the build log: say what failed and what to do, never include
 * a secret.
 */
public class StatusQueryException extends CloudAlmException {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;
    private final transient Duration retryAfter;

    protected StatusQueryException(String message, Throwable cause, boolean permanent, Duration retryAfter) {
        super(message, cause);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    /** A failure a later retry may cure. */
    public static StatusQueryException transientFailure(String message, Throwable cause) {
        return new StatusQueryException(message, cause, false, null);
    }

    /** Throttled by Cloud ALM (429/503); {@code retryAfter} is the server's Retry-After, if any. */
    public static StatusQueryException throttled(String message, Duration retryAfter) {
        return new StatusQueryException(message, null, false, retryAfter);
    }

    /** A failure no retry can cure. */
    public static StatusQueryException permanentFailure(String message, Throwable cause) {
        return new StatusQueryException(message, cause, true, null);
    }

    public boolean isPermanent() {
        return permanent;
    }

    @Override
    public boolean isTransient() {
        return !permanent;
    }

    /** The earliest time to ask again the server asked for, if it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
