package io.jenkins.plugins.calm.core.webhook.gate;

/**
 * Size limits applied to every delivery before and while it is parsed. A feature event is a few
 * kilobytes; the defaults leave room for a whole feature with a long HTML description, and stop
 * a hostile sender from making Jenkins allocate or recurse without bound.
 *
 * @param maxBodyBytes larger bodies are refused with 413 without being read to the end
 * @param maxNestingDepth deeper JSON is refused with 400 (a feature is 3-4 levels deep)
 * @param maxStringChars longer JSON strings are refused with 400
 * @param maxNameChars longer JSON field names are refused with 400
 * @param maxNumberChars longer JSON numbers are refused with 400
 * @param maxTokens JSON documents with more tokens are refused with 400
 */
public record WebhookLimits(
        int maxBodyBytes, int maxNestingDepth, int maxStringChars, int maxNameChars, int maxNumberChars, long maxTokens) {

    /** 1 MiB body, depth 32, 256 Ki-character strings, 1 Ki-character names, 100 Ki tokens. */
    public static final WebhookLimits DEFAULT = new WebhookLimits(1 << 20, 32, 256 * 1024, 1024, 64, 100_000);

    public WebhookLimits {
        if (maxBodyBytes < 1 || maxNestingDepth < 2 || maxStringChars < 64 || maxNameChars < 64
                || maxNumberChars < 16 || maxTokens < 16) {
            throw new IllegalArgumentException("Webhook limits too small to hold any feature event: " + this);
        }
    }

    /** @return these limits with another body limit */
    public WebhookLimits withMaxBodyBytes(int bytes) {
        return new WebhookLimits(bytes, maxNestingDepth, maxStringChars, maxNameChars, maxNumberChars, maxTokens);
    }
}
