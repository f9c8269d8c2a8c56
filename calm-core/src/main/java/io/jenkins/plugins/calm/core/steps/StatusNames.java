package io.jenkins.plugins.calm.core.steps;

import java.util.Locale;

/** Status display names compare without regard to case or repeated blanks ("in  testing" = "In Testing"). */
final class StatusNames {
    private StatusNames() {
    }

    static String key(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
