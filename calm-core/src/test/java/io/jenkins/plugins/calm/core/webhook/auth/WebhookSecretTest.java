package io.jenkins.plugins.calm.core.webhook.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    private static final String SECRET = "s3cr3t-value-for-the-webhook-0123456789";

    @Test
    void matchesOnlyTheConfiguredSecret() {
        WebhookSecret secret = WebhookSecret.of(SECRET);

        assertThat(secret.matches(SECRET)).isTrue();
        assertThat(secret.matches(SECRET + "x")).isFalse();
        assertThat(secret.matches(SECRET.substring(1))).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void comparesFixedLengthDigestsWhateverTheCandidateLength() {
        List<int[]> comparedLengths = new ArrayList<>();
        WebhookSecret secret = WebhookSecret.of(SECRET, (expected, actual) -> {
            comparedLengths.add(new int[] {expected.length, actual.length});
            return MessageDigest.isEqual(expected, actual);
        });

        secret.matches("s");
        secret.matches(SECRET.substring(0, 10));
        secret.matches(SECRET);
        secret.matches(SECRET.repeat(100));

        assertThat(comparedLengths).hasSize(4).allSatisfy(lengths -> assertThat(lengths).containsExactly(32, 32));
    }

    @Test
    void refusesEmptyAndBlankSecrets() {
        assertThatThrownBy(() -> WebhookSecret.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> WebhookSecret.of("   ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsTheSecret() {
        WebhookSecret secret = WebhookSecret.of(SECRET);

        assertThat(secret.toString()).doesNotContain(SECRET).contains("redacted");
        assertThat(WebhookAuthPolicy.requireSecret(secret).toString()).doesNotContain(SECRET).contains("configured");
    }

    @Test
    void handlesNonAsciiSecrets() {
        WebhookSecret secret = WebhookSecret.of("pässwörd-ü-日本");

        assertThat(secret.matches("pässwörd-ü-日本")).isTrue();
        assertThat(secret.matches("passwort-u-日本")).isFalse();
    }
}
