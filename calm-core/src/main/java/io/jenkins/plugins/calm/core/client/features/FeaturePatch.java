package io.jenkins.plugins.calm.core.client.features;

import java.util.Map;

/**
 * The fields to change with {@code PATCH /Features/{uuid}}: any subset, including
 * {@code statusCode} (the status switch, limited by Cloud ALM to its "Enabled Status Switches").
 * Setting a field to {@code null} clears it. Immutable; build with {@link #builder()}.
 */
public final class FeaturePatch {

    private final FeatureFields fields;

    private FeaturePatch(FeatureFields fields) {
        this.fields = fields;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The fields and values to send (a {@code null} value clears). */
    public Map<String, String> fields() {
        return fields.asMap();
    }

    com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        return fields.toJson();
    }

    @Override
    public String toString() {
        return "FeaturePatch" + fields.asMap().keySet();
    }

    /** Builder of {@link FeaturePatch}. */
    public static final class Builder {

        private final FeatureFields fields = new FeatureFields();

        private Builder() {
        }

        public Builder title(String value) {
            fields.put("title", FeatureFields.nonBlank(value, "title"));
            return this;
        }

        public Builder description(String value) {
            fields.put("description", value);
            return this;
        }

        /** The tenant's status code; get it from a name with {@link FeaturesApi#resolveStatus(String)}. */
        public Builder statusCode(String value) {
            fields.put("statusCode", FeatureFields.nonBlank(value, "statusCode"));
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

        /** Any other (text) field by its API name; {@code null} clears it. */
        public Builder set(String field, String value) {
            fields.put(field, value);
            return this;
        }

        public FeaturePatch build() {
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a feature update must change at least one field");
            }
            return new FeaturePatch(fields.copy());
        }
    }
}
