package io.jenkins.plugins.calm.steps;

import hudson.util.FormValidation;
import io.jenkins.plugins.calm.core.steps.InvalidStepInputException;

/** Form validation of step options with calm-core's own checks and messages. */
final class OptionChecks {

    private OptionChecks() {}

    /** A check of one option value; it throws {@link InvalidStepInputException} when the value is not usable. */
    @FunctionalInterface
    interface Check {
        void run();
    }

    static FormValidation of(Check check) {
        try {
            check.run();
            return FormValidation.ok();
        } catch (InvalidStepInputException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
