package io.jenkins.plugins.calm.core.client.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.http.Json;

/**
 * A transport as {@code /Transports} returns it. Its fields are not documented publicly, so this
 * class guesses none: read them by name with {@link #text(String)} or from {@link #json()}.
 */
public final class Transport {

    private final ObjectNode json;

    private Transport(ObjectNode json) {
        this.json = json;
    }

    public static Transport fromJson(JsonNode node) {
        return new Transport(Json.copyOfObject(node, "a transport"));
    }

    /** The text of a field (numbers as text), or {@code null}. */
    public String text(String field) {
        return Json.text(json, field);
    }

    /** A copy of the whole entity as sent. */
    public ObjectNode json() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "Transport" + json;
    }
}
