package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepTextsTest {
    @Test
    void defaultDescriptionNamesJobBuildAndShortCommit() {
        assertThat(StepTexts.defaultDescription("deploy-app", 42, "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"))
                .isEqualTo("Jenkins deploy-app #42, commit 1a2b3c4d5e6f");
        assertThat(StepTexts.defaultDescription("deploy-app", 42, null)).isEqualTo("Jenkins deploy-app #42");
        assertThat(StepTexts.defaultDescription("x".repeat(500), 1, "abc")).hasSize(StepTexts.MAX_DESCRIPTION)
                .startsWith("Jenkins xxx").endsWith("#1, commit abc");
    }

    @Test
    void referenceNameListsTransportsWithinItsBound() {
        assertThat(StepTexts.referenceName("deploy-app", 42, List.of("S4DK900123", "S4DK900124")))
                .isEqualTo("deploy-app #42 – S4DK900123, S4DK900124");
        assertThat(StepTexts.referenceName("deploy-app", 42, List.of())).isEqualTo("deploy-app #42");

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add("S4DK9001" + (10 + i));
        }
        String name = StepTexts.referenceName("deploy-app", 42, many);
        assertThat(name).hasSizeLessThanOrEqualTo(StepTexts.MAX_REFERENCE_NAME)
                .startsWith("deploy-app #42 – S4DK900110, S4DK900111")
                .matches(".* and \\d+ more");
        int listed = name.split(",").length;
        assertThat(name).endsWith(" and " + (30 - listed) + " more");
    }

    @Test
    void aLongJobPathLosesItsMiddleNotItsEnd() {
        String name = StepTexts.referenceName("org/" + "folder/".repeat(30) + "deploy-app", 7, List.of("TR1"));

        assertThat(name).hasSizeLessThanOrEqualTo(StepTexts.MAX_REFERENCE_NAME).startsWith("org/folder")
                .contains("…").endsWith("deploy-app #7 – TR1");
    }

    @Test
    void shorteningHelpers() {
        assertThat(StepTexts.shortenMiddle("abcdefghij", 5)).isEqualTo("ab…ij");
        assertThat(StepTexts.abbreviate("abcdefghij", 5)).isEqualTo("abcd…");
        assertThat(StepTexts.abbreviate("abc", 5)).isEqualTo("abc");
    }

    @Test
    void textForTheLogIsOneLineWithoutHiddenConsoleNotes() {
        assertThat(StepTexts.forLog("Credit check\nsecond line\u001B[8mha:forged\u001B[0m <b>bold</b>\u200E"))
                .isEqualTo("Credit check second line[8mha:forged[0m <b>bold</b>");
        assertThat(StepTexts.forLog(null)).isEmpty();
    }
}
