package io.jenkins.plugins.calm.form;

import java.util.Objects;

/**
 * The outcome of checking one form field or one action, free of Jenkins types so that the checks
 * themselves can be unit-tested without a running Jenkins. {@link FormValidations} turns it into the
 * {@code FormValidation} Jenkins shows next to the field.
 *
 * @param severity how bad it is
 * @param message what the user reads; empty for {@link Severity#OK} without a message
 */
public record FieldCheck(Severity severity, String message) {

    /** Mirrors the kinds of {@code hudson.util.FormValidation}. */
    public enum Severity {
        OK,
        WARNING,
        ERROR
    }

    private static final FieldCheck OK_WITHOUT_MESSAGE = new FieldCheck(Severity.OK, "");

    public FieldCheck {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static FieldCheck ok() {
        return OK_WITHOUT_MESSAGE;
    }

    public static FieldCheck ok(String message) {
        return new FieldCheck(Severity.OK, message);
    }

    public static FieldCheck warning(String message) {
        return new FieldCheck(Severity.WARNING, message);
    }

    public static FieldCheck error(String message) {
        return new FieldCheck(Severity.ERROR, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
