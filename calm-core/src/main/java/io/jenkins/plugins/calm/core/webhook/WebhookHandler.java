package io.jenkins.plugins.calm.core.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.webhook.Dispatch.Need;
import io.jenkins.plugins.calm.core.webhook.auth.AuthResult;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookAuthenticator;
import io.jenkins.plugins.calm.core.webhook.dedup.EventDeduplicator;
import io.jenkins.plugins.calm.core.webhook.gate.JsonMediaType;
import io.jenkins.plugins.calm.core.webhook.gate.WebhookLimits;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.payload.IgnoredEvent;
import io.jenkins.plugins.calm.core.webhook.payload.PayloadRejectedException;
import io.jenkins.plugins.calm.core.webhook.payload.SafeJsonReader;
import io.jenkins.plugins.calm.core.webhook.payload.WebhookPayload;
import io.jenkins.plugins.calm.core.webhook.payload.WebhookPayloadParser;
import io.jenkins.plugins.calm.core.webhook.payload.WorkflowCancel;
import io.jenkins.plugins.calm.core.webhook.payload.WorkflowDialect;
import io.jenkins.plugins.calm.core.webhook.payload.WorkflowPing;
import io.jenkins.plugins.calm.core.webhook.payload.WorkflowStart;
import io.jenkins.plugins.calm.core.webhook.routing.RoutingResult;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildStateProbe;
import io.jenkins.plugins.calm.core.webhook.workflow.Cancellation;
import io.jenkins.plugins.calm.core.webhook.workflow.ExternalResourceStatus;
import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowAnswer;
import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowDecision;
import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowInstance;
import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowRegistry;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The webhook endpoint without Jenkins: the plugin's {@code /cloud-alm-webhook/} action copies the
 * request into a {@link WebhookRequest}, sends {@link WebhookResult#response()}, logs {@link
 * WebhookResult#logLine()} and queues {@link WebhookResult#dispatches()}.
 *
 * <p>Order of checks: method (POST; GET and PATCH only where SAP Build's workflow contract uses
 * them), body size, connection and secret, path, content type, JSON, payload;
 * then deduplication and routing. Nothing here does network I/O, so the answer takes
 * milliseconds; anything that needs Cloud ALM (reading a feature or the status list) comes back as
 * a {@link Dispatch.RouteLater} for the plugin to do afterwards, ending in {@link #reroute}.
 *
 * <p>Thread-safe.
 */
public final class WebhookHandler {

    private final TriggerRouter router;
    private final EventDeduplicator deduplicator;
    private final WorkflowRegistry workflows;
    private final BuildStateProbe buildStates;
    private final WebhookLimits limits;
    private final SafeJsonReader jsonReader;
    private final Supplier<String> deliveryIds;
    private volatile Supplier<WebhookConnections> connections;

    private WebhookHandler(Builder builder) {
        this.connections = builder.connections;
        this.router = builder.router;
        this.buildStates = builder.buildStates;
        this.limits = builder.limits;
        this.deliveryIds = builder.deliveryIds;
        this.deduplicator = new EventDeduplicator(builder.clock, builder.dedupPolicy);
        this.workflows = builder.workflows != null
                ? builder.workflows
                : new WorkflowRegistry(builder.clock, () -> UUID.randomUUID().toString(), WorkflowRegistry.Policy.DEFAULT);
        this.jsonReader = new SafeJsonReader(limits);
    }

    /**
     * @param connections the configured connections
     * @param router the configured triggers
     * @param buildStates how the approval workflow sees its builds
     */
    public static Builder builder(WebhookConnections connections, TriggerRouter router, BuildStateProbe buildStates) {
        Objects.requireNonNull(connections, "connections");
        return new Builder(() -> connections, router, buildStates);
    }

    /**
     * @param connections asked once per delivery, so a changed configuration or a rotated secret
     *     applies to the next delivery; must answer from memory
     * @param router the configured triggers
     * @param buildStates how the approval workflow sees its builds
     */
    public static Builder builder(Supplier<WebhookConnections> connections, TriggerRouter router, BuildStateProbe buildStates) {
        return new Builder(connections, router, buildStates);
    }

    /** Replaces the connections, e.g. after the global configuration was saved. */
    public void replaceConnections(WebhookConnections newConnections) {
        Objects.requireNonNull(newConnections, "connections");
        this.connections = () -> newConnections;
    }

    /** @return the approval workflows, for the plugin to report builds to and to save */
    public WorkflowRegistry workflows() {
        return workflows;
    }

    /** @return the limits, e.g. for {@code RequestBody.read} */
    public WebhookLimits limits() {
        return limits;
    }

    /** Handles one delivery. Never throws; an unexpected failure becomes a 500 with {@link WebhookResult#failure()}. */
    public WebhookResult handle(WebhookRequest request) {
        String deliveryId = deliveryIds.get();
        try {
            return new Delivery(deliveryId, request).handle();
        } catch (RuntimeException e) {
            return new WebhookResult(deliveryId, null, DeliveryOutcome.INTERNAL_ERROR, e.getClass().getSimpleName(),
                    WebhookAnswers.internalError(deliveryId), List.of(), e);
        }
    }

    /** One delivery being handled. */
    private final class Delivery {
        private final String id;
        private final WebhookRequest request;
        private String connectionName;

        Delivery(String id, WebhookRequest request) {
            this.id = id;
            this.request = request;
        }

        WebhookResult handle() {
            WebhookConnections current = Objects.requireNonNull(connections.get(), "connections");
            WebhookPath path = WebhookPath.parse(request.path(), current);
            if (!path.allows(request.method())) {
                return result(DeliveryOutcome.METHOD_NOT_ALLOWED, forLog(request.method()) + " " + forLog(request.path()),
                        WebhookAnswers.methodNotAllowed(path.allowed()));
            }
            if (request.body().tooLarge()) {
                return result(DeliveryOutcome.BODY_TOO_LARGE, "limit " + limits.maxBodyBytes() + " bytes",
                        WebhookAnswers.tooLarge(limits.maxBodyBytes()));
            }
            Optional<WebhookConnection> connection = path.connectionName() != null
                    ? current.named(path.connectionName())
                    : current.defaultConnection();
            String querySecret = querySecret(request.queryString());
            boolean noHeader = request.authorization() == null || request.authorization().isBlank();
            if (connection.isEmpty()) {
                if (noHeader) {
                    // Same answers as for a configured connection, so the answer does not reveal which names exist.
                    return querySecret != null
                            ? result(DeliveryOutcome.AUTH_FAILED, AuthResult.QUERY_SECRET_REFUSED.explanation(), WebhookAnswers.querySecretRefused())
                            : result(DeliveryOutcome.AUTH_FAILED, AuthResult.MISSING.explanation(), WebhookAnswers.authenticationRequired());
                }
                DeliveryOutcome outcome = path.connectionName() == null && current.size() > 1
                        ? DeliveryOutcome.AMBIGUOUS_CONNECTION
                        : DeliveryOutcome.UNKNOWN_CONNECTION;
                return result(outcome, path.connectionName() == null ? null : "'" + forLog(path.connectionName()) + "'", accepted());
            }
            WebhookConnection conn = connection.get();
            connectionName = conn.name();
            AuthResult auth = WebhookAuthenticator.authenticate(conn.auth(), request.authorization(), querySecret);
            if (!auth.accepted()) {
                WebhookResponse answer = switch (auth) {
                    case MISSING -> WebhookAnswers.authenticationRequired();
                    case QUERY_SECRET_REFUSED -> WebhookAnswers.querySecretRefused();
                    default -> accepted();
                };
                return result(DeliveryOutcome.AUTH_FAILED, auth.explanation(), answer);
            }
            if (!path.valid()) {
                return result(DeliveryOutcome.UNKNOWN_PATH, null, accepted());
            }
            if (path.outputs()) {
                // SAP Build's decision poll: a GET without a body.
                return workflowPing(conn, new WorkflowPing(path.workflowId(), WorkflowDialect.SAP_BUILD_MAPPING));
            }
            if (!JsonMediaType.accepts(request.contentType())) {
                return result(DeliveryOutcome.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + forLog(request.contentType()),
                        WebhookAnswers.unsupportedMediaType());
            }
            WebhookPayload payload;
            try {
                JsonNode root = jsonReader.readObject(request.body().bytes());
                payload = "PATCH".equalsIgnoreCase(request.method())
                        ? WebhookPayloadParser.parseWorkflowPatch(root, path.workflowId())
                        : WebhookPayloadParser.parse(conn.name(), root, conn.fieldMapping(), path.workflow(), path.workflowId());
            } catch (PayloadRejectedException e) {
                return result(DeliveryOutcome.MALFORMED_PAYLOAD, e.getMessage(), WebhookAnswers.malformed(e.getMessage()));
            }
            if (payload instanceof FeatureChange change) {
                return featureChange(conn, change);
            } else if (payload instanceof WorkflowStart start) {
                return workflowStart(conn, start);
            } else if (payload instanceof WorkflowPing ping) {
                return workflowPing(conn, ping);
            } else if (payload instanceof WorkflowCancel cancel) {
                return workflowCancel(conn, cancel);
            }
            IgnoredEvent ignored = (IgnoredEvent) payload;
            return result(DeliveryOutcome.IGNORED, ignored.eventType() + ": " + ignored.reason(), accepted());
        }

        private WebhookResult featureChange(WebhookConnection conn, FeatureChange change) {
            // A derived ID of an event without status says too little to tell two changes apart;
            // it is deduplicated after the feature was read (see reroute).
            boolean dedupNow = !change.eventIdDerived() || !change.needsFetch();
            if (dedupNow && !deduplicator.firstDelivery(change)) {
                return result(DeliveryOutcome.DUPLICATE, "event " + change.eventId(), accepted());
            }
            List<Dispatch> dispatches = new ArrayList<>();
            dispatches.add(new Dispatch.NotifyWaiters(change));
            FollowUp routed = routeChange(change, conn.statusNames(), true, true);
            dispatches.addAll(routed.dispatches());
            return new WebhookResult(id, connectionName, routed.outcome(),
                    "feature " + change.feature().label() + ", event " + change.eventId() + ": " + routed.detail(),
                    accepted(), dispatches, null);
        }

        private WebhookResult workflowStart(WebhookConnection conn, WorkflowStart start) {
            RoutingResult routing = router.routeApproval(conn.name(), start, conn.statusNames());
            String label = start.feature().label();
            switch (routing.outcome()) {
                case MATCHED: {
                    WorkflowInstance instance = workflows.start(conn.name(), label, routing.statusName(), triggerIds(routing));
                    Dispatch dispatch = new Dispatch.StartApprovalBuilds(instance.id(), start, routing.triggers(),
                            routing.request().withWorkflowId(instance.id()));
                    return workflowResult(start.dialect(), instance, routing.detail(), List.of(dispatch));
                }
                case NEEDS_FEATURE:
                case UNKNOWN_STATUS_CODE: {
                    String target = start.target().name() != null ? start.target().name() : start.target().code();
                    WorkflowInstance instance = workflows.startAwaitingRoute(conn.name(), label, target);
                    Need need = routing.outcome() == RoutingResult.Outcome.NEEDS_FEATURE ? Need.FEATURE : Need.STATUS_LIST;
                    Dispatch dispatch = new Dispatch.RouteApprovalLater(instance.id(), start, need, routing.detail());
                    return workflowResult(start.dialect(), instance, routing.detail(), List.of(dispatch));
                }
                default:
                    return result(DeliveryOutcome.NOTHING_TO_DO, "approval of " + label + ": " + routing.detail(), accepted());
            }
        }

        private WebhookResult workflowResult(
                WorkflowDialect dialect, WorkflowInstance instance, String detail, List<Dispatch> dispatches) {
            WorkflowAnswer answer = new WorkflowAnswer(
                    instance.id(), WorkflowDecision.IN_PROCESS, ExternalResourceStatus.STARTED, instance.detail());
            return new WebhookResult(id, connectionName, DeliveryOutcome.WORKFLOW_STARTED, "workflow " + instance.id()
                    + " for feature " + instance.featureLabel() + ": " + detail, WebhookAnswers.workflow(answer, dialect),
                    dispatches, null);
        }

        private WebhookResult workflowPing(WebhookConnection conn, WorkflowPing ping) {
            Optional<WorkflowAnswer> answer = workflows.ping(conn.name(), ping.workflowId(), buildStates);
            if (answer.isEmpty()) {
                return unknownWorkflow(ping.workflowId(), ping.dialect());
            }
            return new WebhookResult(id, connectionName, DeliveryOutcome.WORKFLOW_ANSWERED,
                    "workflow " + ping.workflowId() + ": " + answer.get().decision() + ", " + answer.get().detail(),
                    WebhookAnswers.workflow(answer.get(), ping.dialect()), List.of(), null);
        }

        private WebhookResult workflowCancel(WebhookConnection conn, WorkflowCancel cancel) {
            Optional<Cancellation> cancellation = workflows.cancel(conn.name(), cancel.workflowId());
            if (cancellation.isEmpty()) {
                return unknownWorkflow(cancel.workflowId(), cancel.dialect());
            }
            List<Dispatch> dispatches = cancellation.get().buildsToAbort().isEmpty()
                    ? List.of()
                    : List.of(new Dispatch.AbortApprovalBuilds(cancel.workflowId(), cancellation.get().buildsToAbort()));
            return new WebhookResult(id, connectionName, DeliveryOutcome.WORKFLOW_CANCELED,
                    "workflow " + cancel.workflowId() + ", " + cancellation.get().buildsToAbort().size() + " build(s) to abort",
                    WebhookAnswers.workflow(cancellation.get().answer(), cancel.dialect()), dispatches, null);
        }

        /**
         * An authenticated caller asks about a workflow this connection does not know (e.g. its state
         * file was deleted): answer REJECTED/FAILED so Cloud ALM stops polling instead of waiting forever.
         */
        private WebhookResult unknownWorkflow(String workflowId, WorkflowDialect dialect) {
            WorkflowAnswer answer = new WorkflowAnswer(workflowId, WorkflowDecision.REJECTED, ExternalResourceStatus.FAILED,
                    "unknown workflow");
            return new WebhookResult(id, connectionName, DeliveryOutcome.WORKFLOW_UNKNOWN, "workflow " + workflowId,
                    WebhookAnswers.workflow(answer, dialect), List.of(), null);
        }

        private WebhookResponse accepted() {
            return WebhookAnswers.accepted(id);
        }

        private WebhookResult result(DeliveryOutcome outcome, String detail, WebhookResponse response) {
            return new WebhookResult(id, connectionName, outcome, detail, response, List.of(), null);
        }
    }

    /**
     * Routes an event again after the plugin read what a {@link Dispatch.RouteLater} asked for.
     *
     * @param change the event from the {@code RouteLater}
     * @param fetched the feature as read now, or {@code null} when the status list was refreshed instead
     * @param statusNames the connection's (refreshed) status list
     */
    public FollowUp reroute(FeatureChange change, FeatureSnapshot fetched, StatusNameResolver statusNames) {
        FeatureChange completed = change;
        List<Dispatch> dispatches = new ArrayList<>();
        if (fetched != null) {
            completed = change.completedWith(fetched);
            if (completed.eventIdDerived() && !deduplicator.firstDelivery(completed)) {
                return new FollowUp(DeliveryOutcome.DUPLICATE, "event " + completed.eventId(), List.of());
            }
            if (change.needsFetch()) {
                dispatches.add(new Dispatch.NotifyWaiters(completed));
            }
        }
        FollowUp routed = routeChange(completed, statusNames, fetched == null, fetched != null);
        dispatches.addAll(routed.dispatches());
        return new FollowUp(routed.outcome(), routed.detail(), dispatches);
    }

    /**
     * Routes an approval request again after the plugin read what a {@link
     * Dispatch.RouteApprovalLater} asked for, and records the result in the workflow.
     *
     * @param workflowId the workflow from the {@code RouteApprovalLater}
     * @param start the request from the {@code RouteApprovalLater}
     * @param fetched the feature as read now, or {@code null} when the status list was refreshed instead
     * @param statusNames the connection's (refreshed) status list
     */
    public FollowUp rerouteApproval(String workflowId, WorkflowStart start, FeatureSnapshot fetched, StatusNameResolver statusNames) {
        WorkflowStart completed = fetched == null ? start : new WorkflowStart(
                start.feature().completedWith(fetched.facts()),
                start.current().isUnknown() ? fetched.status() : start.current(),
                start.target(),
                start.triggeredBy(),
                start.dialect());
        Optional<WorkflowInstance> instance = workflows.find(workflowId);
        if (instance.isEmpty()) {
            return new FollowUp(DeliveryOutcome.WORKFLOW_UNKNOWN, "workflow " + workflowId + " is gone", List.of());
        }
        RoutingResult routing = router.routeApproval(instance.get().connection(), completed, statusNames);
        if (routing.outcome() == RoutingResult.Outcome.NEEDS_FEATURE && fetched == null) {
            return new FollowUp(DeliveryOutcome.ROUTED_LATER, routing.detail(),
                    List.of(new Dispatch.RouteApprovalLater(workflowId, completed, Need.FEATURE, routing.detail())));
        }
        if (routing.outcome() == RoutingResult.Outcome.UNKNOWN_STATUS_CODE && fetched != null) {
            return new FollowUp(DeliveryOutcome.ROUTED_LATER, routing.detail(),
                    List.of(new Dispatch.RouteApprovalLater(workflowId, completed, Need.STATUS_LIST, routing.detail())));
        }
        boolean matched = routing.outcome() == RoutingResult.Outcome.MATCHED;
        Optional<WorkflowInstance> updated = workflows.routed(workflowId, matched ? triggerIds(routing) : List.of());
        if (!matched || updated.isEmpty() || updated.get().phase() != WorkflowInstance.Phase.RUNNING) {
            return new FollowUp(DeliveryOutcome.NOTHING_TO_DO, "workflow " + workflowId + ": " + routing.detail(), List.of());
        }
        return new FollowUp(DeliveryOutcome.WORKFLOW_STARTED, routing.detail(), List.of(new Dispatch.StartApprovalBuilds(
                workflowId, completed, routing.triggers(), routing.request().withWorkflowId(workflowId))));
    }

    /**
     * @param mayFetch whether a missing fact may still be read from the feature (not right after it was read)
     * @param mayRefresh whether an unknown status code may still be looked up in a refreshed status
     *     list (not right after the list was refreshed); together they end every chain of reads
     */
    private FollowUp routeChange(FeatureChange change, StatusNameResolver statusNames, boolean mayFetch, boolean mayRefresh) {
        if (change.needsFetch()) {
            String reason = "the payload has no status";
            return mayFetch
                    ? new FollowUp(DeliveryOutcome.ROUTED_LATER, reason, List.of(new Dispatch.RouteLater(change, Need.FEATURE, reason)))
                    : new FollowUp(DeliveryOutcome.NOTHING_TO_DO, "the feature has no status", List.of());
        }
        RoutingResult routing = router.route(change, statusNames);
        switch (routing.outcome()) {
            case MATCHED:
                return new FollowUp(DeliveryOutcome.DISPATCHED, routing.detail() + " for status '" + routing.statusName() + "'",
                        List.of(new Dispatch.StartBuilds(change, routing.triggers(), routing.request())));
            case NEEDS_FEATURE:
                if (mayFetch) {
                    return new FollowUp(DeliveryOutcome.ROUTED_LATER, routing.detail(),
                            List.of(new Dispatch.RouteLater(change, Need.FEATURE, routing.detail())));
                }
                break;
            case UNKNOWN_STATUS_CODE:
                if (mayRefresh) {
                    return new FollowUp(DeliveryOutcome.ROUTED_LATER, routing.detail(),
                            List.of(new Dispatch.RouteLater(change, Need.STATUS_LIST, routing.detail())));
                }
                break;
            default:
                break;
        }
        return new FollowUp(DeliveryOutcome.NOTHING_TO_DO, routing.detail(), List.of());
    }

    private static List<String> triggerIds(RoutingResult routing) {
        return routing.triggers().stream().map(TriggerSpec::id).toList();
    }

    /** @return caller-supplied text made safe for one log line: printable, at most 80 characters */
    static String forLog(String text) {
        if (text == null) {
            return "none";
        }
        StringBuilder safe = new StringBuilder(Math.min(text.length(), 80));
        text.codePoints().limit(80).forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > 80 ? safe + "..." : safe.toString();
    }

    private static String querySecret(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return null;
        }
        for (String parameter : queryString.split("&")) {
            if (parameter.startsWith("secret=")) {
                String raw = parameter.substring("secret=".length());
                try {
                    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return raw;
                }
            }
        }
        return null;
    }

    /** Configures a {@link WebhookHandler}. */
    public static final class Builder {
        private final Supplier<WebhookConnections> connections;
        private final TriggerRouter router;
        private final BuildStateProbe buildStates;
        private Clock clock = Clock.systemUTC();
        private EventDeduplicator.Policy dedupPolicy = EventDeduplicator.Policy.DEFAULT;
        private WorkflowRegistry workflows;
        private WebhookLimits limits = WebhookLimits.DEFAULT;
        private Supplier<String> deliveryIds = () -> UUID.randomUUID().toString();

        private Builder(Supplier<WebhookConnections> connections, TriggerRouter router, BuildStateProbe buildStates) {
            this.connections = Objects.requireNonNull(connections, "connections");
            this.router = Objects.requireNonNull(router, "router");
            this.buildStates = Objects.requireNonNull(buildStates, "buildStates");
        }

        /** The time source of deduplication and of the default workflow registry. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** How long and how many event IDs are remembered. */
        public Builder deduplication(EventDeduplicator.Policy value) {
            this.dedupPolicy = Objects.requireNonNull(value);
            return this;
        }

        /** The approval workflows, e.g. restored from the saved state. */
        public Builder workflows(WorkflowRegistry value) {
            this.workflows = Objects.requireNonNull(value);
            return this;
        }

        /** Body and JSON limits. */
        public Builder limits(WebhookLimits value) {
            this.limits = Objects.requireNonNull(value);
            return this;
        }

        /** Makes delivery IDs (random UUIDs by default). */
        public Builder deliveryIds(Supplier<String> value) {
            this.deliveryIds = Objects.requireNonNull(value);
            return this;
        }

        public WebhookHandler build() {
            return new WebhookHandler(this);
        }
    }
}
