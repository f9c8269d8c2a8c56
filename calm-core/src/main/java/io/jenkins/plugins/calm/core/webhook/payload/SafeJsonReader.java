package io.jenkins.plugins.calm.core.webhook.payload;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.calm.core.webhook.gate.WebhookLimits;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a delivery body into a JSON tree under hard limits: nesting depth, string, name and number
 * length, token count and document size, duplicate field names refused (two parsers that pick
 * different duplicates are a classic way to smuggle a value past a check), no trailing content,
 * no comments or other JSON extensions. XML is never parsed anywhere.
 */
public final class SafeJsonReader {

    private static final Pattern DUPLICATE_NAME = Pattern.compile("[Dd]uplicate[^\"']*[\"']([^\"']{1,200})[\"']");
    private static final Pattern UNSAFE_NAME_CHARACTERS = Pattern.compile("[^A-Za-z0-9_.@-]");

    private final JsonMapper mapper;
    private final WebhookLimits limits;

    public SafeJsonReader(WebhookLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringChars())
                        .maxNameLength(limits.maxNameChars())
                        .maxNumberLength(limits.maxNumberChars())
                        .maxTokenCount(limits.maxTokens())
                        .maxDocumentLength(limits.maxBodyBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /**
     * @return the body's root object
     * @throws PayloadRejectedException when the body is not one JSON object within the limits
     */
    public JsonNode readObject(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (StreamConstraintsException e) {
            throw new PayloadRejectedException(describeLimit(e.getOriginalMessage()));
        } catch (JsonParseException e) {
            throw new PayloadRejectedException(describeSyntaxError(e));
        } catch (JsonProcessingException e) {
            throw new PayloadRejectedException("malformed JSON" + at(e.getLocation()));
        } catch (IOException | RuntimeException e) {
            // Jackson reports a few malformed inputs (e.g. broken UTF-8 surrogates) as other exceptions.
            throw new PayloadRejectedException("malformed JSON");
        }
        if (root == null || root.isMissingNode()) {
            throw new PayloadRejectedException("the body is empty; a JSON object was expected");
        }
        if (!root.isObject()) {
            throw new PayloadRejectedException("the payload must be a JSON object, not " + kind(root));
        }
        return root;
    }

    private String describeLimit(String message) {
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (lower.contains("nesting")) {
            return "JSON nested deeper than " + limits.maxNestingDepth() + " levels";
        } else if (lower.contains("string value")) {
            return "a JSON string is longer than " + limits.maxStringChars() + " characters";
        } else if (lower.contains("name")) {
            return "a JSON field name is longer than " + limits.maxNameChars() + " characters";
        } else if (lower.contains("number")) {
            return "a JSON number is longer than " + limits.maxNumberChars() + " digits";
        } else if (lower.contains("token")) {
            return "the JSON has more than " + limits.maxTokens() + " tokens";
        }
        return "the JSON exceeds a size limit";
    }

    private static String describeSyntaxError(JsonParseException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE_NAME.matcher(message);
        if (duplicate.find()) {
            String name = UNSAFE_NAME_CHARACTERS.matcher(duplicate.group(1)).replaceAll("_");
            if (name.length() > 40) {
                name = name.substring(0, 40) + "...";
            }
            return "the JSON repeats the field '" + name + "' in one object" + at(e.getLocation());
        }
        return "malformed JSON" + at(e.getLocation());
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        return node.isNumber() ? "a number" : "a literal";
    }
}
