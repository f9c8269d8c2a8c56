package io.jenkins.plugins.calm.core.client.features;

/**
 * The setters {@link FeatureDraft.Builder} and {@link FeaturePatch.Builder} share: the optional
 * feature fields, written as given ({@code null} is sent as an explicit null). What differs between
 * a create and an update (required title and project, validated status code, the final check)
 * stays in the two builders.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
abstract class FeatureFieldsBuilder<B extends FeatureFieldsBuilder<B>> {

    final FeatureFields fields = new FeatureFields();

    FeatureFieldsBuilder() {
    }

    public B description(String value) {
        return put("description", value);
    }

    public B priorityCode(String value) {
        return put("priorityCode", value);
    }

    public B releaseId(String value) {
        return put("releaseId", value);
    }

    public B scopeId(String value) {
        return put("scopeId", value);
    }

    public B responsibleId(String value) {
        return put("responsibleId", value);
    }

    public B workstreamId(String value) {
        return put("workstreamId", value);
    }

    /** Any other (text) field by its API name; {@code null} sends an explicit null (in an update: clears it). */
    public B set(String field, String value) {
        return put(field, value);
    }

    final B put(String field, String value) {
        fields.put(field, value);
        return self();
    }

    @SuppressWarnings("unchecked") // B is this class's own subtype by the type bound
    private B self() {
        return (B) this;
    }
}
