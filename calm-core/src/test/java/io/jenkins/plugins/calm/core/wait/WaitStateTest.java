package io.jenkins.plugins.calm.core.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitStateTest {
    final Instant t0 = Instant.parse("2026-03-02T09:00:00Z");

    WaitState.Builder base() {
        return WaitState.builder("job/42#17").feature("f1", "p1").feature("f2", "p1")
                .acceptable(List.of("TEST", "TEST")).failOn(List.of("NOTP"));
    }

    @Test
    void survivesJavaSerialisationUnchanged() throws Exception {
        WaitState state = base().lastSeen(new FeatureState("f1", "IMPL", t0)).deadline(t0.plusSeconds(3600))
                .pollInterval(Duration.ofSeconds(30)).build();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        WaitState copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (WaitState) in.readObject();
        }

        assertThat(copy).isEqualTo(state);
        assertThat(copy.lastSeen()).containsOnlyKeys("f1");
        assertThat(copy.condition().acceptableCodes()).containsExactly("TEST");
        assertThat(copy.deadline()).contains(t0.plusSeconds(3600));
        assertThat(copy.pollInterval()).contains(Duration.ofSeconds(30));
    }

    @Test
    void withObservedKeepsTheNewerObservation() {
        WaitState state = base().lastSeen(new FeatureState("f1", "IMPL", t0)).build();

        WaitState newer = state.withObserved(new FeatureState("f1", "TEST", t0.plusSeconds(5)));
        WaitState older = newer.withObserved(new FeatureState("f1", "SPEC", t0.plusSeconds(1)));

        assertThat(newer.lastSeen().get("f1").statusCode()).isEqualTo("TEST");
        assertThat(older).isSameAs(newer);
        assertThat(state.lastSeen().get("f1").statusCode()).as("immutable").isEqualTo("IMPL");
        assertThatThrownBy(() -> state.withObserved(new FeatureState("other", "TEST", t0)))
                .hasMessage("Feature other is not part of wait job/42#17");
    }

    @Test
    void builderRejectsWhatCouldNeverWork() {
        assertThatThrownBy(() -> WaitState.builder("w").acceptable(List.of("TEST")).build())
                .hasMessage("Wait w needs at least one feature");
        assertThatThrownBy(() -> WaitState.builder("w").feature("f1", "p1").feature("f1", "p2"))
                .hasMessage("Feature f1 given with two projects: p1 and p2");
        assertThatThrownBy(() -> base().lastSeen(new FeatureState("f9", "TEST", t0)).build())
                .hasMessageContaining("f9, which is not a feature of wait job/42#17");
        assertThatThrownBy(() -> base().pollInterval(Duration.ZERO))
                .hasMessageContaining("pollInterval must be positive");
        assertThatThrownBy(() -> WaitState.builder("w").feature("f1", "p1").build())
                .hasMessageContaining("at least one acceptable status code");
    }
}
