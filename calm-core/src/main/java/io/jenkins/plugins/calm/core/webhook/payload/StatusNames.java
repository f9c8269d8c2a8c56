package io.jenkins.plugins.calm.core.webhook.payload;

import java.util.Locale;

/** Status display names compare ignoring case and surrounding or repeated white space ("in  testing" = "In Testing"). */
public final class StatusNames {

    private StatusNames() {
    }

    /** @return the comparison key of a status name */
    public static String normalize(String name) {
        String stripped = name.strip();
        StringBuilder key = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(c);
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
