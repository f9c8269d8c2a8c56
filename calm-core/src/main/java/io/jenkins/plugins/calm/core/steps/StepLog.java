package io.jenkins.plugins.calm.core.steps;

/**
 * Where a step writes its build-log lines: one concise line per action. The plugin prints the
 * lines of {@link #feature} with the feature's label as a link into Cloud ALM.
 */
public interface StepLog {

    /** A line about one feature, e.g. "uploaded app.mtar, transport request 42". */
    void feature(FeatureSummary feature, String message);

    /** A line about the step as a whole. */
    void info(String message);

    /** Something the user should look at, which does not stop the step. */
    void warning(String message);
}
