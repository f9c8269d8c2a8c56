package io.jenkins.plugins.calm.core.client.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.http.Json;

/** A comment on a task, user story or requirement: {@code id}, {@code text}; other fields kept. */
public final class TaskComment {

    private final ObjectNode json;

    private TaskComment(ObjectNode json) {
        this.json = json;
    }

    public static TaskComment fromJson(JsonNode node) {
        return new TaskComment(Json.copyOfObject(node, "a comment"));
    }

    public String id() {
        return Json.text(json, "id");
    }

    public String text() {
        return Json.text(json, "text");
    }

    public String field(String name) {
        return Json.text(json, name);
    }

    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "TaskComment[" + id() + "]";
    }
}
