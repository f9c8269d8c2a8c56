package io.jenkins.plugins.calm.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.client.UnexpectedResponseException;
import io.jenkins.plugins.calm.core.client.http.ApiRequest;
import io.jenkins.plugins.calm.core.client.http.BearerTokens;
import io.jenkins.plugins.calm.core.client.http.CallExecutor;
import io.jenkins.plugins.calm.core.client.http.ErrorTranslator;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;

/**
 * OAuth2 client credentials for a service key: {@code POST <tokenUrl>} with
 * {@code grant_type=client_credentials}, authenticated with Basic auth (client ID and secret) or,
 * for X.509 keys, by the client certificate the token executor's TLS connection presents (the
 * client ID then goes in the form).
 *
 * <p>The token is cached until {@code expires_in} minus a safety margin. Callers that arrive while
 * no valid token is cached wait for one shared request: however many threads need a token at
 * once, exactly one request goes out.
 */
public final class ClientCredentialsTokenProvider implements BearerTokens {

    /** Used when the token service does not say how long a token lives; a 401 refreshes earlier anyway. */
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final ServiceKey key;
    private final CallExecutor tokenExecutor;
    private final Clock clock;
    private final Duration margin;
    private final Object lock = new Object();
    private volatile AccessToken cached;

    /**
     * @param tokenExecutor executes the token request; for X.509 keys its HTTP client must present
     *     the key's client certificate
     * @param margin how long before expiry a token is replaced
     */
    public ClientCredentialsTokenProvider(ServiceKey key, CallExecutor tokenExecutor, Clock clock, Duration margin) {
        this.key = key;
        this.tokenExecutor = tokenExecutor;
        this.clock = clock;
        this.margin = margin;
    }

    @Override
    public String current() {
        return token().value();
    }

    /** A usable token: the cached one, or a new one fetched by exactly one of the concurrent callers. */
    public AccessToken token() {
        AccessToken token = cached;
        if (token != null && token.isUsableAt(clock.instant())) {
            return token;
        }
        synchronized (lock) {
            token = cached;
            if (token == null || !token.isUsableAt(clock.instant())) {
                token = fetch();
                cached = token;
            }
            return token;
        }
    }

    @Override
    public void rejected(String token) {
        synchronized (lock) {
            // Only forget it if nobody replaced it yet: N callers that hit 401 with the same token cause one refresh.
            if (cached != null && cached.value().equals(token)) {
                cached = null;
            }
        }
    }

    private AccessToken fetch() {
        HttpUrl url = HttpUrl.get(key.tokenUrl());
        FormBody.Builder form = new FormBody.Builder().add("grant_type", "client_credentials");
        if (key.isX509()) {
            form.add("client_id", key.clientId());
        }
        ApiRequest.Builder request = ApiRequest.post(url, form.build()).tokenRequest()
                // Asking for a token changes nothing on the server, so a POST here may be repeated.
                .safeToRepeat();
        if (!key.isX509()) {
            request.header("Authorization", Credentials.basic(key.clientId(), key.clientSecret(), StandardCharsets.UTF_8));
        }
        ApiRequest built = request.build();
        Instant requestedAt = clock.instant();
        JsonNode response = tokenExecutor.execute(built).json();
        JsonNode value = response.get("access_token");
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new UnexpectedResponseException(built.method(), url.toString(), 200, ErrorTranslator.call(built)
                    + " answered without an \"access_token\". Check that the token URL is \"uaa.url\" of the service key "
                    + "followed by /oauth/token.");
        }
        String token = value.asText();
        Set<String> scopes = TokenScopes.of(response, token);
        return new AccessToken(token, requestedAt.plus(usableFor(response.get("expires_in"))), scopes);
    }

    private Duration usableFor(JsonNode expiresIn) {
        long seconds;
        if (expiresIn != null && expiresIn.canConvertToLong()) {
            seconds = expiresIn.asLong();
        } else if (expiresIn != null && expiresIn.isTextual() && expiresIn.asText().trim().matches("\\d{1,9}")) {
            seconds = Long.parseLong(expiresIn.asText().trim());
        } else {
            return DEFAULT_LIFETIME;
        }
        Duration lifetime = Duration.ofSeconds(Math.max(seconds, 0));
        // A margin larger than half the lifetime would make short-lived tokens useless: then use half.
        return lifetime.compareTo(margin.multipliedBy(2)) > 0 ? lifetime.minus(margin) : lifetime.dividedBy(2);
    }
}
