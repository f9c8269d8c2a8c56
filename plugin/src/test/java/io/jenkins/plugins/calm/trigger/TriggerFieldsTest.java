package io.jenkins.plugins.calm.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.form.FieldCheck;
import org.junit.jupiter.api.Test;

class TriggerFieldsTest {

    @Test
    void readsCommaOrLineSeparatedLists() {
        assertThat(TriggerFields.list(" In Testing , Successfully Tested,,\nReady for Production\n"))
                .containsExactly("In Testing", "Successfully Tested", "Ready for Production");
        assertThat(TriggerFields.list("payments, payments")).containsExactly("payments");
        assertThat(TriggerFields.list(null)).isEmpty();
        assertThat(TriggerFields.optional("  ")).isNull();
        assertThat(TriggerFields.optional(" prod ")).isEqualTo("prod");
    }

    @Test
    void statusesAreRequiredAndUnusualNamesAreFlaggedNotRefused() {
        assertThat(TriggerFields.checkStatuses(" , ").severity()).isEqualTo(FieldCheck.Severity.ERROR);
        assertThat(TriggerFields.checkStatuses("in  testing, SUCCESSFULLY TESTED")).isEqualTo(FieldCheck.ok());
        FieldCheck typo = TriggerFields.checkStatuses("In Testing, In Tset");
        assertThat(typo.severity()).isEqualTo(FieldCheck.Severity.WARNING);
        assertThat(typo.message()).startsWith("In Tset is not a status").contains("In Specification");
    }

    @Test
    void theTitleFilterMustBeARegularExpression() {
        assertThat(TriggerFields.checkTitlePattern("(?i)invoice")).isEqualTo(FieldCheck.ok());
        assertThat(TriggerFields.checkTitlePattern("")).isEqualTo(FieldCheck.ok());
        FieldCheck broken = TriggerFields.checkTitlePattern("invoice(");
        assertThat(broken.isError()).isTrue();
        assertThat(broken.message()).contains("near position");
    }

    @Test
    void projectsAreNamedByTheirId() {
        assertThat(TriggerFields.checkProject("")).isEqualTo(FieldCheck.ok());
        assertThat(TriggerFields.checkProject("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")).isEqualTo(FieldCheck.ok());
        assertThat(TriggerFields.checkProject("Order to Cash").message()).contains("'Order to Cash' is not a Cloud ALM project ID");
        assertThat(TriggerFields.checkRequiredProject(null).message()).contains("Choose the project to poll");
    }

    @Test
    void aTriggerMustReactToSomething() {
        assertThat(TriggerFields.checkReactions(false, false).isError()).isTrue();
        assertThat(TriggerFields.checkReactions(false, true)).isEqualTo(FieldCheck.ok());
    }
}
