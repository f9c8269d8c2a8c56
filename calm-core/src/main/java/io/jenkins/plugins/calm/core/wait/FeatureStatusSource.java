package io.jenkins.plugins.calm.core.wait;

import java.util.Map;
import java.util.Set;

/**
 * Port through which the wait engine reads feature statuses from Cloud ALM. The Cloud ALM client
 * satisfies it with a thin adapter ({@code io.jenkins.plugins.calm.core.adapters.ClientFeatureStatusSource}).
 *
 * <p>The engine calls {@link #statusesOf} from its single poll task, one call per project per poll
 * interval, never concurrently for the same engine. Implementations should be thread-safe anyway,
 * since one source may serve several engines.
 */
public interface FeatureStatusSource {

    /**
     * Reads the current status code of the given features of one project, in as few requests as
     * possible: a batched query ({@code GET /Features?projectId=…&$filter=uuid in (…)}, split when
     * the URL would get too long), or a query for what changed since the last call when the
     * implementation remembers earlier answers. It reports the number of requests beforehand
     * through {@link #requestCost}.
     *
     * @param projectId the Cloud ALM project the features belong to
     * @param featureUuids the features to read (never empty)
     * @return status code by feature UUID; a feature missing from the map was not found in the
     *     project (the engine tolerates a few misses before failing a wait, see {@link
     *     WaitEngineSettings#missingFeatureTolerance()})
     * @throws StatusQueryException when the query failed; {@link StatusQueryException#isPermanent()}
     *     tells the engine whether retrying can help. Any other runtime exception counts as
     *     transient.
     */
    Map<String, String> statusesOf(String projectId, Set<String> featureUuids);

    /**
     * How many HTTP requests {@link #statusesOf} would make now for these features of this
     * project, so that the engine can charge them to its request-rate ceiling before calling. Must
     * be cheap, must not block, and must not keep the set (the engine may change it afterwards).
     */
    default int requestCost(String projectId, Set<String> featureUuids) {
        return 1;
    }
}
