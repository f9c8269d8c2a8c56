package io.jenkins.plugins.calm.core.steps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Idempotency keys for the writes a step makes. A key derives from the step's identity in its run
 * (job, build, flow node) and what it writes, so a step that runs again after a controller restart
 * produces the same key and the report is not created twice; two different writes never share a
 * key.
 */
public final class IdempotencyKeys {
    private IdempotencyKeys() {
    }

    /**
     * @param jobFullName the job's full name
     * @param buildNumber the build number
     * @param stepId the step's ID within the run (the flow node ID, or the build step's index)
     * @param parts what distinguishes several writes of one step (e.g. the feature and system)
     * @return {@code "calm-"} and 40 hex digits: usable as a file name and in Cloud ALM fields
     */
    public static String forStep(String jobFullName, int buildNumber, String stepId, String... parts) {
        StringBuilder identity = new StringBuilder().append(jobFullName).append('\u0000').append(buildNumber)
                .append('\u0000').append(stepId);
        for (String part : parts) {
            identity.append('\u0000').append(part);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return "calm-" + HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
