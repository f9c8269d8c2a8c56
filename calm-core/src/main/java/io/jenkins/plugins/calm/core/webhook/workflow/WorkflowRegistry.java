package io.jenkins.plugins.calm.core.webhook.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowInstance.Phase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The approval workflows this endpoint is running for Cloud ALM (reference §7.3): Cloud ALM sends
 * {@code WORKFLOW.STARTED} when someone starts a status switch, polls with {@code WORKFLOW.PING}
 * until the decision is {@code APPROVED} or {@code REJECTED}, and sends {@code WORKFLOW.CANCELED}
 * when the switch is withdrawn.
 *
 * <p>Jenkins-free: builds are known by opaque handles, and their state is read through a {@link
 * BuildStateProbe} the plugin implements. The state survives a restart through {@link #toJson()}
 * and {@link #restore}; the plugin saves it whenever {@link #version()} changed. Thread-safe.
 */
public final class WorkflowRegistry {

    /**
     * @param scheduleGrace how long a matched trigger may stay without a scheduled build (or an
     *     instance without a route) before the workflow is rejected as unable to run
     * @param retention how long an instance is kept after its last change
     * @param maxInstances the most instances kept; the least recently changed go first
     */
    public record Policy(Duration scheduleGrace, Duration retention, int maxInstances) {

        /** Ten minutes' grace, 14 days' retention, 10,000 instances. */
        public static final Policy DEFAULT = new Policy(Duration.ofMinutes(10), Duration.ofDays(14), 10_000);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final Supplier<String> newIds;
    private final Policy policy;
    private final Map<String, WorkflowInstance> instances = new LinkedHashMap<>();
    private long version;

    /**
     * @param clock the time source
     * @param newIds makes the IDs answered to Cloud ALM; must be unique and unguessable (e.g. random UUIDs)
     * @param policy limits
     */
    public WorkflowRegistry(Clock clock, Supplier<String> newIds, Policy policy) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.newIds = Objects.requireNonNull(newIds, "newIds");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Starts a workflow whose matching triggers are known; the plugin now schedules one build per trigger. */
    public synchronized WorkflowInstance start(String connection, String featureLabel, String targetStatus, List<String> triggerIds) {
        if (triggerIds.isEmpty()) {
            throw new IllegalArgumentException("A workflow with no trigger has nothing to run; answer it as nothing to do");
        }
        return create(connection, featureLabel, targetStatus, Phase.RUNNING, pending(triggerIds), "waiting for builds to be scheduled");
    }

    /** Starts a workflow whose triggers are known only after the feature is read; see {@link #routed}. */
    public synchronized WorkflowInstance startAwaitingRoute(String connection, String featureLabel, String targetStatus) {
        return create(connection, featureLabel, targetStatus, Phase.AWAITING_ROUTE, List.of(), "reading the feature to pick the jobs");
    }

    private WorkflowInstance create(
            String connection, String featureLabel, String targetStatus, Phase phase, List<WorkflowBuild> builds, String detail) {
        Instant now = clock.instant();
        evict(now);
        String id = newIds.get();
        if (instances.containsKey(id)) {
            throw new IllegalStateException("The workflow ID generator repeated an ID");
        }
        WorkflowInstance instance = new WorkflowInstance(id, connection, featureLabel, targetStatus, phase, builds, now, now, detail);
        instances.put(id, instance);
        version++;
        return instance;
    }

    /**
     * Records the triggers found after the feature was read.
     *
     * @return the instance; schedule builds only if its phase is {@link Phase#RUNNING} (it may have
     *     been cancelled meanwhile, or be rejected because nothing matched)
     */
    public synchronized Optional<WorkflowInstance> routed(String workflowId, List<String> triggerIds) {
        WorkflowInstance instance = instances.get(workflowId);
        if (instance == null || instance.phase() != Phase.AWAITING_ROUTE) {
            return Optional.ofNullable(instance);
        }
        WorkflowInstance updated = triggerIds.isEmpty()
                ? instance.with(Phase.REJECTED, List.of(), clock.instant(), "no trigger matches the feature after reading it")
                : instance.with(Phase.RUNNING, pending(triggerIds), clock.instant(), "waiting for builds to be scheduled");
        return Optional.of(store(updated));
    }

    /**
     * Records the build the plugin scheduled for one trigger of the workflow.
     *
     * @return {@code true} if the workflow still wants it; {@code false} if the workflow is unknown,
     *     decided or cancelled, and the plugin should cancel the build
     */
    public synchronized boolean buildScheduled(String workflowId, String triggerId, String buildHandle) {
        Objects.requireNonNull(buildHandle, "buildHandle");
        WorkflowInstance instance = instances.get(workflowId);
        if (instance == null || instance.phase() != Phase.RUNNING) {
            return false;
        }
        store(instance.with(Phase.RUNNING, replace(instance.builds(), triggerId, b -> b.scheduled(buildHandle)),
                clock.instant(), "builds scheduled"));
        return true;
    }

    /** Records that the build for one trigger could not be scheduled (e.g. the job is disabled): the switch is rejected. */
    public synchronized void buildNotScheduled(String workflowId, String triggerId, String reason) {
        WorkflowInstance instance = instances.get(workflowId);
        if (instance == null || instance.phase() != Phase.RUNNING) {
            return;
        }
        String problem = reason == null || reason.isBlank() ? "no reason given" : reason;
        store(instance.with(Phase.RUNNING, replace(instance.builds(), triggerId, b -> b.notScheduled(problem)),
                clock.instant(), instance.detail()));
    }

    /**
     * Answers {@code WORKFLOW.PING}: looks at the builds through {@code probe} and decides.
     *
     * @return the answer, or empty when this connection has no workflow with that ID
     */
    public synchronized Optional<WorkflowAnswer> ping(String connection, String workflowId, BuildStateProbe probe) {
        WorkflowInstance instance = instances.get(workflowId);
        if (instance == null || !instance.connection().equals(connection)) {
            return Optional.empty();
        }
        WorkflowInstance evaluated = evaluate(instance, probe, clock.instant());
        if (!evaluated.equals(instance)) {
            store(evaluated);
        }
        return Optional.of(answer(evaluated));
    }

    /**
     * Answers {@code WORKFLOW.CANCELED}: the workflow ends as cancelled, and its unfinished builds
     * are to be aborted.
     *
     * @return the answer and the builds to abort, or empty when this connection has no workflow with that ID
     */
    public synchronized Optional<Cancellation> cancel(String connection, String workflowId) {
        WorkflowInstance instance = instances.get(workflowId);
        if (instance == null || !instance.connection().equals(connection)) {
            return Optional.empty();
        }
        List<String> toAbort = new ArrayList<>();
        if (!instance.phase().isFinal()) {
            for (WorkflowBuild build : instance.builds()) {
                if (build.handle() != null && build.finalState() == null) {
                    toAbort.add(build.handle());
                }
            }
            instance = store(instance.with(Phase.CANCELED, instance.builds(), clock.instant(), "cancelled by Cloud ALM"));
        }
        return Optional.of(new Cancellation(answer(instance), toAbort));
    }

    /** @return the instance with this ID */
    public synchronized Optional<WorkflowInstance> find(String workflowId) {
        return Optional.ofNullable(instances.get(workflowId));
    }

    /** @return every instance, oldest first */
    public synchronized List<WorkflowInstance> instances() {
        return List.copyOf(instances.values());
    }

    /** @return a number that changes whenever the state changes, to know when to save */
    public synchronized long version() {
        return version;
    }

    private WorkflowInstance evaluate(WorkflowInstance instance, BuildStateProbe probe, Instant now) {
        boolean overdue = Duration.between(instance.updatedAt(), now).compareTo(policy.scheduleGrace()) > 0;
        switch (instance.phase()) {
            case AWAITING_ROUTE:
                return overdue
                        ? instance.with(Phase.REJECTED, List.of(), now, "the feature could not be read to pick the jobs")
                        : instance;
            case RUNNING:
                break;
            default:
                return instance;
        }
        List<WorkflowBuild> builds = new ArrayList<>(instance.builds().size());
        boolean allSucceeded = true;
        String rejection = null;
        for (WorkflowBuild build : instance.builds()) {
            WorkflowBuild current = build;
            if (build.handle() != null && build.finalState() == null) {
                BuildState state = probe.stateOf(build.handle());
                if (state.isFinal()) {
                    current = build.finished(state);
                }
            }
            builds.add(current);
            if (current.finalState() == BuildState.SUCCEEDED) {
                continue;
            }
            allSucceeded = false;
            if (current.problem() != null) {
                rejection = "the build for " + current.triggerId() + " could not be scheduled: " + current.problem();
            } else if (current.handle() == null && overdue) {
                rejection = "the build for " + current.triggerId() + " was never scheduled";
            } else if (current.finalState() != null && rejection == null) {
                rejection = "the build for " + current.triggerId() + " ended " + current.finalState();
            }
        }
        if (rejection != null) {
            return instance.with(Phase.REJECTED, builds, now, rejection);
        }
        if (allSucceeded) {
            return instance.with(Phase.APPROVED, builds, now, "every build succeeded");
        }
        return builds.equals(instance.builds()) ? instance : instance.with(Phase.RUNNING, builds, now, "builds running");
    }

    /**
     * The answer for an instance. A failed build is a decision (REJECTED, COMPLETED); a workflow
     * that could not run its builds to the end (aborted, lost, never scheduled, cancelled) is
     * REJECTED and FAILED, so nothing is ever approved that was not built successfully.
     */
    static WorkflowAnswer answer(WorkflowInstance instance) {
        switch (instance.phase()) {
            case APPROVED:
                return new WorkflowAnswer(instance.id(), WorkflowDecision.APPROVED, ExternalResourceStatus.COMPLETED, instance.detail());
            case REJECTED:
                boolean decidedByBuild = instance.builds().stream().anyMatch(b -> b.finalState() == BuildState.FAILED);
                return new WorkflowAnswer(instance.id(), WorkflowDecision.REJECTED,
                        decidedByBuild ? ExternalResourceStatus.COMPLETED : ExternalResourceStatus.FAILED, instance.detail());
            case CANCELED:
                return new WorkflowAnswer(instance.id(), WorkflowDecision.REJECTED, ExternalResourceStatus.FAILED, instance.detail());
            default:
                return new WorkflowAnswer(instance.id(), WorkflowDecision.IN_PROCESS, ExternalResourceStatus.STARTED, instance.detail());
        }
    }

    private WorkflowInstance store(WorkflowInstance instance) {
        instances.put(instance.id(), instance);
        version++;
        return instance;
    }

    private void evict(Instant now) {
        boolean removed = instances.values().removeIf(i -> i.updatedAt().plus(policy.retention()).isBefore(now));
        while (instances.size() >= policy.maxInstances()) {
            instances.values().stream()
                    .min(Comparator.comparing(WorkflowInstance::updatedAt))
                    .ifPresent(oldest -> instances.remove(oldest.id()));
            removed = true;
        }
        if (removed) {
            version++;
        }
    }

    private static List<WorkflowBuild> pending(List<String> triggerIds) {
        return triggerIds.stream().distinct().map(WorkflowBuild::pending).toList();
    }

    private static List<WorkflowBuild> replace(
            List<WorkflowBuild> builds, String triggerId, UnaryOperator<WorkflowBuild> change) {
        List<WorkflowBuild> result = new ArrayList<>(builds.size());
        for (WorkflowBuild build : builds) {
            result.add(build.triggerId().equals(triggerId) ? change.apply(build) : build);
        }
        return result;
    }

    /** @return the whole state as JSON, for the plugin to save */
    public synchronized String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        ArrayNode list = root.putArray("workflows");
        for (WorkflowInstance instance : instances.values()) {
            ObjectNode node = list.addObject();
            node.put("id", instance.id());
            node.put("connection", instance.connection());
            node.put("feature", instance.featureLabel());
            node.put("targetStatus", instance.targetStatus());
            node.put("phase", instance.phase().name());
            node.put("createdAt", instance.createdAt().toString());
            node.put("updatedAt", instance.updatedAt().toString());
            node.put("detail", instance.detail());
            ArrayNode builds = node.putArray("builds");
            for (WorkflowBuild build : instance.builds()) {
                ObjectNode b = builds.addObject();
                b.put("trigger", build.triggerId());
                b.put("handle", build.handle());
                b.put("finalState", build.finalState() == null ? null : build.finalState().name());
                b.put("problem", build.problem());
            }
        }
        return root.toString();
    }

    /**
     * @param json what {@link #toJson()} wrote
     * @throws IllegalArgumentException if the JSON is not such a state
     */
    public static WorkflowRegistry restore(String json, Clock clock, Supplier<String> newIds, Policy policy) {
        WorkflowRegistry registry = new WorkflowRegistry(clock, newIds, policy);
        try {
            JsonNode root = JSON.readTree(json);
            for (JsonNode node : root.path("workflows")) {
                List<WorkflowBuild> builds = new ArrayList<>();
                for (JsonNode b : node.path("builds")) {
                    builds.add(new WorkflowBuild(
                            b.path("trigger").asText(),
                            textOrNull(b, "handle"),
                            textOrNull(b, "finalState") == null ? null : BuildState.valueOf(b.get("finalState").asText()),
                            textOrNull(b, "problem")));
                }
                WorkflowInstance instance = new WorkflowInstance(
                        node.path("id").asText(),
                        node.path("connection").asText(),
                        textOrNull(node, "feature"),
                        textOrNull(node, "targetStatus"),
                        Phase.valueOf(node.path("phase").asText()),
                        builds,
                        Instant.parse(node.path("createdAt").asText()),
                        Instant.parse(node.path("updatedAt").asText()),
                        textOrNull(node, "detail"));
                registry.instances.put(instance.id(), instance);
            }
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("The saved approval workflow state cannot be read (" + e.getMessage()
                    + "); move the file aside to start with no running approval workflows", e);
        }
        return registry;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
