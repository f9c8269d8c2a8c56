package io.jenkins.plugins.calm.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.client.http.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void backoffGrowsExponentiallyWithinJitterBoundsAndIsCapped() {
        RetryPolicy policy = RetryPolicy.of(10, Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofMinutes(1));

        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.backoff(1, 0.999)).isBetween(Duration.ofMillis(499), Duration.ofMillis(500));
        assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(3, 1.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(4, 1.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(60, 1.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(60, 0.0)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void policiesAreValidated() {
        assertThatThrownBy(() -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.of(2, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("120", CLOCK)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:01:30 GMT", CLOCK)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 09:00:00 GMT", CLOCK)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", CLOCK)).isNull();
        assertThat(RetryAfter.parse(null, CLOCK)).isNull();
    }

    @Test
    void theUserAgentCarriesTheBuiltVersion() {
        assertThat(ProductVersion.version()).isNotEqualTo("dev").doesNotContain("${");
        assertThat(ClientSettings.defaults().userAgent()).isEqualTo("SAP-Cloud-ALM-Jenkins/" + ProductVersion.version());
    }
}
