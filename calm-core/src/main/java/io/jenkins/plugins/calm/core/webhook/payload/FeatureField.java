package io.jenkins.plugins.calm.core.webhook.payload;

/** The fields a feature event is read from, by the key a custom mapping uses for each. */
public enum FeatureField {
    EVENT_TYPE("eventType"),
    EVENT_ID("eventId"),
    SUBSCRIPTION_ID("subscriptionId"),
    /** When present and not naming a feature, the event is ignored (e.g. a task subscription). */
    RESOURCE_TYPE("resourceType"),
    FEATURE_UUID("featureUuid"),
    DISPLAY_ID("displayId"),
    TITLE("title"),
    PROJECT_ID("projectId"),
    PROJECT_NAME("projectName"),
    STATUS_CODE("statusCode"),
    STATUS_NAME("statusName"),
    PREVIOUS_STATUS_CODE("previousStatusCode"),
    PREVIOUS_STATUS_NAME("previousStatusName"),
    MODIFIED_AT("modifiedAt"),
    TAGS("tags");

    private final String key;

    FeatureField(String key) {
        this.key = key;
    }

    /** @return the key of this field in a custom mapping's JSON */
    public String key() {
        return key;
    }
}
