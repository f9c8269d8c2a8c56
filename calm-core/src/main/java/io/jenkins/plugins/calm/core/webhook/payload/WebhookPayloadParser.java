package io.jenkins.plugins.calm.core.webhook.payload;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFieldMapping.Located;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a delivery's JSON into a {@link WebhookPayload}. It understands three kinds of payload:
 * <ol>
 *   <li>Cloud ALM's default Resource Changes envelope ({@code resource} is an object), read with
 *       {@link FeatureFieldMapping#RESOURCE_CHANGES};
 *   <li>a payload shaped by the recommended mapping (or the connection's custom field mapping);
 *   <li>the external approval workflow calls {@code WORKFLOW.STARTED}, {@code WORKFLOW.PING} and
 *       {@code WORKFLOW.CANCELED}, whose shape is fixed by the workflow mapping in docs/webhooks.md
 *       (and, for {@code STARTED}, also read from a Resource Changes envelope's {@code resource}),
 *       or by Cloud ALM's built-in mapping "SAP Cloud ALM Feature to SAP Build" (reference §7.3:
 *       {@code STARTED} posts {@code {definitionId, context}}, {@code CANCELED} patches {@code
 *       {"status":"CANCELED"}}, see {@link #parseWorkflowPatch}).
 * </ol>
 * It throws nothing but {@link PayloadRejectedException}.
 */
public final class WebhookPayloadParser {

    private static final JsonPointer EVENT_TYPE = JsonPointer.compile("/eventType");
    private static final List<JsonPointer> WF_UUID = pointers("/feature/uuid", "/resource/id", "/resourceId");
    private static final List<JsonPointer> WF_DISPLAY_ID = pointers("/feature/displayId", "/resource/universalId", "/resource/displayId");
    private static final List<JsonPointer> WF_TITLE = pointers("/feature/title", "/resource/title");
    private static final List<JsonPointer> WF_PROJECT_ID = pointers("/feature/projectId", "/resource/projectId");
    private static final List<JsonPointer> WF_PROJECT_NAME = pointers("/feature/projectName", "/resource/projectName");
    private static final List<JsonPointer> WF_TAGS = pointers("/feature/tags", "/resource/tags");
    private static final List<JsonPointer> WF_STATUS_CODE = pointers("/feature/statusCode", "/resource/statusCode");
    private static final List<JsonPointer> WF_STATUS_NAME = pointers("/feature/statusName", "/resource/statusName");
    private static final List<JsonPointer> WF_TARGET_CODE = pointers("/feature/targetStatusCode", "/resource/targetStatusCode");
    private static final List<JsonPointer> WF_TARGET_NAME = pointers("/feature/targetStatusName", "/resource/targetStatusName");
    private static final List<JsonPointer> WF_TRIGGERED_BY = pointers("/triggeredBy", "/resource/triggeredBy");
    private static final List<JsonPointer> WF_ID = pointers("/workflowId");
    /* SAP's mapping fills featureId from item.id and universalId from item.universalId; which is the
       UUID and which the display ID is inferred, so each value is classified by its shape instead. */
    private static final List<JsonPointer> SAP_BUILD_FEATURE_IDS = pointers("/context/featureId", "/context/universalId");
    private static final JsonPointer SAP_BUILD_CONTEXT = JsonPointer.compile("/context");
    private static final List<JsonPointer> SAP_BUILD_TITLE = pointers("/context/featureTitle");
    private static final List<JsonPointer> SAP_BUILD_PROJECT_NAME = pointers("/context/projectName");
    private static final List<JsonPointer> SAP_BUILD_STATUS_NAME = pointers("/context/statusName");
    private static final List<JsonPointer> SAP_BUILD_TARGET_NAME = pointers("/context/targetStatusName");
    private static final List<JsonPointer> SAP_BUILD_TRIGGERED_BY = pointers("/context/triggeredBy");
    private static final JsonPointer SAP_BUILD_STATUS = JsonPointer.compile("/status");
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private WebhookPayloadParser() {
    }

    /**
     * @param connection the connection the delivery came through
     * @param root the body, as read by {@link SafeJsonReader}
     * @param customMapping the connection's custom field mapping, or {@code null} to recognise the
     *     Resource Changes envelope and otherwise read the recommended mapping's payload
     * @param workflowUrl whether the delivery was posted to the approval-workflow URL
     * @param workflowIdFromUrl the workflow ID in that URL, or {@code null}
     */
    public static WebhookPayload parse(
            String connection, JsonNode root, FeatureFieldMapping customMapping, boolean workflowUrl, String workflowIdFromUrl) {
        String topEventType = FieldValues.identifier(root.at(EVENT_TYPE), "/eventType");
        if (workflowUrl || (topEventType != null && upper(topEventType).startsWith("WORKFLOW."))) {
            return parseWorkflowCall(root, topEventType, workflowUrl, workflowIdFromUrl);
        }
        FeatureFieldMapping mapping = customMapping != null
                ? customMapping
                : root.path("resource").isObject() ? FeatureFieldMapping.RESOURCE_CHANGES : FeatureFieldMapping.RECOMMENDED;
        return parseFeatureChange(connection, root, mapping, customMapping == null && mapping == FeatureFieldMapping.RESOURCE_CHANGES);
    }

    private static WebhookPayload parseFeatureChange(
            String connection, JsonNode root, FeatureFieldMapping mapping, boolean resourceChanges) {
        String eventType = identifier(root, mapping, FeatureField.EVENT_TYPE);
        if (eventType != null) {
            String upper = upper(eventType);
            if (upper.equals("PING") || upper.endsWith(".PING")) {
                return new IgnoredEvent(eventType, "a subscription ping, not a feature change");
            }
            if (upper.endsWith(".DELETED")) {
                return new IgnoredEvent(eventType, "the feature was deleted");
            }
        }
        String resourceType = identifier(root, mapping, FeatureField.RESOURCE_TYPE);
        if (resourceType != null && !resourceType.toLowerCase(Locale.ROOT).contains("feature")) {
            return new IgnoredEvent(eventType, "the resource type '" + resourceType + "' is not a feature");
        }
        FeatureFacts feature = featureFacts(root, mapping);
        StatusRef status = new StatusRef(
                identifier(root, mapping, FeatureField.STATUS_CODE), identifier(root, mapping, FeatureField.STATUS_NAME));
        StatusRef previous = new StatusRef(
                identifier(root, mapping, FeatureField.PREVIOUS_STATUS_CODE),
                identifier(root, mapping, FeatureField.PREVIOUS_STATUS_NAME));
        Located modifiedAtNode = mapping.locate(root, FeatureField.MODIFIED_AT);
        Instant modifiedAt = modifiedAtNode == null ? null : FieldValues.instant(modifiedAtNode.node(), modifiedAtNode.where());
        String eventId = identifier(root, mapping, FeatureField.EVENT_ID);
        boolean derived = eventId == null;
        if (derived) {
            eventId = EventIds.derive(feature, status, previous, modifiedAt);
        }
        return new FeatureChange(
                connection,
                eventId,
                derived,
                eventType,
                identifier(root, mapping, FeatureField.SUBSCRIPTION_ID),
                feature,
                status,
                previous,
                modifiedAt,
                resourceChanges ? FeatureChange.Source.RESOURCE_CHANGES : FeatureChange.Source.MAPPED_PAYLOAD);
    }

    private static FeatureFacts featureFacts(JsonNode root, FeatureFieldMapping mapping) {
        String uuid = identifier(root, mapping, FeatureField.FEATURE_UUID);
        String displayId = identifier(root, mapping, FeatureField.DISPLAY_ID);
        if (uuid == null && displayId == null) {
            throw new PayloadRejectedException("the payload names no feature: expected its UUID at "
                    + mapping.where(FeatureField.FEATURE_UUID) + " or its display ID at " + mapping.where(FeatureField.DISPLAY_ID));
        }
        Located title = mapping.locate(root, FeatureField.TITLE);
        Located tags = mapping.locate(root, FeatureField.TAGS);
        return new FeatureFacts(
                uuid,
                displayId,
                title == null ? null : FieldValues.title(title.node(), title.where()),
                identifier(root, mapping, FeatureField.PROJECT_ID),
                identifier(root, mapping, FeatureField.PROJECT_NAME),
                tags == null ? null : FieldValues.tags(tags.node(), tags.where()));
    }

    /**
     * Reads {@code WORKFLOW.CANCELED} as Cloud ALM's built-in SAP Build mapping sends it: a PATCH
     * of the workflow's URL with {@code {"status":"CANCELED","cascade":false}}.
     *
     * @param root the body, as read by {@link SafeJsonReader}
     * @param workflowIdFromUrl the workflow ID in the URL
     */
    public static WorkflowCancel parseWorkflowPatch(JsonNode root, String workflowIdFromUrl) {
        String status = FieldValues.identifier(root.at(SAP_BUILD_STATUS), "/status");
        if (status == null || !upper(status).startsWith("CANCEL")) {
            throw new PayloadRejectedException("a PATCH of an approval workflow must set \"status\": \"CANCELED\"");
        }
        return new WorkflowCancel(workflowId(root, workflowIdFromUrl, "WORKFLOW.CANCELED"), WorkflowDialect.SAP_BUILD_MAPPING);
    }

    private static WebhookPayload parseWorkflowCall(
            JsonNode root, String eventType, boolean workflowUrl, String workflowIdFromUrl) {
        if (eventType == null && workflowUrl && root.at(SAP_BUILD_CONTEXT).isObject()) {
            if (workflowIdFromUrl != null) {
                throw new PayloadRejectedException("WORKFLOW.STARTED must be posted to the workflow URL without a"
                        + " workflow ID; the ID is what this endpoint answers");
            }
            return sapBuildStart(root);
        }
        if (eventType == null) {
            throw new PayloadRejectedException("the approval workflow URL expects \"eventType\": WORKFLOW.STARTED,"
                    + " WORKFLOW.PING or WORKFLOW.CANCELED (see the workflow mapping in docs/webhooks.md), or the"
                    + " {\"definitionId\", \"context\"} of the SAP Build mapping");
        }
        switch (upper(eventType)) {
            case "WORKFLOW.STARTED":
                if (workflowIdFromUrl != null) {
                    throw new PayloadRejectedException("WORKFLOW.STARTED must be posted to the workflow URL without a"
                            + " workflow ID; the ID is what this endpoint answers");
                }
                return workflowStart(root);
            case "WORKFLOW.PING":
                return new WorkflowPing(workflowId(root, workflowIdFromUrl, eventType));
            case "WORKFLOW.CANCELED":
            case "WORKFLOW.CANCELLED":
                return new WorkflowCancel(workflowId(root, workflowIdFromUrl, eventType));
            default:
                if (workflowUrl && !upper(eventType).startsWith("WORKFLOW.")) {
                    throw new PayloadRejectedException("the approval workflow URL only takes WORKFLOW.STARTED,"
                            + " WORKFLOW.PING and WORKFLOW.CANCELED events");
                }
                return new IgnoredEvent(eventType, "a workflow event this endpoint does not act on");
        }
    }

    private static WorkflowStart workflowStart(JsonNode root) {
        String uuid = identifier(root, WF_UUID);
        String displayId = identifier(root, WF_DISPLAY_ID);
        if (uuid == null && displayId == null) {
            throw new PayloadRejectedException("WORKFLOW.STARTED names no feature: expected /feature/uuid or /feature/displayId");
        }
        StatusRef target = new StatusRef(identifier(root, WF_TARGET_CODE), identifier(root, WF_TARGET_NAME));
        if (target.isUnknown()) {
            throw new PayloadRejectedException("WORKFLOW.STARTED names no target status: expected /feature/targetStatusName");
        }
        JsonNode title = first(root, WF_TITLE);
        JsonNode tags = first(root, WF_TAGS);
        FeatureFacts feature = new FeatureFacts(
                uuid,
                displayId,
                title == null ? null : FieldValues.title(title, "/feature/title"),
                identifier(root, WF_PROJECT_ID),
                identifier(root, WF_PROJECT_NAME),
                tags == null ? null : FieldValues.tags(tags, "/feature/tags"));
        StatusRef current = new StatusRef(identifier(root, WF_STATUS_CODE), identifier(root, WF_STATUS_NAME));
        return new WorkflowStart(feature, current, target, identifier(root, WF_TRIGGERED_BY));
    }

    /** {@code WORKFLOW.STARTED} as the SAP Build mapping posts it: {@code {definitionId, context:{…}}}. */
    private static WorkflowStart sapBuildStart(JsonNode root) {
        String uuid = null;
        String displayId = null;
        for (JsonPointer pointer : SAP_BUILD_FEATURE_IDS) {
            String value = identifier(root, List.of(pointer));
            if (value == null) {
                continue;
            }
            if (GUID.matcher(value).matches()) {
                uuid = uuid == null ? value : uuid;
            } else {
                displayId = displayId == null ? value : displayId;
            }
        }
        if (uuid == null && displayId == null) {
            throw new PayloadRejectedException("WORKFLOW.STARTED names no feature: expected /context/featureId or /context/universalId");
        }
        String target = identifier(root, SAP_BUILD_TARGET_NAME);
        if (target == null) {
            throw new PayloadRejectedException("WORKFLOW.STARTED names no target status: expected /context/targetStatusName");
        }
        JsonNode title = first(root, SAP_BUILD_TITLE);
        FeatureFacts feature = new FeatureFacts(
                uuid,
                displayId,
                title == null ? null : FieldValues.title(title, "/context/featureTitle"),
                null,
                identifier(root, SAP_BUILD_PROJECT_NAME),
                null);
        return new WorkflowStart(feature, StatusRef.ofName(identifier(root, SAP_BUILD_STATUS_NAME)), StatusRef.ofName(target),
                identifier(root, SAP_BUILD_TRIGGERED_BY), WorkflowDialect.SAP_BUILD_MAPPING);
    }

    private static String workflowId(JsonNode root, String workflowIdFromUrl, String eventType) {
        String id = workflowIdFromUrl != null ? workflowIdFromUrl : identifier(root, WF_ID);
        if (id == null) {
            throw new PayloadRejectedException(eventType + " names no workflow: post it to the workflow URL ending in"
                    + " the ID this endpoint answered to WORKFLOW.STARTED");
        }
        if (id.length() > 128 || id.chars().anyMatch(Character::isISOControl)) {
            throw new PayloadRejectedException(eventType + " names a workflow ID that cannot be one of ours");
        }
        return id;
    }

    private static String identifier(JsonNode root, FeatureFieldMapping mapping, FeatureField field) {
        return identifier(root, mapping.pointers(field));
    }

    /** @return the first candidate's value that is present and not an unresolved placeholder */
    private static String identifier(JsonNode root, Iterable<JsonPointer> candidates) {
        for (JsonPointer pointer : candidates) {
            JsonNode node = root.at(pointer);
            if (!node.isMissingNode() && !node.isNull()) {
                String value = FieldValues.identifier(node, pointer.toString());
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static JsonNode first(JsonNode root, List<JsonPointer> candidates) {
        for (JsonPointer pointer : candidates) {
            JsonNode node = root.at(pointer);
            if (!node.isMissingNode() && !node.isNull()) {
                return node;
            }
        }
        return null;
    }

    private static List<JsonPointer> pointers(String... pointers) {
        return List.of(pointers).stream().map(JsonPointer::compile).toList();
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
