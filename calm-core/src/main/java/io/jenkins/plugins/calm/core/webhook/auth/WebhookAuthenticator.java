package io.jenkins.plugins.calm.core.webhook.auth;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * Checks the secret of one webhook delivery against a connection's {@link WebhookAuthPolicy}.
 *
 * <p>Cloud ALM sends webhooks through a BTP destination that can add Basic authentication or an
 * OAuth2 bearer token, and it signs nothing; so the secret travels in the {@code Authorization}
 * header: the password of {@code Basic} (the user name is ignored) or the token of {@code Bearer}.
 */
public final class WebhookAuthenticator {

    private WebhookAuthenticator() {
    }

    /**
     * @param policy the connection's policy
     * @param authorizationHeader the {@code Authorization} header, or {@code null}
     * @param querySecret the {@code secret} query parameter, or {@code null}
     */
    public static AuthResult authenticate(WebhookAuthPolicy policy, String authorizationHeader, String querySecret) {
        if (authorizationHeader != null && !authorizationHeader.isBlank()) {
            String presented = secretFromHeader(authorizationHeader);
            if (presented == null) {
                return AuthResult.MALFORMED;
            }
            return check(policy, presented);
        }
        if (querySecret != null && !querySecret.isEmpty()) {
            return policy.querySecretAllowed() ? check(policy, querySecret) : AuthResult.QUERY_SECRET_REFUSED;
        }
        if (!policy.secretRequired()) {
            return AuthResult.NOT_REQUIRED;
        }
        return AuthResult.MISSING;
    }

    private static AuthResult check(WebhookAuthPolicy policy, String presented) {
        if (policy.secret() == null) {
            return policy.secretRequired() ? AuthResult.NO_SECRET_CONFIGURED : AuthResult.NOT_REQUIRED;
        }
        return policy.secret().matches(presented) ? AuthResult.AUTHENTICATED : AuthResult.WRONG;
    }

    /** @return the presented secret, or {@code null} when the header has another shape */
    static String secretFromHeader(String header) {
        String trimmed = header.strip();
        int space = trimmed.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        String scheme = trimmed.substring(0, space).toLowerCase(Locale.ROOT);
        String credentials = trimmed.substring(space + 1).strip();
        if (credentials.isEmpty()) {
            return null;
        }
        switch (scheme) {
            case "bearer":
                return credentials;
            case "basic":
                return basicPassword(credentials);
            default:
                return null;
        }
    }

    private static String basicPassword(String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String userAndPassword;
        try {
            userAndPassword = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
        int colon = userAndPassword.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return userAndPassword.substring(colon + 1);
    }
}
