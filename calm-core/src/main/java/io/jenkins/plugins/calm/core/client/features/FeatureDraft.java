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
    public static final class Builder {

        private final FeatureFields fields = new FeatureFields();

        private Builder(String projectId, String title) {
            fields.put("title", FeatureFields.nonBlank(title, "title"));
            fields.put("projectId", FeatureFields.nonBlank(projectId, "projectId"));
        }

        public Builder description(String value) {
            fields.put("description", value);
            return this;
        }

        public Builder statusCode(String value) {
            fields.put("statusCode", value);
            return this;
        }

        public Builder priorityCode(String value) {
            fields.put("priorityCode", value);
            return this;
        }

        public Builder releaseId(String value) {
            fields.put("releaseId", value);
            return this;
        }

        public Builder scopeId(String value) {
            fields.put("scopeId", value);
            return this;
        }

        public Builder responsibleId(String value) {
            fields.put("responsibleId", value);
            return this;
        }

        public Builder workstreamId(String value) {
            fields.put("workstreamId", value);
            return this;
        }

        /** Any other (text) field by its API name. */
        public Builder set(String field, String value) {
            fields.put(field, value);
            return this;
        }

        public FeatureDraft build() {
            return new FeatureDraft(fields.copy());
        }
    }
}
