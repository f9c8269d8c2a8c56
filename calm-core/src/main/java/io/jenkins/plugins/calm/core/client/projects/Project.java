package io.jenkins.plugins.calm.core.client.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.http.Json;

/** A Cloud ALM project: {@code id} (GUID), {@code name}, {@code status} ({@code O} open, {@code C} closed); other fields kept. */
public final class Project {

    private final ObjectNode json;

    private Project(ObjectNode json) {
        this.json = json;
    }

    public static Project fromJson(JsonNode node) {
        return new Project(Json.copyOfObject(node, "a project"));
    }

    public String id() {
        return Json.text(json, "id");
    }

    public String name() {
        return Json.text(json, "name");
    }

    /** {@code O} (open) or {@code C} (closed/hidden) in SAP's samples; {@code null} when not sent. */
    public String status() {
        return Json.text(json, "status");
    }

    public String text(String field) {
        return Json.text(json, field);
    }

    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "Project[" + id() + " \"" + name() + "\"]";
    }
}
