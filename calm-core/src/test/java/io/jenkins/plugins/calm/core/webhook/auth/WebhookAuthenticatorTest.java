package io.jenkins.plugins.calm.core.webhook.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookAuthenticatorTest {

    private static final String SECRET = "correct-horse-battery-staple-42";
    private static final WebhookAuthPolicy POLICY = WebhookAuthPolicy.requireSecret(WebhookSecret.of(SECRET));

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheSecretAsBasicPasswordWhateverTheUser() {
        assertThat(WebhookAuthenticator.authenticate(POLICY, basic("calm", SECRET), null)).isEqualTo(AuthResult.AUTHENTICATED);
        assertThat(WebhookAuthenticator.authenticate(POLICY, basic("", SECRET), null)).isEqualTo(AuthResult.AUTHENTICATED);
        assertThat(WebhookAuthenticator.authenticate(POLICY, basic("any:one", SECRET), null))
                .as("the password is everything after the first colon; a user name cannot contain one")
                .isEqualTo(AuthResult.WRONG);
    }

    @Test
    void acceptsPasswordsContainingColons() {
        WebhookAuthPolicy policy = WebhookAuthPolicy.requireSecret(WebhookSecret.of("a:b:c"));

        assertThat(WebhookAuthenticator.authenticate(policy, basic("user", "a:b:c"), null)).isEqualTo(AuthResult.AUTHENTICATED);
    }

    @Test
    void acceptsTheSecretAsBearerToken() {
        assertThat(WebhookAuthenticator.authenticate(POLICY, "Bearer " + SECRET, null)).isEqualTo(AuthResult.AUTHENTICATED);
        assertThat(WebhookAuthenticator.authenticate(POLICY, "bearer   " + SECRET + "  ", null)).isEqualTo(AuthResult.AUTHENTICATED);
    }

    @Test
    void refusesAWrongSecret() {
        assertThat(WebhookAuthenticator.authenticate(POLICY, basic("calm", "wrong"), null)).isEqualTo(AuthResult.WRONG);
        assertThat(WebhookAuthenticator.authenticate(POLICY, "Bearer " + SECRET.toUpperCase(), null)).isEqualTo(AuthResult.WRONG);
        assertThat(WebhookAuthenticator.authenticate(POLICY, basic("calm", ""), null)).isEqualTo(AuthResult.WRONG);
    }

    @Test
    void reportsAMissingSecret() {
        assertThat(WebhookAuthenticator.authenticate(POLICY, null, null)).isEqualTo(AuthResult.MISSING);
        assertThat(WebhookAuthenticator.authenticate(POLICY, "  ", null)).isEqualTo(AuthResult.MISSING);
        assertThat(AuthResult.MISSING.accepted()).isFalse();
    }

    @Test
    void reportsHeadersOfAnotherShape() {
        assertThat(WebhookAuthenticator.authenticate(POLICY, "Digest username=x", null)).isEqualTo(AuthResult.MALFORMED);
        assertThat(WebhookAuthenticator.authenticate(POLICY, "Basic !!!not-base64!!!", null)).isEqualTo(AuthResult.MALFORMED);
        assertThat(WebhookAuthenticator.authenticate(POLICY, "Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)), null))
                .isEqualTo(AuthResult.MALFORMED);
        assertThat(WebhookAuthenticator.authenticate(POLICY, "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':', 'x'}), null))
                .as("not UTF-8")
                .isEqualTo(AuthResult.MALFORMED);
        assertThat(WebhookAuthenticator.authenticate(POLICY, SECRET, null)).as("a bare secret without a scheme").isEqualTo(AuthResult.MALFORMED);
        assertThat(WebhookAuthenticator.authenticate(POLICY, "Bearer ", null)).isEqualTo(AuthResult.MALFORMED);
    }

    @Test
    void refusesASecretInTheQueryStringByDefault() {
        assertThat(WebhookAuthenticator.authenticate(POLICY, null, SECRET)).isEqualTo(AuthResult.QUERY_SECRET_REFUSED);
        assertThat(AuthResult.QUERY_SECRET_REFUSED.explanation()).contains("Authorization header");
    }

    @Test
    void acceptsAQuerySecretOnlyWhenTheConnectionAllowsIt() {
        WebhookAuthPolicy allowing = POLICY.allowingQuerySecret();

        assertThat(WebhookAuthenticator.authenticate(allowing, null, SECRET)).isEqualTo(AuthResult.AUTHENTICATED);
        assertThat(WebhookAuthenticator.authenticate(allowing, null, "wrong")).isEqualTo(AuthResult.WRONG);
    }

    @Test
    void theHeaderWinsOverTheQueryString() {
        assertThat(WebhookAuthenticator.authenticate(POLICY.allowingQuerySecret(), basic("u", "wrong"), SECRET))
                .isEqualTo(AuthResult.WRONG);
        assertThat(WebhookAuthenticator.authenticate(POLICY, "Bearer " + SECRET, "anything"))
                .isEqualTo(AuthResult.AUTHENTICATED);
    }

    @Test
    void requiresAConfiguredSecretByDefault() {
        WebhookAuthPolicy noSecret = new WebhookAuthPolicy(null, true, false);

        assertThat(WebhookAuthenticator.authenticate(noSecret, "Bearer anything", null)).isEqualTo(AuthResult.NO_SECRET_CONFIGURED);
        assertThat(WebhookAuthenticator.authenticate(noSecret, null, null)).isEqualTo(AuthResult.MISSING);
    }

    @Test
    void anOpenConnectionAcceptsDeliveriesWithoutSecretButStillChecksAConfiguredOne() {
        WebhookAuthPolicy open = new WebhookAuthPolicy(null, false, false);
        WebhookAuthPolicy openWithSecret = new WebhookAuthPolicy(WebhookSecret.of(SECRET), false, false);

        assertThat(WebhookAuthenticator.authenticate(open, null, null)).isEqualTo(AuthResult.NOT_REQUIRED);
        assertThat(WebhookAuthenticator.authenticate(open, "Bearer whatever", null)).isEqualTo(AuthResult.NOT_REQUIRED);
        assertThat(WebhookAuthenticator.authenticate(openWithSecret, null, null)).isEqualTo(AuthResult.NOT_REQUIRED);
        assertThat(WebhookAuthenticator.authenticate(openWithSecret, "Bearer wrong", null)).isEqualTo(AuthResult.WRONG);
    }

    @Test
    void explanationsNeverContainTheSecret() {
        for (AuthResult result : AuthResult.values()) {
            assertThat(result.explanation()).doesNotContain(SECRET).isNotBlank();
        }
    }
}
