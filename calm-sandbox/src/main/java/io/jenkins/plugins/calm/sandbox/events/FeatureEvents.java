package io.jenkins.plugins.calm.sandbox.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.features.Feature;
import io.jenkins.plugins.calm.sandbox.features.FeatureJson;
import io.jenkins.plugins.calm.sandbox.features.FeatureService;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.projects.ProjectStore;
import java.util.UUID;

/**
 * Turns feature changes into "Resource Changes" webhook events (reference §7.2):
 * {@code {eventId, subscriptionId, resourceType, eventType, resourceId, resource}} where
 * {@code resource} is the whole feature plus {@code statusName}, {@code previousStatusCode},
 * {@code previousStatusName}, {@code priorityName} and {@code projectName}. The envelope keys
 * are VERIFIED; {@code eventId}, the resource type "FEATURE" and the event types
 * "FEATURE.CREATED"/"FEATURE.UPDATED" are INFERRED (Cloud ALM documents TASK.* the same way).
 */
public final class FeatureEvents implements FeatureService.Listener {
  public static final String RESOURCE_TYPE = "FEATURE";
  public static final String CREATED = "FEATURE.CREATED";
  public static final String UPDATED = "FEATURE.UPDATED";

  private final Outbound outbound;
  private final WebhookTarget target;
  private final FeatureJson json;
  private final ProjectStore projects;
  private final String subscriptionId;

  public FeatureEvents(Outbound outbound, WebhookTarget target, FeatureJson json, ProjectStore projects,
      UUID subscriptionId) {
    this.outbound = outbound;
    this.target = target;
    this.json = json;
    this.projects = projects;
    this.subscriptionId = subscriptionId.toString();
  }

  @Override
  public void created(Feature feature, String actor) {
    publish(CREATED, null, feature);
  }

  @Override
  public void changed(Feature before, Feature after, String actor) {
    publish(UPDATED, before, after);
  }

  private void publish(String eventType, Feature before, Feature after) {
    String eventId = EventLog.newEventId();
    ObjectNode resource = json.toJson(after);
    resource.put("statusName", after.status().displayName());
    resource.put("previousStatusCode", before == null ? null : json.codes().code(before.status()));
    resource.put("previousStatusName", before == null ? null : before.status().displayName());
    resource.put("priorityName", after.priority().displayName());
    resource.put("projectName", projects.find(after.projectId()).map(p -> p.name()).orElse(null));
    ObjectNode envelope = Json.object()
        .put("eventId", eventId)
        .put("subscriptionId", subscriptionId)
        .put("resourceType", RESOURCE_TYPE)
        .put("eventType", eventType)
        .put("resourceId", after.uuid().toString());
    envelope.set("resource", resource);
    if (target == null) {
      outbound.recordUnsent(eventId, eventType, after.uuid().toString(), envelope);
      return;
    }
    outbound.send(new Outbound.Call(eventId, eventType, after.uuid().toString(), "POST", target.url(),
        target.authorization(), envelope, true, null, null));
  }
}
