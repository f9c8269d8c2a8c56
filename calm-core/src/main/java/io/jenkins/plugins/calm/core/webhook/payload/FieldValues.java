package io.jenkins.plugins.calm.core.webhook.payload;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads single values out of a payload, with the checks every extracted value needs: type, length,
 * no control characters in identifiers, and "unresolved mapping placeholder means absent".
 *
 * <p>A Cloud ALM mapping may contain a placeholder (e.g. {@code #{item.displayId}}) for a field
 * the event does not have. Whether Cloud ALM then sends an empty string or the placeholder text is
 * not documented, so both count as "the payload does not say".
 */
final class FieldValues {

    static final int MAX_ID_CHARS = 256;
    static final int MAX_TITLE_CHARS = 4096;
    static final int MAX_TAGS = 200;

    private static final Pattern UNRESOLVED_PLACEHOLDER = Pattern.compile("[#$]\\{[^{}]*\\}");

    private FieldValues() {
    }

    /** @return the scalar at {@code node} as text, or {@code null} when absent */
    static String text(JsonNode node, String where, int maxChars) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new PayloadRejectedException(where + " must be a string, not " + kind(node));
        }
        String value = node.asText().strip();
        if (value.isEmpty() || UNRESOLVED_PLACEHOLDER.matcher(value).matches()) {
            return null;
        }
        if (value.length() > maxChars) {
            throw new PayloadRejectedException(where + " is longer than " + maxChars + " characters");
        }
        return value;
    }

    /** @return an identifier-like value (ID, code, status name): no control characters allowed */
    static String identifier(JsonNode node, String where) {
        String value = text(node, where, MAX_ID_CHARS);
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            throw new PayloadRejectedException(where + " contains control characters");
        }
        return value;
    }

    /** @return the title with control characters (line breaks, escape sequences) replaced by spaces */
    static String title(JsonNode node, String where) {
        return cleanTitle(text(node, where, MAX_TITLE_CHARS));
    }

    static String cleanTitle(String title) {
        if (title == null) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(title.length());
        title.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return cleaned.toString();
    }

    /**
     * @return tags from a JSON array (of strings, or of objects with a {@code name}) or a
     *     comma-separated string; {@code null} ("unknown") when absent, empty, an unresolved
     *     placeholder or of another shape. Tags only
     *     matter to triggers that filter on them, and for those an unknown value makes the plugin
     *     read the feature instead, so an unexpected shape must not reject the whole event.
     */
    static List<String> tags(JsonNode node, String where) {
        if (node == null || !(node.isArray() || node.isTextual())) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode element : node) {
                JsonNode value = element.isObject() ? element.path("name") : element;
                if (value.isValueNode()) {
                    addTag(tags, value.asText(), where);
                }
            }
        } else {
            String joined = node.asText().strip();
            if (joined.isEmpty() || UNRESOLVED_PLACEHOLDER.matcher(joined).matches()) {
                return null;
            }
            for (String part : joined.split(",")) {
                addTag(tags, part, where);
            }
        }
        return tags;
    }

    private static void addTag(List<String> tags, String raw, String where) {
        String tag = raw.strip();
        if (tag.isEmpty()) {
            return;
        }
        if (tag.length() > MAX_ID_CHARS || tag.chars().anyMatch(Character::isISOControl)) {
            throw new PayloadRejectedException(where + " holds a tag that is too long or has control characters");
        }
        if (tags.size() == MAX_TAGS) {
            throw new PayloadRejectedException(where + " has more than " + MAX_TAGS + " tags");
        }
        tags.add(tag);
    }

    /**
     * @return an ISO-8601 timestamp ({@code 2026-02-01T14:03:11Z}, with or without fraction or
     *     offset) or epoch milliseconds; {@code null} when absent
     */
    static Instant instant(JsonNode node, String where) {
        if (node != null && node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw new PayloadRejectedException(where + " is not a timestamp");
            }
            return Instant.ofEpochMilli(node.asLong());
        }
        String value = identifier(node, where);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new PayloadRejectedException(where + " is not an ISO-8601 timestamp such as 2026-02-01T14:03:11Z");
        }
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "an array" : "an object";
    }
}
