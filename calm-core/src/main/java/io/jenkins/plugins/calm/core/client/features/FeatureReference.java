package io.jenkins.plugins.calm.core.client.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.http.Json;

/**
 * A link on a feature: a URL reference (e.g. to a Jenkins build) or an external reference (an
 * object in another system). Field names come from the {@link ReferenceMapping} in use.
 */
public final class FeatureReference {

    /** Which collection the reference lives in. */
    public enum Kind {
        URL, EXTERNAL
    }

    private final Kind kind;
    private final ObjectNode json;
    private final ReferenceMapping mapping;

    FeatureReference(Kind kind, JsonNode json, ReferenceMapping mapping) {
        this.kind = kind;
        this.json = Json.copyOfObject(json, "a reference");
        this.mapping = mapping;
    }

    public Kind kind() {
        return kind;
    }

    /** The UUID of the feature it belongs to. */
    public String parentUuid() {
        return Json.text(json, kind == Kind.URL ? mapping.urlParentField() : mapping.externalParentField());
    }

    public String name() {
        return Json.text(json, kind == Kind.URL ? mapping.urlNameField() : mapping.externalNameField());
    }

    public String url() {
        return Json.text(json, kind == Kind.URL ? mapping.urlUrlField() : mapping.externalUrlField());
    }

    /** For external references: the object's ID in the other system; {@code null} for URL references. */
    public String externalId() {
        return kind == Kind.EXTERNAL ? Json.text(json, mapping.externalIdField()) : null;
    }

    /** The text of any field, or {@code null}. */
    public String text(String field) {
        return Json.text(json, field);
    }

    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "FeatureReference[" + kind + " " + name() + " " + url() + " on " + parentUuid() + "]";
    }
}
