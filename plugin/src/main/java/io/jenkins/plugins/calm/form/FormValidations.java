package io.jenkins.plugins.calm.form;

import hudson.util.FormValidation;

/** Renders a {@link FieldCheck} the way Jenkins shows form validation; the message is escaped by Jenkins. */
public final class FormValidations {

    private FormValidations() {}

    public static FormValidation of(FieldCheck check) {
        return switch (check.severity()) {
            case OK -> check.message().isEmpty() ? FormValidation.ok() : FormValidation.ok(check.message());
            case WARNING -> FormValidation.warning(check.message());
            case ERROR -> FormValidation.error(check.message());
        };
    }
}
