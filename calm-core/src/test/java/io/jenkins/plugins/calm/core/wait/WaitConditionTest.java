package io.jenkins.plugins.calm.core.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaitConditionTest {
    final WaitCondition inTestingOrLater = new WaitCondition(List.of("TEST", "DONE"), List.of("NOTP"));
    final Instant now = Instant.parse("2026-03-02T09:00:00Z");

    FeatureState state(String feature, String code) {
        return new FeatureState(feature, code, now);
    }

    @Test
    void satisfiedWhenEveryFeatureIsAcceptable() {
        Evaluation evaluation = inTestingOrLater.evaluate(List.of("a", "b"),
                Map.of("a", state("a", "TEST"), "b", state("b", "DONE")));

        assertThat(evaluation.verdict()).isEqualTo(Evaluation.Verdict.SATISFIED);
        assertThat(evaluation.isDecided()).isTrue();
    }

    @Test
    void pendingListsTheFeaturesNotThereYetIncludingUnknownOnes() {
        Evaluation evaluation = inTestingOrLater.evaluate(List.of("a", "b", "c"),
                Map.of("a", state("a", "TEST"), "b", state("b", "IMPL")));

        assertThat(evaluation.verdict()).isEqualTo(Evaluation.Verdict.PENDING);
        assertThat(evaluation.pendingFeatureUuids()).containsExactly("b", "c");
    }

    @Test
    void aFailOnStatusWinsOverEverythingAndNamesTheFirstSuchFeature() {
        Evaluation evaluation = inTestingOrLater.evaluate(List.of("a", "b", "c"),
                Map.of("a", state("a", "TEST"), "b", state("b", "NOTP"), "c", state("c", "NOTP")));

        assertThat(evaluation.verdict()).isEqualTo(Evaluation.Verdict.FAILED);
        assertThat(evaluation.failedFeatureUuid()).isEqualTo("b");
    }

    @Test
    void aStatusCannotBeAcceptableAndFailOnAtOnce() {
        assertThatThrownBy(() -> new WaitCondition(List.of("TEST", "NOTP"), List.of("NOTP")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Status codes [NOTP] are both acceptable and fail-on; a status can only be one of the two");
    }

    @Test
    void needsAnAcceptableStatusAndAFeature() {
        assertThatThrownBy(() -> new WaitCondition(List.of(), List.of("NOTP")))
                .hasMessageContaining("at least one acceptable status code");
        assertThatThrownBy(() -> inTestingOrLater.evaluate(List.of(), Map.of()))
                .hasMessageContaining("at least one feature");
        assertThatThrownBy(() -> new WaitCondition(List.of(" "), List.of()))
                .hasMessageContaining("acceptable status code must not be blank");
    }

    @Test
    void equalConditionsAreEqualWhateverTheOrder() {
        assertThat(new WaitCondition(List.of("DONE", "TEST"), List.of("NOTP"))).isEqualTo(inTestingOrLater)
                .hasSameHashCodeAs(inTestingOrLater);
    }
}
