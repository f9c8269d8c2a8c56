package io.jenkins.plugins.calm.core.wait;

import java.util.Map;
import java.util.Set;

/**
 * Port through which the wait engine reads feature statuses from Cloud ALM. The Cloud ALM client
 * satisfies it with a thin adapter.
 *
 * <p>The engine calls {@link #statusesOf} from its single poll task, one call per project per poll
 * interval, never concurrently for the same engine. Implementations should be thread-safe anyway,
 * since one source may serve several engines.
 */
public interface FeatureStatusSource {

    /**
     * Reads the current status code of the given features of one project, as one batched query
     * ({@code GET /Features?projectId=…&$filter=uuid in (…)&$select=uuid,statusCode}). When the
     * filter would make the URL too long, the implementation splits it into several requests and
     * reports how many through {@link #requestCost(int)}.
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
     * How many HTTP requests {@link #statusesOf} makes for that many features, so that the engine
     * can charge them to its request-rate ceiling before calling. Must be cheap and must not block.
     */
    default int requestCost(int featureCount) {
        return 1;
    }
}
