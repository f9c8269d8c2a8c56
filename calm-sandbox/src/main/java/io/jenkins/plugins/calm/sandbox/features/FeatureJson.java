package io.jenkins.plugins.calm.sandbox.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.odata.EdmType;
import io.jenkins.plugins.calm.sandbox.odata.EntitySchema;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The wire form of features (reference §3.2) in one code set, and the reading of write bodies. */
public final class FeatureJson {
  private static final Set<String> READ_ONLY = Set.of("uuid", "displayId", "createdAt", "modifiedAt");

  private final CodeSet codes;
  private final EntitySchema<Feature> schema;

  public FeatureJson(CodeSet codes) {
    this.codes = codes;
    this.schema = new EntitySchema<Feature>("Features")
        .property("uuid", EdmType.GUID, Feature::uuid)
        .property("displayId", EdmType.STRING, Feature::displayId)
        .property("title", EdmType.STRING, Feature::title)
        .property("projectId", EdmType.GUID, Feature::projectId)
        .property("statusCode", EdmType.STRING, f -> codes.code(f.status()))
        .property("priorityCode", EdmType.INT, f -> codes.code(f.priority()))
        .property("responsibleId", EdmType.STRING, Feature::responsibleId)
        .property("releaseId", EdmType.STRING, Feature::releaseId)
        .property("createdAt", EdmType.DATETIME, Feature::createdAt)
        .property("modifiedAt", EdmType.DATETIME, Feature::modifiedAt);
  }

  public EntitySchema<Feature> schema() {
    return schema;
  }

  public CodeSet codes() {
    return codes;
  }

  public ObjectNode toJson(Feature feature) {
    ObjectNode json = Json.object();
    json.put("uuid", feature.uuid().toString());
    json.put("displayId", feature.displayId());
    json.put("title", feature.title());
    json.put("description", feature.description());
    json.put("projectId", feature.projectId().toString());
    json.put("statusCode", codes.code(feature.status()));
    json.put("priorityCode", codes.code(feature.priority()));
    json.put("releaseId", feature.releaseId());
    json.put("scopeId", feature.scopeId());
    json.put("responsibleId", feature.responsibleId());
    json.put("workstreamId", feature.workstreamId());
    json.put("type", feature.type());
    var tags = json.putArray("tags");
    feature.tags().forEach(tags::add);
    json.put("createdAt", timestamp(feature.createdAt()));
    json.put("modifiedAt", timestamp(feature.modifiedAt()));
    return json;
  }

  public static String timestamp(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** Reads the body of a POST (create) or PATCH into validated changes, or explains the 400. */
  public FeatureChanges readChanges(ObjectNode body, boolean create) {
    FeatureChanges changes = new FeatureChanges();
    var names = body.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      FeatureField field = FeatureField.byJsonName(name).orElseThrow(() -> unknownProperty(name, create));
      if (create ? !field.creatable() : !field.patchable()) {
        throw ApiException.badRequest("'" + name + "' cannot be changed with PATCH; PATCH-able: "
            + writable(false) + ".");
      }
      changes.set(field, convert(field, body.get(name)));
    }
    return changes;
  }

  private ApiException unknownProperty(String name, boolean create) {
    if (READ_ONLY.contains(name)) {
      return ApiException.badRequest("'" + name + "' is read-only; leave it out of the request body.");
    }
    return ApiException.badRequest("Unknown property '" + name + "' for a Feature; "
        + (create ? "POST" : "PATCH") + " accepts: " + writable(create) + ".");
  }

  private static String writable(boolean create) {
    return Arrays.stream(FeatureField.values()).filter(f -> create ? f.creatable() : f.patchable())
        .map(FeatureField::jsonName).collect(Collectors.joining(", "));
  }

  private Object convert(FeatureField field, JsonNode value) {
    switch (field) {
      case TITLE:
        return text(field, value, false);
      case PROJECT_ID:
        return guid(field, value);
      case STATUS:
        return status(value);
      case PRIORITY:
        return priority(value);
      case TAGS:
        return tags(value);
      default:
        return text(field, value, true);
    }
  }

  private static String text(FeatureField field, JsonNode value, boolean nullable) {
    if (value.isNull() && nullable) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest("'" + field.jsonName() + "' must be a string" + (nullable ? " or null" : "")
          + ", not " + value + ".");
    }
    return value.textValue();
  }

  private static UUID guid(FeatureField field, JsonNode value) {
    String text = value.isTextual() ? value.textValue() : null;
    try {
      if (text != null) {
        return UUID.fromString(text);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw ApiException.badRequest("'" + field.jsonName() + "' must be a GUID string, not " + value + ".");
  }

  private FeatureStatus status(JsonNode value) {
    if (!value.isTextual()) {
      throw ApiException.badRequest("'statusCode' must be a string code from /FeatureStatus, not " + value + ".");
    }
    String code = value.textValue();
    return codes.status(code).orElseThrow(() -> {
      String hint = FeatureStatus.byDisplayName(code)
          .map(s -> " '" + code + "' is a display name; send its code '" + codes.code(s) + "' instead.")
          .orElse("");
      return ApiException.badRequest("Unknown statusCode '" + code + "'." + hint + " Codes of this tenant "
          + "(GET /api/calm-features/v1/FeatureStatus): " + codes.describeStatusCodes() + ".");
    });
  }

  private Priority priority(JsonNode value) {
    Integer code = null;
    if (value.isInt()) {
      code = value.intValue();
    } else if (value.isTextual()) {
      try {
        code = Integer.valueOf(value.textValue().trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    Priority priority = code == null ? null : codes.priority(code).orElse(null);
    if (priority == null) {
      List<String> valid = new ArrayList<>();
      for (Priority p : codes.listedPriorities()) {
        valid.add(codes.code(p) + " (" + p.displayName() + ")");
      }
      throw ApiException.badRequest("Unknown priorityCode " + value + "; codes of this tenant "
          + "(GET /api/calm-features/v1/FeaturePriorities): " + String.join(", ", valid) + ".");
    }
    return priority;
  }

  private static List<String> tags(JsonNode value) {
    if (value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw ApiException.badRequest("'tags' must be an array of strings, not " + value + ".");
    }
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : value) {
      if (!tag.isTextual()) {
        throw ApiException.badRequest("'tags' must contain strings only, not " + tag + ".");
      }
      tags.add(tag.textValue());
    }
    return tags;
  }
}
