package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepValuesTest {

    @Test
    void aListOptionTakesTextOrAListAndMeansTheSame() {
        assertThat(StepValues.list("In Testing", "status")).containsExactly("In Testing");
        assertThat(StepValues.list(" Successfully Tested , Ready for Production\n", "status"))
                .containsExactly("Successfully Tested", "Ready for Production");
        assertThat(StepValues.list(List.of("Successfully Tested", "Ready for Production"), "status"))
                .containsExactly("Successfully Tested", "Ready for Production");
        assertThat(StepValues.list(new String[] {"a", "b, c"}, "status")).containsExactly("a", "b", "c");
        assertThat(StepValues.list(new StringBuilder("x"), "status")).containsExactly("x");
    }

    @Test
    void aListDropsBlanksAndDuplicatesKeepingTheOrder() {
        assertThat(StepValues.list("b, a, , b", "transports")).containsExactly("b", "a");
        assertThat(StepValues.list(null, "transports")).isEmpty();
        assertThat(StepValues.list(" ", "transports")).isEmpty();
    }

    @Test
    void aListRefusesOtherKindsOfValuesNamingTheOption() {
        assertThatThrownBy(() -> StepValues.list(42, "status"))
                .isInstanceOf(InvalidStepInputException.class)
                .hasMessage("status must be text or a list of texts, like status: 'a' or status: ['a', 'b'], but is"
                        + " the number 42");
        assertThatThrownBy(() -> StepValues.list(List.of("a", true), "failOn"))
                .hasMessage("failOn must list text values, like failOn: ['a', 'b'], but one entry is the boolean true");
    }

    @Test
    void joinWritesAListBackAsTextThatReadsTheSame() {
        List<String> values = List.of("Successfully Tested", "Ready for Production");
        assertThat(StepValues.list(StepValues.join(values), "status")).isEqualTo(values);
        assertThat(StepValues.join(List.of())).isNull();
    }

    @Test
    void aDurationIsANumberOfUnitsOrText() {
        assertThat(StepValues.duration(30, null, "MINUTES", "timeout")).isEqualTo(Duration.ofMinutes(30));
        assertThat(StepValues.duration(2, "HOURS", "MINUTES", "timeout")).isEqualTo(Duration.ofHours(2));
        assertThat(StepValues.duration("45", "seconds", "MINUTES", "timeout")).isEqualTo(Duration.ofSeconds(45));
        assertThat(StepValues.duration("1h 30m", null, "MINUTES", "timeout")).isEqualTo(Duration.ofMinutes(90));
        assertThat(StepValues.duration(2.0, null, "HOURS", "timeout")).isEqualTo(Duration.ofHours(2));
        assertThat(StepValues.duration(null, "HOURS", "MINUTES", "timeout")).isNull();
        assertThat(StepValues.duration("  ", null, "MINUTES", "timeout")).isNull();
    }

    @Test
    void aDurationRefusesConfusingCombinationsAndFractions() {
        assertThatThrownBy(() -> StepValues.duration("2h", "MINUTES", "MINUTES", "timeout"))
                .hasMessage("timeout '2h' has its own unit, so leave out unit: 'MINUTES' (or write timeout: 30, unit:"
                        + " 'MINUTES')");
        assertThatThrownBy(() -> StepValues.duration(1.5, null, "HOURS", "timeout"))
                .hasMessage("timeout must be a whole number of the unit, was 1.5; write text like '1.5h' for fractions");
        assertThatThrownBy(() -> StepValues.duration(-5, null, "MINUTES", "timeout"))
                .hasMessage("timeout must be longer than zero, was -5");
        assertThatThrownBy(() -> StepValues.duration(List.of(), null, "MINUTES", "timeout"))
                .hasMessage("timeout must be a number or text like '30m', but is a list");
    }
}
