package io.jenkins.plugins.calm.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Trimming as form values need it, without reaching for Jenkins' {@code hudson.Util} (unavailable in unit tests). */
final class Strings {

    private Strings() {}

    static String trimToEmpty(@CheckForNull String value) {
        return value == null ? "" : value.trim();
    }

    @CheckForNull
    static String trimToNull(@CheckForNull String value) {
        String trimmed = trimToEmpty(value);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
