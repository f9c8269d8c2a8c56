package io.jenkins.plugins.calm.core.client.features;

import java.util.Map;

/**
 * A feature to create with {@code POST /Features}: project and title are required, the rest
 * optional. Immutable; build with {@link #builder(String, String)}.
 */
public final class FeatureDraft {

    private final FeatureFields fields;

    private FeatureDraft(FeatureFields fields) {
        this.fields = fields;
    }

    /**
     * @param projectId the project's GUID
     * @param title the feature title
     */
    public static Builder builder(String projectId, String title) {
        return new Builder(projectId, title);
    }

    public Map<String, String> fields() {
        return fields.asMap();
    }

    com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        return fields.toJson();
    }

    @Override
    public String toString() {
        return "FeatureDraft[" + fields.get("title") + " in project " + fields.get("projectId") + "]";
    }

    /** Builder of {@link FeatureDraft}. */
    public static final class Builder extends FeatureFieldsBuilder<Builder> {

        private Builder(String projectId, String title) {
            fields.put("title", FeatureFields.nonBlank(title, "title"));
            fields.put("projectId", FeatureFields.nonBlank(projectId, "projectId"));
        }

        public Builder statusCode(String value) {
            return put("statusCode", value);
        }

        public FeatureDraft build() {
            return new FeatureDraft(fields.copy());
        }
    }
}
