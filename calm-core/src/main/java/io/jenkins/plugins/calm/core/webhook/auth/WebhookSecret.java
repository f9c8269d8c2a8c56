package io.jenkins.plugins.calm.core.webhook.auth;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * The webhook secret of one connection. Only its SHA-256 digest is kept, so the plain secret does
 * not linger on the heap and {@link #toString()} has nothing to leak.
 *
 * <p>A candidate is compared by digesting it and comparing the two 32-byte digests with
 * {@link MessageDigest#isEqual}: the comparison takes the same time whatever the candidate's
 * length or how many leading characters are right (the timing leak behind several Jenkins
 * webhook advisories).
 */
public final class WebhookSecret {

    private final byte[] digest;
    private final BiPredicate<byte[], byte[]> digestComparison;

    private WebhookSecret(byte[] digest, BiPredicate<byte[], byte[]> digestComparison) {
        this.digest = digest;
        this.digestComparison = digestComparison;
    }

    /**
     * @param secret the configured secret, e.g. the plain text of the connection's webhook secret
     *     credential
     * @throws IllegalArgumentException if the secret is empty or blank: an empty secret would let
     *     an empty Basic password through
     */
    public static WebhookSecret of(CharSequence secret) {
        return new WebhookSecret(digestOfConfigured(secret), MessageDigest::isEqual);
    }

    /** For tests that check the comparison only ever sees fixed-length digests. */
    static WebhookSecret of(CharSequence secret, BiPredicate<byte[], byte[]> digestComparison) {
        return new WebhookSecret(digestOfConfigured(secret), digestComparison);
    }

    private static byte[] digestOfConfigured(CharSequence secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.toString().isBlank()) {
            throw new IllegalArgumentException(
                    "The webhook secret is empty. Configure a long random secret in the connection's"
                            + " webhook secret credential.");
        }
        return sha256(secret);
    }

    /** @return whether {@code candidate} is the configured secret; {@code null} never matches */
    public boolean matches(CharSequence candidate) {
        if (candidate == null) {
            return false;
        }
        return digestComparison.test(digest, sha256(candidate));
    }

    static byte[] sha256(CharSequence text) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(encoded.duplicate());
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256, which every Java runtime must provide", e);
        } finally {
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
