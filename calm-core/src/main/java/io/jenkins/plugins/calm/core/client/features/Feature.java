package io.jenkins.plugins.calm.core.client.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.http.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * A Cloud ALM feature as the Features API returns it. The documented fields have accessors; every
 * other field the tenant sends is kept ({@link #unknownFields()}, {@link #json()}), because the
 * entity grows with Cloud ALM's bi-weekly releases. Immutable.
 */
public final class Feature {

    static final Set<String> KNOWN_FIELDS = Set.of("uuid", "displayId", "title", "description", "projectId",
            "statusCode", "priorityCode", "releaseId", "scopeId", "responsibleId", "workstreamId", "type", "tags",
            "createdAt", "modifiedAt");

    private final ObjectNode json;

    private Feature(ObjectNode json) {
        this.json = json;
    }

    /** Wraps a feature object read from the API (copied, so later changes to {@code node} do not leak in). */
    public static Feature fromJson(JsonNode node) {
        return new Feature(Json.copyOfObject(node, "a feature"));
    }

    /** The key (a GUID). */
    public String uuid() {
        return Json.text(json, "uuid");
    }

    /** The human-readable ID, e.g. {@code 6-123}. Opaque: its prefix's meaning is not documented. */
    public String displayId() {
        return Json.text(json, "displayId");
    }

    public String title() {
        return Json.text(json, "title");
    }

    /** HTML. */
    public String description() {
        return Json.text(json, "description");
    }

    public String projectId() {
        return Json.text(json, "projectId");
    }

    /** The tenant's status code; resolve its name with {@link FeaturesApi#statusName(String)}. */
    public String statusCode() {
        return Json.text(json, "statusCode");
    }

    /** The priority code as text (Cloud ALM sends a number). */
    public String priorityCode() {
        return Json.text(json, "priorityCode");
    }

    public String releaseId() {
        return Json.text(json, "releaseId");
    }

    public String scopeId() {
        return Json.text(json, "scopeId");
    }

    public String responsibleId() {
        return Json.text(json, "responsibleId");
    }

    public String workstreamId() {
        return Json.text(json, "workstreamId");
    }

    public String type() {
        return Json.text(json, "type");
    }

    public List<String> tags() {
        JsonNode tags = json.get("tags");
        if (tags == null || !tags.isArray()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        tags.forEach(tag -> result.add(tag.asText()));
        return List.copyOf(result);
    }

    /** Creation time, or {@code null} when absent or unreadable (the raw text stays in {@link #json()}). */
    public Instant createdAt() {
        return instant("createdAt");
    }

    /** Time of the last change, or {@code null}; changes on every save. */
    public Instant modifiedAt() {
        return instant("modifiedAt");
    }

    /** The text of any field (numbers as text), or {@code null}. */
    public String text(String field) {
        return Json.text(json, field);
    }

    /** Fields beyond the documented ones, as sent. */
    public Map<String, JsonNode> unknownFields() {
        Map<String, JsonNode> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!KNOWN_FIELDS.contains(field.getKey())) {
                unknown.put(field.getKey(), field.getValue().deepCopy());
            }
        }
        return Collections.unmodifiableMap(unknown);
    }

    /** A copy of the whole entity as sent. */
    public ObjectNode json() {
        return json.deepCopy();
    }

    /**
     * The feature's page in the Cloud ALM launchpad.
     *
     * @param uiRoot {@link io.jenkins.plugins.calm.core.servicekey.ServiceKey#uiRoot()}
     */
    public String uiLink(String uiRoot) {
        HttpUrl root = HttpUrl.get(uiRoot);
        return root.newBuilder().addPathSegment("launchpad").build()
                + "#feature-display?sap-ui-app-id-hint=com.sap.calm.imp.cdm.features.ui&/details/" + displayId();
    }

    private Instant instant(String field) {
        String text = Json.text(json, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    @Override
    public String toString() {
        return "Feature[" + displayId() + " " + uuid() + " status=" + statusCode() + " \"" + title() + "\"]";
    }
}
