package io.jenkins.plugins.calm.core.steps;

import java.util.List;

/**
 * Texts the steps write to Cloud ALM and CTMS by default. Cloud ALM's field lengths are not
 * documented, so every text is bounded and shortened where the loss hurts least (the middle of a
 * long job path, the tail of a transport list).
 */
public final class StepTexts {
    /** Bound for descriptions (CTMS transport descriptions and Cloud ALM reference texts). */
    public static final int MAX_DESCRIPTION = 255;
    /** Bound for a URL reference's name, which Cloud ALM shows in a list column. */
    public static final int MAX_REFERENCE_NAME = 120;
    private static final String ELLIPSIS = "…";

    private StepTexts() {
    }

    /**
     * The default description of a transport or report: {@code "Jenkins deploy-app #42, commit
     * 1a2b3c4d5e6f"}.
     *
     * @param commit the build's commit, or {@code null} when it has none
     */
    public static String defaultDescription(String jobName, int buildNumber, String commit) {
        String text = "Jenkins " + jobName + " #" + buildNumber;
        if (commit != null && !commit.isBlank()) {
            text += ", commit " + (commit.length() > 12 ? commit.substring(0, 12) : commit.strip());
        }
        return shortenMiddle(text, MAX_DESCRIPTION);
    }

    /**
     * The name of the URL reference that links a build to a feature: {@code "deploy-app #42 –
     * S4DK900123, S4DK900124"}; a long transport list ends in "and 3 more", a long job path loses
     * its middle.
     */
    public static String referenceName(String jobName, int buildNumber, List<String> transports) {
        String build = shortenMiddle(jobName, MAX_REFERENCE_NAME / 2) + " #" + buildNumber;
        if (transports == null || transports.isEmpty()) {
            return build;
        }
        String prefix = build + " – ";
        StringBuilder listed = new StringBuilder();
        for (int i = 0; i < transports.size(); i++) {
            String next = (i == 0 ? "" : ", ") + transports.get(i);
            int remaining = transports.size() - i - 1;
            String tail = remaining == 0 ? "" : " and " + remaining + " more";
            if (prefix.length() + listed.length() + next.length() + tail.length() > MAX_REFERENCE_NAME) {
                return prefix + (i == 0 ? transports.size() + " transports" : listed + " and " + (remaining + 1) + " more");
            }
            listed.append(next);
        }
        return prefix + listed;
    }

    /** Cuts {@code text} to {@code max} characters, replacing its middle by an ellipsis. */
    public static String shortenMiddle(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int keep = max - ELLIPSIS.length();
        int head = keep / 2;
        return text.substring(0, head) + ELLIPSIS + text.substring(text.length() - (keep - head));
    }

    /**
     * Text from Cloud ALM (titles, status names, error messages) made safe for one build-log line:
     * line breaks become blanks and other control characters (such as the escape character, which
     * starts Jenkins' hidden console notes) are dropped. HTML needs no escaping here: Jenkins
     * escapes log text when it shows it.
     */
    public static String forLog(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                safe.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** Cuts {@code text} to {@code max} characters, ending in an ellipsis. */
    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - ELLIPSIS.length()) + ELLIPSIS;
    }
}
