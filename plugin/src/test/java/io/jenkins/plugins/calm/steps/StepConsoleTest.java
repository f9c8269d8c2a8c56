package io.jenkins.plugins.calm.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.TaskListener;
import io.jenkins.plugins.calm.core.steps.FeatureSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StepConsoleTest {

    /** Records the log, with links written as [text](url) so that tests can see them. */
    static final class RecordingListener implements TaskListener {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        @Override
        public PrintStream getLogger() {
            return out;
        }

        @Override
        public void hyperlink(String url, String text) {
            out.print("[" + text + "](" + url + ")");
        }

        String log() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private final RecordingListener listener = new RecordingListener();
    private final StepConsole console = new StepConsole(listener);

    @Test
    void aFeatureLineLinksTheFeatureAndNamesItsTitle() {
        console.feature(new FeatureSummary("u", "6-1", "Credit check", "p", "CS3", "In Testing", "https://t/l#6-1"),
                "uploaded app.mtar");

        assertThat(listener.log()).isEqualTo("Cloud ALM feature [6-1](https://t/l#6-1) (Credit check): uploaded app.mtar"
                + System.lineSeparator());
    }

    @Test
    void textFromCloudAlmIsOneLineWithoutConsoleNotesAndLongTitlesAreCut() {
        String title = "Evil\n\u001B[8mha:forged\u001B[0m " + "x".repeat(100);
        console.feature(new FeatureSummary("u", null, title, "p", null, null, null), "line\r\nbreak");

        String log = listener.log();
        assertThat(log).startsWith("Cloud ALM feature u (Evil [8mha:forged[0m xxx").doesNotContain("\u001B")
                .contains("…): line  break").endsWith(System.lineSeparator());
        assertThat(log.lines()).hasSize(1);
    }

    @Test
    void infoAndWarningLinesAreMarked() {
        console.info("Waiting for Cloud ALM feature 6-1 to reach In Testing");
        console.warning("status queries fail");

        assertThat(listener.log().lines()).containsExactly(
                "Cloud ALM: Waiting for Cloud ALM feature 6-1 to reach In Testing",
                "Cloud ALM: WARNING: status queries fail");
    }
}
