package io.jenkins.plugins.calm.sandbox.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.features.Feature;
import io.jenkins.plugins.calm.sandbox.features.FeatureService;
import io.jenkins.plugins.calm.sandbox.features.FeatureStatus;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.projects.ProjectStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The external approval workflow of a feature status switch, as Cloud ALM drives it with SAP's
 * "SAP Cloud ALM Feature to SAP Build" mapping (reference §7.3):
 * <ol>
 *   <li>{@code WORKFLOW.STARTED}: {@code POST <workflow-url>} with {@code {definitionId,
 *       context:{featureId, linkToFeature, statusName, targetStatusName, priority, projectName,
 *       featureTitle, universalId, responsibleId, triggeredBy, toBeReviewedBy}}}; the answer's
 *       {@code id} is the external ID, its {@code status} the workflow status;</li>
 *   <li>{@code WORKFLOW.PING}: {@code GET <workflow-url>/<id>/outputs} every ping interval until
 *       {@code decision} is {@code APPROVED} (the switch applies) or {@code REJECTED} (it does
 *       not), or {@code workflowStatus} maps to FAILED;</li>
 *   <li>{@code WORKFLOW.CANCELED}: {@code PATCH <workflow-url>/<id>} {@code
 *       {"status":"CANCELED","cascade":false}} when the pending switch is cancelled.</li>
 * </ol>
 * Which field carries what is INFERRED from the reference: SAP's mapping fills {@code featureId}
 * from {@code item.id} (the UUID) and {@code universalId} from {@code item.universalId}, which
 * its own deep link {@code …&/list/details/#{item.universalId}} uses where other sources put the
 * display ID (reference §3.4, §7.3).
 */
public final class ApprovalWorkflows implements FeatureService.ApprovalGate {
  public static final String STARTED = "WORKFLOW.STARTED";
  public static final String PING = "WORKFLOW.PING";
  public static final String CANCELED = "WORKFLOW.CANCELED";

  /** Applies an approved switch (bound to the feature service after both exist). */
  public interface SwitchApplier {
    /** False when the switch no longer applies (the feature left {@code from} meanwhile). */
    boolean apply(UUID feature, FeatureStatus from, FeatureStatus to, String actor);
  }

  /** Where an approval stands. */
  public enum State { STARTING, RUNNING, APPROVED, REJECTED, FAILED, CANCELED }

  private static final class Approval {
    final UUID feature;
    final String displayId;
    final FeatureStatus from;
    final FeatureStatus to;
    final String triggeredBy;
    final Instant startedAt;
    String externalId;
    State state = State.STARTING;
    String reason;
    JsonNode approvers;

    Approval(Feature feature, FeatureStatus to, String triggeredBy, Instant startedAt) {
      this.feature = feature.uuid();
      this.displayId = feature.displayId();
      this.from = feature.status();
      this.to = to;
      this.triggeredBy = triggeredBy;
      this.startedAt = startedAt;
    }
  }

  private final Outbound outbound;
  private final WebhookTarget workflow;
  private final String definitionId;
  private final Duration pingInterval;
  private final ScheduledExecutorService scheduler;
  private final ProjectStore projects;
  private final String launchpadBase;
  private final SwitchApplier applier;
  private final Clock clock;
  private final Set<FeatureStatus> targets = EnumSet.noneOf(FeatureStatus.class);
  private final Map<UUID, Approval> pending = new LinkedHashMap<>();
  private final List<Approval> finished = new ArrayList<>();

  public ApprovalWorkflows(Outbound outbound, WebhookTarget workflow, String definitionId, Duration pingInterval,
      ScheduledExecutorService scheduler, ProjectStore projects, String launchpadBase, SwitchApplier applier,
      Clock clock) {
    this.outbound = outbound;
    this.workflow = workflow;
    this.definitionId = definitionId;
    this.pingInterval = pingInterval;
    this.scheduler = scheduler;
    this.projects = projects;
    this.launchpadBase = launchpadBase;
    this.applier = applier;
    this.clock = clock;
  }

  /** Switches to these statuses (from any status) need approval; replaces the previous set. */
  public synchronized void requireApprovalFor(Set<FeatureStatus> statuses) {
    if (!statuses.isEmpty() && workflow == null) {
      throw ApiException.badRequest("Status switches cannot need approval without a workflow receiver: start the "
          + "sandbox with --webhook-url (or --workflow-url).");
    }
    targets.clear();
    targets.addAll(statuses);
  }

  @Override
  public synchronized boolean required(FeatureStatus from, FeatureStatus to) {
    return targets.contains(to);
  }

  @Override
  public synchronized boolean pending(UUID feature) {
    return pending.containsKey(feature);
  }

  @Override
  public synchronized void start(Feature feature, FeatureStatus target, String actor) {
    Approval approval = new Approval(feature, target, actor, clock.instant());
    pending.put(feature.uuid(), approval);
    ObjectNode context = Json.object()
        .put("featureId", feature.uuid().toString())
        .put("linkToFeature", launchpadBase
            + "/launchpad#feature-display?sap-ui-app-id-hint=com.sap.calm.imp.cdm.features.ui&/list/details/"
            + feature.displayId())
        .put("statusName", feature.status().displayName())
        .put("targetStatusName", target.displayName())
        .put("priority", feature.priority().displayName())
        .put("projectName", projects.find(feature.projectId()).map(p -> p.name()).orElse(null))
        .put("featureTitle", feature.title())
        .put("universalId", feature.displayId())
        .put("responsibleId", feature.responsibleId())
        .put("triggeredBy", actor);
    context.putArray("toBeReviewedBy").add(feature.responsibleId());
    ObjectNode body = Json.object().put("definitionId", definitionId);
    body.set("context", context);
    outbound.send(new Outbound.Call(EventLog.newEventId(), STARTED, feature.uuid().toString(), "POST", workflow.url(),
        workflow.authorization(), body, true, response -> started(approval, response),
        () -> finish(approval, State.FAILED, "the workflow receiver did not accept WORKFLOW.STARTED")));
  }

  private synchronized void started(Approval approval, HttpResponse<String> response) {
    if (approval.state != State.STARTING) {
      return;
    }
    JsonNode body = parse(response.body());
    String id = body == null ? null : text(body, "id");
    if (id == null || id.isBlank()) {
      finish(approval, State.FAILED, "the WORKFLOW.STARTED answer has no 'id' (expected {\"id\":…,\"status\":…})");
      return;
    }
    approval.externalId = id;
    String status = mapStatus(text(body, "status"));
    if (status.equals("FAILED")) {
      finish(approval, State.FAILED, "the workflow answered status '" + text(body, "status") + "'");
      return;
    }
    approval.state = State.RUNNING;
    schedulePing(approval);
  }

  private void schedulePing(Approval approval) {
    try {
      scheduler.schedule(() -> ping(approval), pingInterval.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closing: the approval stays pending, which is what the admin view shows
    }
  }

  private synchronized void ping(Approval approval) {
    if (approval.state != State.RUNNING) {
      return;
    }
    URI outputs = URI.create(withoutTrailingSlash(workflow.url()) + "/" + encode(approval.externalId) + "/outputs");
    outbound.send(new Outbound.Call(EventLog.newEventId(), PING, approval.feature.toString(), "GET", outputs,
        workflow.authorization(), null, false, response -> pinged(approval, response), () -> schedulePingIfRunning(approval)));
  }

  private synchronized void schedulePingIfRunning(Approval approval) {
    if (approval.state == State.RUNNING) {
      schedulePing(approval);
    }
  }

  private void pinged(Approval approval, HttpResponse<String> response) {
    JsonNode body = parse(response.body());
    String decision = body == null ? null : text(body, "decision");
    String workflowStatus = body == null ? null : mapStatus(text(body, "workflowStatus"));
    boolean apply = false;
    synchronized (this) {
      if (approval.state != State.RUNNING) {
        return;
      }
      approval.approvers = body == null ? null : body.get("approvers");
      if ("APPROVED".equalsIgnoreCase(decision)) {
        apply = true;
      } else if ("REJECTED".equalsIgnoreCase(decision)) {
        finish(approval, State.REJECTED, "the external workflow rejected the switch");
        return;
      } else if ("FAILED".equals(workflowStatus)) {
        finish(approval, State.FAILED, "the workflow status is '" + text(body, "workflowStatus") + "'");
        return;
      } else if ("COMPLETED".equals(workflowStatus)) {
        finish(approval, State.FAILED, "the workflow completed without an APPROVED/REJECTED decision");
        return;
      } else {
        schedulePing(approval);
        return;
      }
    }
    if (apply) {
      // Outside this monitor: applying takes the feature store's lock, which start() is called under.
      boolean applied = applier.apply(approval.feature, approval.from, approval.to,
          "external workflow " + approval.externalId);
      synchronized (this) {
        if (applied) {
          finish(approval, State.APPROVED, "approved");
        } else {
          finish(approval, State.FAILED, "approved, but the feature is no longer '" + approval.from.displayName() + "'");
        }
      }
    }
  }

  /** Cancels the pending switch of a feature, telling the workflow (WORKFLOW.CANCELED). */
  public synchronized void cancel(UUID feature) {
    Approval approval = pending.get(feature);
    if (approval == null) {
      throw ApiException.notFound("No status switch of feature " + feature + " awaits approval.");
    }
    if (approval.externalId != null) {
      URI instance = URI.create(withoutTrailingSlash(workflow.url()) + "/" + encode(approval.externalId));
      ObjectNode body = Json.object().put("status", "CANCELED").put("cascade", false);
      outbound.send(new Outbound.Call(EventLog.newEventId(), CANCELED, feature.toString(), "PATCH", instance,
          workflow.authorization(), body, true, null, null));
    }
    finish(approval, State.CANCELED, "cancelled by a Cloud ALM user");
  }

  private void finish(Approval approval, State state, String reason) {
    if (approval.state == State.APPROVED || approval.state == State.REJECTED || approval.state == State.FAILED
        || approval.state == State.CANCELED) {
      return;
    }
    approval.state = state;
    approval.reason = reason;
    pending.remove(approval.feature, approval);
    finished.add(approval);
    notifyAll();
  }

  /** BPA's status switch of the mapping: RUNNING→STARTED, COMPLETED→COMPLETED, else FAILED. */
  static String mapStatus(String status) {
    if (status == null) {
      return "FAILED";
    }
    switch (status.toUpperCase(Locale.ROOT)) {
      case "RUNNING":
        return "STARTED";
      case "COMPLETED":
        return "COMPLETED";
      default:
        return "FAILED";
    }
  }

  /** Waits until no approval is pending for {@code feature}; returns the final state. */
  public synchronized State awaitDecision(UUID feature, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (pending.containsKey(feature)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException("No decision on the approval of feature " + feature + " within " + timeout);
      }
      wait(Math.max(1, left / 1_000_000));
    }
    for (int i = finished.size() - 1; i >= 0; i--) {
      if (finished.get(i).feature.equals(feature)) {
        return finished.get(i).state;
      }
    }
    throw new IllegalStateException("Feature " + feature + " never had an approval.");
  }

  /** The admin view: configuration, pending and finished approvals. */
  public synchronized ObjectNode toJson() {
    ObjectNode root = Json.object();
    root.put("workflowUrl", workflow == null ? null : workflow.url().toString());
    root.put("definitionId", definitionId);
    ArrayNode required = root.putArray("targetStatuses");
    targets.forEach(s -> required.add(s.displayName()));
    ArrayNode open = root.putArray("pending");
    pending.values().forEach(a -> open.add(json(a)));
    ArrayNode done = root.putArray("finished");
    finished.forEach(a -> done.add(json(a)));
    return root;
  }

  private static ObjectNode json(Approval approval) {
    ObjectNode json = Json.object()
        .put("featureUuid", approval.feature.toString())
        .put("displayId", approval.displayId)
        .put("fromStatus", approval.from.displayName())
        .put("targetStatus", approval.to.displayName())
        .put("triggeredBy", approval.triggeredBy)
        .put("startedAt", approval.startedAt.toString())
        .put("externalId", approval.externalId)
        .put("state", approval.state.name())
        .put("reason", approval.reason);
    json.set("approvers", approval.approvers);
    return json;
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      return node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String withoutTrailingSlash(URI uri) {
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  private static String encode(String segment) {
    return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
