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
    public static final class Builder extends FeatureFieldsBuilder<Builder> {

        private Builder() {
        }

        public Builder title(String value) {
            return put("title", FeatureFields.nonBlank(value, "title"));
        }

        /** The tenant's status code; get it from a name with {@link FeaturesApi#resolveStatus(String)}. */
        public Builder statusCode(String value) {
            return put("statusCode", FeatureFields.nonBlank(value, "statusCode"));
        }

        public FeaturePatch build() {
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a feature update must change at least one field");
            }
            return new FeaturePatch(fields.copy());
        }
    }
}
