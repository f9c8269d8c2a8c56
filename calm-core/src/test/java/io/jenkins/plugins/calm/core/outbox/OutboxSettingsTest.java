package io.jenkins.plugins.calm.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxSettingsTest {
    final OutboxSettings settings = new OutboxSettings(Duration.ofSeconds(30), Duration.ofHours(1), 0.2);

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(settings.backoff(1, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(2, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoff(5, 0)).isEqualTo(Duration.ofSeconds(480));
        assertThat(settings.backoff(8, 0)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.backoff(10_000, 0)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void jitterShortensByUpToItsShare() {
        assertThat(settings.backoff(1, 0.999)).isGreaterThan(Duration.ofSeconds(24)).isLessThan(Duration.ofSeconds(30));
        assertThat(settings.backoff(1, 0.5)).isEqualTo(Duration.ofSeconds(27));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new OutboxSettings(Duration.ZERO, Duration.ofHours(1), 0.2))
                .hasMessageContaining("initialBackoff must be positive");
        assertThatThrownBy(() -> new OutboxSettings(Duration.ofMinutes(2), Duration.ofMinutes(1), 0.2))
                .hasMessageContaining("is shorter than initialBackoff");
        assertThatThrownBy(() -> new OutboxSettings(Duration.ofSeconds(1), Duration.ofMinutes(1), 1.0))
                .hasMessageContaining("jitter must be in [0, 1)");
    }
}
