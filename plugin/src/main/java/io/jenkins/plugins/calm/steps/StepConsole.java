package io.jenkins.plugins.calm.steps;

import hudson.model.TaskListener;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.FeatureSummary;
import io.jenkins.plugins.calm.core.steps.StepLog;
import io.jenkins.plugins.calm.core.steps.StepTexts;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Writes a step's lines to the build log: a feature's display ID as a link to the feature in Cloud ALM, and
 * every text from Cloud ALM reduced to one safe line (Jenkins escapes HTML when it shows the log).
 */
final class StepConsole implements StepLog {

    /* Stands for the linked feature in a localized line, so that translations may put it anywhere. */
    private static final String LINK = "\u0000link\u0000";
    private static final int TITLE_LENGTH = 60;

    private final TaskListener listener;

    StepConsole(TaskListener listener) {
        this.listener = listener;
    }

    TaskListener listener() {
        return listener;
    }

    @Override
    public void feature(FeatureSummary feature, String message) {
        String title = feature.title() == null ? "" : StepTexts.abbreviate(StepTexts.forLog(feature.title()), TITLE_LENGTH);
        String line = title.isEmpty() ? Messages.StepConsole_Feature(LINK, StepTexts.forLog(message))
                : Messages.StepConsole_FeatureWithTitle(LINK, title, StepTexts.forLog(message));
        PrintStream out = listener.getLogger();
        int at = line.indexOf(LINK);
        String label = StepTexts.forLog(feature.label());
        synchronized (out) {
            out.print(line.substring(0, at));
            if (feature.url() == null) {
                out.print(label);
            } else {
                try {
                    listener.hyperlink(feature.url(), label);
                } catch (IOException e) {
                    out.print(label);
                }
            }
            out.println(line.substring(at + LINK.length()));
        }
    }

    @Override
    public void info(String message) {
        listener.getLogger().println(Messages.StepConsole_Info(StepTexts.forLog(message)));
    }

    @Override
    public void warning(String message) {
        listener.getLogger().println(Messages.StepConsole_Warning(StepTexts.forLog(message)));
    }
}
