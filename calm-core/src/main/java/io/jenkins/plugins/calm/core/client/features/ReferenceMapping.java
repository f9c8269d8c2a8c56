package io.jenkins.plugins.calm.core.client.features;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field names and delete paths of URL references and external references on features.
 *
 * <p><b>Why this is configurable:</b> SAP documents that {@code /URLReferences} and
 * {@code /ExternalReferences} can be created and deleted, but not their payloads. The defaults
 * are the best available guess from third-party clients: URL reference
 * {@code {"parentUuid","name","url"}}, deleted at {@code URLReferences/{id}}; external reference
 * {@code {"id","parentUuid","name","url"}}, deleted at {@code ExternalReferences/{id}/{parentUuid}}.
 * When a tenant uses other names, an administrator changes them here (for example through
 * {@link #fromProperties(Map)}) without a code change.
 *
 * <p>Delete paths are relative to {@code /calm-features/v1}; each {@code {field}} placeholder is
 * replaced by that field of the reference (path-encoded).
 */
public final class ReferenceMapping {

    /** Keys understood by {@link #fromProperties(Map)}. */
    public static final String URL_PARENT = "url.parentField";
    public static final String URL_NAME = "url.nameField";
    public static final String URL_URL = "url.urlField";
    public static final String URL_DELETE_PATH = "url.deletePath";
    public static final String EXTERNAL_ID = "external.idField";
    public static final String EXTERNAL_PARENT = "external.parentField";
    public static final String EXTERNAL_NAME = "external.nameField";
    public static final String EXTERNAL_URL = "external.urlField";
    public static final String EXTERNAL_DELETE_PATH = "external.deletePath";

    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put(URL_PARENT, "parentUuid");
        DEFAULTS.put(URL_NAME, "name");
        DEFAULTS.put(URL_URL, "url");
        DEFAULTS.put(URL_DELETE_PATH, "URLReferences/{id}");
        DEFAULTS.put(EXTERNAL_ID, "id");
        DEFAULTS.put(EXTERNAL_PARENT, "parentUuid");
        DEFAULTS.put(EXTERNAL_NAME, "name");
        DEFAULTS.put(EXTERNAL_URL, "url");
        DEFAULTS.put(EXTERNAL_DELETE_PATH, "ExternalReferences/{id}/{parentUuid}");
    }

    private final Map<String, String> values;

    private ReferenceMapping(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The documented best guess (see the class description). */
    public static ReferenceMapping defaults() {
        return new ReferenceMapping(DEFAULTS);
    }

    /**
     * The defaults with the given entries replaced; keys are the constants of this class
     * (e.g. {@code url.parentField=featureUuid}). Blank values keep the default.
     *
     * @throws IllegalArgumentException for an unknown key or a value that is not a field name / path
     */
    public static ReferenceMapping fromProperties(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        overrides.forEach((key, value) -> {
            if (!DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("Unknown reference mapping key \"" + key + "\"; valid keys: "
                        + String.join(", ", DEFAULTS.keySet()));
            }
            if (value != null && !value.isBlank()) {
                values.put(key, validate(key, value.trim()));
            }
        });
        return new ReferenceMapping(values);
    }

    /** This mapping as properties (all keys), e.g. to show the effective values. */
    public Map<String, String> toProperties() {
        Map<String, String> ordered = new LinkedHashMap<>();
        DEFAULTS.keySet().forEach(key -> ordered.put(key, values.get(key)));
        return ordered;
    }

    public String urlParentField() {
        return values.get(URL_PARENT);
    }

    public String urlNameField() {
        return values.get(URL_NAME);
    }

    public String urlUrlField() {
        return values.get(URL_URL);
    }

    public String urlDeletePath() {
        return values.get(URL_DELETE_PATH);
    }

    public String externalIdField() {
        return values.get(EXTERNAL_ID);
    }

    public String externalParentField() {
        return values.get(EXTERNAL_PARENT);
    }

    public String externalNameField() {
        return values.get(EXTERNAL_NAME);
    }

    public String externalUrlField() {
        return values.get(EXTERNAL_URL);
    }

    public String externalDeletePath() {
        return values.get(EXTERNAL_DELETE_PATH);
    }

    private static String validate(String key, String value) {
        if (key.endsWith("Path")) {
            Matcher placeholder = PLACEHOLDER.matcher(value);
            while (placeholder.find()) {
                if (!FIELD.matcher(placeholder.group(1)).matches()) {
                    throw new IllegalArgumentException(key + ": \"{" + placeholder.group(1) + "}\" is not a field "
                            + "placeholder");
                }
            }
            if (value.startsWith("/") || value.contains("..") || value.contains("?")) {
                throw new IllegalArgumentException(key + " must be a relative path below /calm-features/v1 such as "
                        + DEFAULTS.get(key) + ", was \"" + value + "\"");
            }
            return value;
        }
        if (!FIELD.matcher(value).matches()) {
            throw new IllegalArgumentException(key + " must be a JSON field name, was \"" + value + "\"");
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReferenceMapping && ((ReferenceMapping) other).values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "ReferenceMapping" + toProperties();
    }
}
