package io.jenkins.plugins.calm.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.client.http.Json;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds out which scopes a token grants: from the token response's {@code scope} field, else from
 * the {@code scope} claim of the JWT. The JWT is only decoded, not verified: the result is used
 * to explain problems to a person, never to make a security decision.
 */
final class TokenScopes {

    private TokenScopes() {
    }

    /** @return the scopes, or {@code null} when neither source tells */
    static Set<String> of(JsonNode tokenResponse, String accessToken) {
        JsonNode scope = tokenResponse.get("scope");
        if (scope != null && scope.isTextual() && !scope.asText().isBlank()) {
            return split(scope.asText());
        }
        return fromJwt(accessToken);
    }

    private static Set<String> fromJwt(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null; // an opaque token
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
            JsonNode claims = Json.parse(payload);
            JsonNode scope = claims.get("scope");
            if (scope == null) {
                return null;
            }
            if (scope.isTextual()) {
                return split(scope.asText());
            }
            if (scope.isArray()) {
                Set<String> result = new LinkedHashSet<>();
                scope.forEach(entry -> result.add(entry.asText()));
                return result;
            }
            return null;
        } catch (IllegalArgumentException | IOException e) {
            return null; // not a JWT after all
        }
    }

    private static Set<String> split(String scopes) {
        return new LinkedHashSet<>(Arrays.asList(scopes.trim().split("\\s+")));
    }
}
