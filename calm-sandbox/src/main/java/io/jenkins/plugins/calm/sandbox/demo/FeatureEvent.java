package io.jenkins.plugins.calm.sandbox.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * What the demo needs from a Cloud ALM "Resource Changes" event (reference §7.2): the envelope
 * {@code {subscriptionId, resourceType, eventType, resourceId, resource}} about a feature, whose
 * {@code resource} carries the new {@code statusCode}. Read with plain Jackson on purpose: the
 * demo shows the wire format, not a parser of its own.
 *
 * @param eventId the event's ID when the sender gives one (for de-duplication), else {@code null}
 * @param statusName the status display name when the payload has one, else {@code null}
 * @param previousStatusName the status before the change when the payload says, else {@code null}
 */
record FeatureEvent(String eventId, String eventType, String featureUuid, String displayId, String statusCode,
    String statusName, String previousStatusName) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Reads an event body.
   *
   * @return the feature event; empty for events about other resources (tasks, workflows, …)
   * @throws IllegalArgumentException when the body is not a Resource Changes envelope
   */
  static Optional<FeatureEvent> parse(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the body is not JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new IllegalArgumentException("the body cannot be read (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    String resourceType = required(root, "resourceType");
    String eventType = required(root, "eventType");
    if (!resourceType.equalsIgnoreCase("FEATURE")) {
      return Optional.empty();
    }
    JsonNode resource = root.get("resource");
    if (resource == null || !resource.isObject()) {
      throw new IllegalArgumentException("the event has no \"resource\" object");
    }
    String uuid = text(root, "resourceId");
    if (uuid == null) {
      uuid = required(resource, "uuid");
    }
    return Optional.of(new FeatureEvent(text(root, "eventId"), eventType, uuid, text(resource, "displayId"),
        required(resource, "statusCode"), text(resource, "statusName"), text(resource, "previousStatusName")));
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("the event has no \"" + field + "\"");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
  }
}
