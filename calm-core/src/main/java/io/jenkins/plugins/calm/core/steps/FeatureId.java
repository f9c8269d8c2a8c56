package io.jenkins.plugins.calm.core.steps;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a user names a Cloud ALM feature: by the display ID shown in the Features app ({@code 6-123})
 * or by its UUID. Only the form is checked here; whether the feature exists is Cloud ALM's answer.
 * (Not to be confused with {@link io.jenkins.plugins.calm.core.client.features.FeatureReference},
 * a URL or external reference stored <em>on</em> a feature.)
 *
 * @param kind which of the two forms
 * @param value the ID, trimmed; a UUID in lower case
 */
public record FeatureId(Kind kind, String value) {
    private static final Pattern DISPLAY_ID = Pattern.compile("\\d{1,9}-\\d{1,12}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    public enum Kind {
        DISPLAY_ID,
        UUID
    }

    public FeatureId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Reads a feature ID.
     *
     * @param text what the user wrote
     * @param origin where it came from, for the error message (e.g. {@code "the feature parameter"})
     * @throws InvalidStepInputException when it is neither a display ID nor a UUID
     */
    public static FeatureId parse(String text, String origin) {
        String trimmed = text == null ? "" : text.strip();
        if (DISPLAY_ID.matcher(trimmed).matches()) {
            return new FeatureId(Kind.DISPLAY_ID, trimmed);
        }
        if (UUID.matcher(trimmed).matches()) {
            return new FeatureId(Kind.UUID, trimmed.toLowerCase(Locale.ROOT));
        }
        throw new InvalidStepInputException("'" + StepTexts.abbreviate(trimmed, 80) + "' from " + origin
                + " is not a Cloud ALM feature: use the feature's display ID as shown in the Features app"
                + " (like 6-123) or its UUID (like 3f2a6c1e-8d4b-4c2a-9e1f-0a1b2c3d4e5f)");
    }

    public boolean isUuid() {
        return kind == Kind.UUID;
    }

    @Override
    public String toString() {
        return value;
    }
}
