package io.jenkins.plugins.calm.core.client.features;

import java.util.Objects;

/** One entry of a code list ({@code /FeatureStatus}, {@code /FeaturePriorities}): tenant code and display name. */
public final class CodeListEntry {

    private final String code;
    private final String name;

    public CodeListEntry(String code, String name) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNullElse(name, code);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodeListEntry && ((CodeListEntry) other).code.equals(code)
                && ((CodeListEntry) other).name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name);
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
