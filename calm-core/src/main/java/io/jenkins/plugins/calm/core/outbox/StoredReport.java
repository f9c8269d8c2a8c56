package io.jenkins.plugins.calm.core.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The envelope a report is stored in: format version, payload kind, delivery bookkeeping and the
 * payload itself.
 *
 * <pre>{"format":1,"type":"deployment-report","key":"…","createdAt":"…","attempts":2,
 *  "lastAttemptAt":"…","lastError":"…","parkedReason":null,"payload":{…}}</pre>
 */
record StoredReport(String key, String type, Instant createdAt, int attempts, Instant lastAttemptAt,
        String lastError, String parkedReason, ObjectNode payload) {

    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    byte[] toBytes() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("type", type);
        root.put("key", key);
        root.put("createdAt", createdAt.toString());
        root.put("attempts", attempts);
        root.put("lastAttemptAt", lastAttemptAt == null ? null : lastAttemptAt.toString());
        root.put("lastError", lastError);
        root.put("parkedReason", parkedReason);
        root.set("payload", payload);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON tree", e);
        }
    }

    /**
     * @param expectedKey the key the file name says
     * @throws IllegalArgumentException with the reason when the bytes are not a stored report
     */
    static StoredReport parse(byte[] bytes, String expectedKey) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable (" + e + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!root.path("format").canConvertToInt() || root.path("format").intValue() != FORMAT) {
            throw new IllegalArgumentException("unsupported format " + root.get("format") + " (this version reads "
                    + FORMAT + ")");
        }
        String key = text(root, "key", true);
        if (!key.equals(expectedKey)) {
            throw new IllegalArgumentException("its key '" + key + "' does not match its file name");
        }
        JsonNode payload = root.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new IllegalArgumentException("no payload object");
        }
        JsonNode attempts = root.path("attempts");
        return new StoredReport(key, text(root, "type", true), instant(root, "createdAt", true),
                attempts.canConvertToInt() ? Math.max(0, attempts.intValue()) : 0,
                instant(root, "lastAttemptAt", false), text(root, "lastError", false), text(root, "parkedReason", false),
                (ObjectNode) payload);
    }

    static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("missing '" + field + "'");
            }
            return null;
        }
        if (!value.isTextual() || (required && value.textValue().isBlank())) {
            throw new IllegalArgumentException("'" + field + "' must be a non-empty string");
        }
        return value.textValue();
    }

    static Instant instant(JsonNode node, String field, boolean required) {
        String text = text(node, field, required);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + field + "' is not an ISO-8601 instant: " + text, e);
        }
    }
}
