package io.jenkins.plugins.calm.core.wait;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/** Cloud ALM as the wait engine sees it: feature statuses per project, and a record of every query. */
final class FakeStatusSource implements FeatureStatusSource {
    record Query(String projectId, Set<String> featureUuids) {
    }

    private final Map<String, Map<String, String>> statuses = new ConcurrentHashMap<>();
    private final List<Query> queries = new ArrayList<>();
    private RuntimeException failure;
    private Runnable duringQuery = () -> { };
    private IntUnaryOperator cost = n -> 1;

    void set(String projectId, String featureUuid, String statusCode) {
        statuses.computeIfAbsent(projectId, p -> new ConcurrentHashMap<>()).put(featureUuid, statusCode);
    }

    void remove(String projectId, String featureUuid) {
        statuses.getOrDefault(projectId, Map.of()).remove(featureUuid);
    }

    /** Every following query fails with {@code failure} until {@code failWith(null)}. */
    synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    /** Runs inside each query, after it was "sent" (before the answer is read or the failure thrown). */
    synchronized void duringQuery(Runnable action) {
        this.duringQuery = action;
    }

    void cost(IntUnaryOperator cost) {
        this.cost = cost;
    }

    synchronized List<Query> queries() {
        return List.copyOf(queries);
    }

    synchronized void clearQueries() {
        queries.clear();
    }

    @Override
    public Map<String, String> statusesOf(String projectId, Set<String> featureUuids) {
        Runnable action;
        RuntimeException fail;
        synchronized (this) {
            queries.add(new Query(projectId, Set.copyOf(featureUuids)));
            action = duringQuery;
            fail = failure;
        }
        action.run();
        if (fail != null) {
            throw fail;
        }
        Map<String, String> answer = new LinkedHashMap<>();
        Map<String, String> project = statuses.getOrDefault(projectId, Map.of());
        for (String uuid : featureUuids) {
            String code = project.get(uuid);
            if (code != null) {
                answer.put(uuid, code);
            }
        }
        return answer;
    }

    @Override
    public int requestCost(String projectId, Set<String> featureUuids) {
        return cost.applyAsInt(featureUuids.size());
    }
}
