package io.jenkins.plugins.calm.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.events.ApprovalWorkflows;
import io.jenkins.plugins.calm.sandbox.events.EventLog;
import io.jenkins.plugins.calm.sandbox.events.SandboxEvent;
import io.jenkins.plugins.calm.sandbox.faults.FaultInjector;
import io.jenkins.plugins.calm.sandbox.faults.FaultSpec;
import io.jenkins.plugins.calm.sandbox.features.CodeSet;
import io.jenkins.plugins.calm.sandbox.features.Feature;
import io.jenkins.plugins.calm.sandbox.features.FeatureChanges;
import io.jenkins.plugins.calm.sandbox.features.FeatureField;
import io.jenkins.plugins.calm.sandbox.features.FeatureJson;
import io.jenkins.plugins.calm.sandbox.features.FeatureService;
import io.jenkins.plugins.calm.sandbox.features.FeatureStatus;
import io.jenkins.plugins.calm.sandbox.features.StatusFlow;
import io.jenkins.plugins.calm.sandbox.features.TransportActivity;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.ApiRequest;
import io.jenkins.plugins.calm.sandbox.http.ApiResponse;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.http.RequestStats;
import io.jenkins.plugins.calm.sandbox.http.Route;
import io.jenkins.plugins.calm.sandbox.http.Router;
import io.jenkins.plugins.calm.sandbox.transports.Transport;
import io.jenkins.plugins.calm.sandbox.transports.TransportAssignments;
import io.jenkins.plugins.calm.sandbox.transports.TransportsApi;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The sandbox's own endpoints under {@code /sandbox/...}: inspection (events, request counts)
 * and what a Cloud ALM user or administrator would do in the UI (assign transports, switch a
 * status, configure approvals and faults). No credentials: the sandbox binds to loopback.
 */
public final class AdminApi {
  /** The actor name of changes made through the admin endpoints. */
  public static final String USER = "sandbox-user";

  private final FeatureService features;
  private final FeatureJson json;
  private final TransportAssignments assignments;
  private final ApprovalWorkflows approvals;
  private final EventLog events;
  private final RequestStats stats;
  private final FaultInjector faults;
  private final Supplier<String> serviceKey;

  public AdminApi(FeatureService features, FeatureJson json, TransportAssignments assignments,
      ApprovalWorkflows approvals, EventLog events, RequestStats stats, FaultInjector faults, Supplier<String> serviceKey) {
    this.features = features;
    this.json = json;
    this.assignments = assignments;
    this.approvals = approvals;
    this.events = events;
    this.stats = stats;
    this.faults = faults;
    this.serviceKey = serviceKey;
  }

  public void register(Router router) {
    Route.Access admin = Route.Access.ADMIN;
    router.add("GET", "/sandbox/events", admin, null, this::events);
    router.add("GET", "/sandbox/requests", admin, null, r -> ApiResponse.ok(stats.toJson()));
    router.add("DELETE", "/sandbox/requests", admin, null, r -> {
      stats.reset();
      return ApiResponse.noContent();
    });
    router.add("POST", "/sandbox/transports/{id}/assign", admin, null, this::assign);
    router.add("POST", "/sandbox/transports/{id}/unassign", admin, null,
        r -> ApiResponse.ok(TransportsApi.toJson(assignments.unassign(r.pathVariable("id")))));
    router.add("POST", "/sandbox/features/{feature}/status", admin, null, this::switchStatus);
    router.add("GET", "/sandbox/approvals", admin, null, r -> ApiResponse.ok(approvals.toJson()));
    router.add("PUT", "/sandbox/approvals", admin, null, this::configureApprovals);
    router.add("DELETE", "/sandbox/approvals/{feature}", admin, null, r -> {
      approvals.cancel(features.resolve(r.pathVariable("feature")).uuid());
      return ApiResponse.noContent();
    });
    router.add("GET", "/sandbox/faults", admin, null, r -> ApiResponse.text(200, faults.spec().toString()));
    router.add("PUT", "/sandbox/faults", admin, null, this::replaceFaults);
    router.add("GET", "/sandbox/status-flow", admin, null, r -> ApiResponse.ok(statusFlow(json.codes())));
    router.add("GET", "/sandbox/service-key", admin, null,
        r -> ApiResponse.ok(Json.parseObject(serviceKey.get().getBytes(StandardCharsets.UTF_8))));
  }

  private ApiResponse events(ApiRequest request) {
    String type = request.parameter("eventType").orElse(null);
    List<SandboxEvent> list = events.snapshot().stream()
        .filter(e -> type == null || type.equals(e.eventType())).collect(Collectors.toList());
    return ApiResponse.ok(EventLog.toJson(list));
  }

  private ApiResponse assign(ApiRequest request) {
    String feature = reference(request, "feature");
    Transport transport = assignments.assign(request.pathVariable("id"), feature);
    ObjectNode body = TransportsApi.toJson(transport);
    body.put("featureUuid", transport.feature().toString());
    body.put("featureDisplayId", features.resolve(transport.feature().toString()).displayId());
    return ApiResponse.ok(body);
  }

  /** A status switch as a Cloud ALM user makes it: same flow, approval and webhook as the API. */
  private ApiResponse switchStatus(ApiRequest request) {
    Feature feature = features.resolve(request.pathVariable("feature"));
    String wanted = reference(request, "status");
    FeatureStatus target = FeatureStatus.byDisplayName(wanted)
        .or(() -> json.codes().status(wanted))
        .orElseThrow(() -> ApiException.badRequest("Unknown status '" + wanted + "'; use a display name such as "
            + "'In Testing' or a code: " + json.codes().describeStatusCodes() + "."));
    FeatureService.PatchResult result = features.patch(feature.uuid(),
        new FeatureChanges().set(FeatureField.STATUS, target), USER);
    ObjectNode body = Json.object();
    body.set("feature", json.toJson(result.feature()));
    body.put("awaitingApproval", result.awaitingApproval() == null ? null : result.awaitingApproval().displayName());
    return ApiResponse.ok(body);
  }

  private ApiResponse configureApprovals(ApiRequest request) {
    ObjectNode body = Json.parseObject(request.body());
    JsonNode list = body.get("targetStatuses");
    if (list == null || !list.isArray()) {
      throw ApiException.badRequest("Send {\"targetStatuses\":[\"Successfully Tested\", …]} (display names; [] "
          + "turns approvals off).");
    }
    Set<FeatureStatus> targets = EnumSet.noneOf(FeatureStatus.class);
    for (JsonNode name : list) {
      targets.add(FeatureStatus.byDisplayName(name.asText()).orElseThrow(() -> ApiException.badRequest(
          "Unknown status display name " + name + ".")));
    }
    approvals.requireApprovalFor(targets);
    return ApiResponse.ok(approvals.toJson());
  }

  private ApiResponse replaceFaults(ApiRequest request) {
    String spec = new String(request.body(), StandardCharsets.UTF_8).trim();
    try {
      faults.replace(FaultSpec.parse(spec));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    return ApiResponse.text(200, faults.spec().toString());
  }

  /** The body as a plain reference ("6-1"), a JSON string, or a JSON object's {@code field}. */
  private static String reference(ApiRequest request, String field) {
    String text = new String(request.body(), StandardCharsets.UTF_8).trim();
    if (text.startsWith("{") || text.startsWith("\"")) {
      JsonNode node = Json.parseBody(request.body());
      JsonNode value = node.isObject() ? node.get(field) : node;
      text = value == null || value.isNull() ? "" : value.asText().trim();
    }
    if (text.isEmpty()) {
      throw ApiException.badRequest("The body must name the " + field + ": plain text, a JSON string, or {\"" + field
          + "\":\"…\"}.");
    }
    return text;
  }

  static ObjectNode statusFlow(CodeSet codes) {
    ObjectNode root = Json.object();
    ArrayNode statuses = root.putArray("statuses");
    for (FeatureStatus status : FeatureStatus.values()) {
      ObjectNode node = statuses.addObject().put("name", status.displayName()).put("code", codes.code(status));
      ArrayNode switches = node.putArray("switchesTo");
      StatusFlow.targets(status).forEach(t -> switches.add(t.displayName()));
      ArrayNode activities = node.putArray("transportActivities");
      for (TransportActivity activity : TransportActivity.values()) {
        if (StatusFlow.allows(status, activity)) {
          activities.add(activity.label());
        }
      }
    }
    return root;
  }
}
