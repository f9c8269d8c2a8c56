package io.jenkins.plugins.calm.core.webhook.payload;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each {@link FeatureField} sits in a payload: one or more JSON pointers per field, the first
 * one present wins.
 *
 * <p>Cloud ALM's exact feature payload is not documented, so nothing here is final: the two
 * presets cover the Resource Changes envelope and the recommended mapping of docs/webhooks.md,
 * and an administrator can move any field with a custom mapping such as
 * {@code {"base": "resourceChanges", "statusName": "/resource/status/text"}}.
 */
public final class FeatureFieldMapping {

    /** Cloud ALM's default payload: {@code {subscriptionId, resourceType, eventType, resourceId, resource}}. */
    public static final FeatureFieldMapping RESOURCE_CHANGES = new FeatureFieldMapping("resourceChanges", pointers(
            FeatureField.EVENT_TYPE, "/eventType",
            FeatureField.EVENT_ID, "/eventId", "/id",
            FeatureField.SUBSCRIPTION_ID, "/subscriptionId",
            FeatureField.RESOURCE_TYPE, "/resourceType",
            FeatureField.FEATURE_UUID, "/resource/uuid", "/resourceId",
            FeatureField.DISPLAY_ID, "/resource/displayId",
            FeatureField.TITLE, "/resource/title",
            FeatureField.PROJECT_ID, "/resource/projectId",
            FeatureField.PROJECT_NAME, "/resource/projectName",
            FeatureField.STATUS_CODE, "/resource/statusCode",
            FeatureField.STATUS_NAME, "/resource/statusName", "/resource/toStatus/name",
            FeatureField.PREVIOUS_STATUS_CODE, "/resource/previousStatusCode",
            FeatureField.PREVIOUS_STATUS_NAME, "/resource/previousStatusName",
            FeatureField.MODIFIED_AT, "/resource/modifiedAt",
            FeatureField.TAGS, "/resource/tags"));

    /** The payload of the recommended mapping users paste into Cloud ALM (docs/webhooks.md). */
    public static final FeatureFieldMapping RECOMMENDED = new FeatureFieldMapping("recommended", pointers(
            FeatureField.EVENT_TYPE, "/eventType",
            FeatureField.EVENT_ID, "/eventId",
            FeatureField.SUBSCRIPTION_ID, "/subscriptionId",
            FeatureField.RESOURCE_TYPE, "/resourceType",
            FeatureField.FEATURE_UUID, "/feature/uuid",
            FeatureField.DISPLAY_ID, "/feature/displayId",
            FeatureField.TITLE, "/feature/title",
            FeatureField.PROJECT_ID, "/feature/projectId",
            FeatureField.PROJECT_NAME, "/feature/projectName",
            FeatureField.STATUS_CODE, "/feature/statusCode",
            FeatureField.STATUS_NAME, "/feature/statusName",
            FeatureField.PREVIOUS_STATUS_CODE, "/feature/previousStatusCode",
            FeatureField.PREVIOUS_STATUS_NAME, "/feature/previousStatusName",
            FeatureField.MODIFIED_AT, "/feature/modifiedAt",
            FeatureField.TAGS, "/feature/tags"));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String description;
    private final Map<FeatureField, List<JsonPointer>> pointers;

    private FeatureFieldMapping(String description, Map<FeatureField, List<JsonPointer>> pointers) {
        this.description = description;
        this.pointers = pointers;
    }

    /**
     * Parses a custom mapping: a JSON object whose keys are {@link FeatureField#key()} values (plus an
     * optional {@code "base"}: {@code "recommended"} (default) or {@code "resourceChanges"}), each with
     * one JSON pointer or an array of them. Fields left out keep the base's pointers; an empty array
     * means "this payload never has the field".
     *
     * @throws IllegalArgumentException with a message an administrator can act on
     */
    public static FeatureFieldMapping parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The webhook field mapping is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The webhook field mapping must be a JSON object such as"
                    + " {\"statusName\": \"/resource/status/name\"}");
        }
        FeatureFieldMapping base = RECOMMENDED;
        JsonNode baseNode = root.get("base");
        if (baseNode != null) {
            base = switch (baseNode.asText()) {
                case "recommended" -> RECOMMENDED;
                case "resourceChanges" -> RESOURCE_CHANGES;
                default -> throw new IllegalArgumentException("The webhook field mapping's \"base\" must be"
                        + " \"recommended\" or \"resourceChanges\", not \"" + baseNode.asText() + "\"");
            };
        }
        Map<FeatureField, List<JsonPointer>> merged = new EnumMap<>(base.pointers);
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            if (entry.getKey().equals("base")) {
                continue;
            }
            FeatureField field = fieldForKey(entry.getKey());
            merged.put(field, pointersOf(entry.getKey(), entry.getValue()));
        }
        if (merged.get(FeatureField.FEATURE_UUID).isEmpty() && merged.get(FeatureField.DISPLAY_ID).isEmpty()) {
            throw new IllegalArgumentException("The webhook field mapping must locate \"featureUuid\" or \"displayId\":"
                    + " without either no event can name its feature");
        }
        return new FeatureFieldMapping("custom(" + base.description + ")", Collections.unmodifiableMap(merged));
    }

    private static FeatureField fieldForKey(String key) {
        for (FeatureField field : FeatureField.values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        throw new IllegalArgumentException("Unknown field \"" + key + "\" in the webhook field mapping; known fields: base, "
                + Arrays.stream(FeatureField.values()).map(FeatureField::key).collect(Collectors.joining(", ")));
    }

    private static List<JsonPointer> pointersOf(String key, JsonNode value) {
        List<JsonPointer> result = new ArrayList<>();
        if (value.isTextual()) {
            result.add(compile(key, value.asText()));
        } else if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    throw new IllegalArgumentException("\"" + key + "\" in the webhook field mapping must list JSON"
                            + " pointers as strings");
                }
                result.add(compile(key, element.asText()));
            }
        } else {
            throw new IllegalArgumentException("\"" + key + "\" in the webhook field mapping must be a JSON pointer"
                    + " such as \"/resource/statusCode\" or an array of them");
        }
        return List.copyOf(result);
    }

    private static JsonPointer compile(String key, String pointer) {
        if (pointer.isEmpty() || !pointer.startsWith("/")) {
            throw new IllegalArgumentException("\"" + key + "\" in the webhook field mapping: \"" + pointer
                    + "\" is not a JSON pointer; pointers start with / as in \"/resource/statusCode\"");
        }
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + key + "\" in the webhook field mapping: \"" + pointer
                    + "\" is not a valid JSON pointer (" + e.getMessage() + ")");
        }
    }

    private static Map<FeatureField, List<JsonPointer>> pointers(Object... fieldsAndPointers) {
        Map<FeatureField, List<JsonPointer>> map = new EnumMap<>(FeatureField.class);
        FeatureField current = null;
        for (Object item : fieldsAndPointers) {
            if (item instanceof FeatureField field) {
                current = field;
                map.put(field, new ArrayList<>());
            } else {
                map.get(current).add(JsonPointer.compile((String) item));
            }
        }
        map.replaceAll((field, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(map);
    }

    /**
     * @return the value of the first pointer of {@code field} that is present (not missing, not
     *     JSON {@code null}), with that pointer for messages; {@code null} when none is
     */
    Located locate(JsonNode root, FeatureField field) {
        for (JsonPointer pointer : pointers.get(field)) {
            JsonNode node = root.at(pointer);
            if (!node.isMissingNode() && !node.isNull()) {
                return new Located(node, pointer.toString());
            }
        }
        return null;
    }

    /** @return the pointers of {@code field}, in the order they are tried */
    List<JsonPointer> pointers(FeatureField field) {
        return pointers.get(field);
    }

    /** @return the pointers of {@code field}, for messages about a field that was not found */
    String where(FeatureField field) {
        List<JsonPointer> list = pointers.get(field);
        return list.isEmpty()
                ? "(no pointer for " + field.key() + ")"
                : list.stream().map(JsonPointer::toString).collect(Collectors.joining(" or "));
    }

    /** A value found in a payload and the pointer it was found at. */
    record Located(JsonNode node, String where) {
    }

    @Override
    public String toString() {
        return "FeatureFieldMapping[" + description + "]";
    }
}
