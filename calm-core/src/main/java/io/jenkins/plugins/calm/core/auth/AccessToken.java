package io.jenkins.plugins.calm.core.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An OAuth access token with the instant after which it is no longer used (its expiry minus a
 * safety margin) and, when the token service told, the scopes it grants. {@link #toString()}
 * never shows the token.
 */
public final class AccessToken {

    private final String value;
    private final Instant renewAt;
    private final Set<String> scopes;

    public AccessToken(String value, Instant renewAt, Set<String> scopes) {
        this.value = Objects.requireNonNull(value, "value");
        this.renewAt = Objects.requireNonNull(renewAt, "renewAt");
        this.scopes = scopes == null ? null : Set.copyOf(scopes);
    }

    /** SECRET: the bearer token. */
    public String value() {
        return value;
    }

    /** When this token is replaced by a new one (before it really expires). */
    public Instant renewAt() {
        return renewAt;
    }

    public boolean isUsableAt(Instant now) {
        return now.isBefore(renewAt);
    }

    /**
     * The granted scopes as the token service names them (usually prefixed with the app name,
     * e.g. {@code sapcloudalm!b1.calm-api.features.read}); empty when neither the token response
     * nor the token itself says, which means "unknown", not "none".
     */
    public Optional<Set<String>> scopes() {
        return Optional.ofNullable(scopes);
    }

    @Override
    public String toString() {
        return "AccessToken[renewAt=" + renewAt + ", scopes=" + (scopes == null ? "unknown" : scopes) + "]";
    }
}
