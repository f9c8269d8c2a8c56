package io.jenkins.plugins.calm.core.steps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the lines a step logs, feature lines as "[label] message". */
final class RecordingStepLog implements StepLog {
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void feature(FeatureSummary feature, String message) {
        lines.add("[" + feature.label() + "] " + message);
    }

    @Override
    public void info(String message) {
        lines.add(message);
    }

    @Override
    public void warning(String message) {
        lines.add("WARNING: " + message);
    }
}
