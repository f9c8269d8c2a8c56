package io.jenkins.plugins.calm.core.client.features;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.http.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Field values to send in a create or update body; a {@code null} value clears the field. */
final class FeatureFields {

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> values = new LinkedHashMap<>();

    void put(String field, String value) {
        if (field == null || !FIELD_NAME.matcher(field).matches()) {
            throw new IllegalArgumentException("not a feature field name: \"" + field + "\"");
        }
        values.put(field, value);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    boolean contains(String field) {
        return values.containsKey(field);
    }

    String get(String field) {
        return values.get(field);
    }

    Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    ObjectNode toJson() {
        ObjectNode node = Json.object();
        values.forEach((field, value) -> {
            if (value == null) {
                node.putNull(field);
            } else {
                node.put(field, value);
            }
        });
        return node;
    }

    FeatureFields copy() {
        FeatureFields copy = new FeatureFields();
        copy.values.putAll(values);
        return copy;
    }

    static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
