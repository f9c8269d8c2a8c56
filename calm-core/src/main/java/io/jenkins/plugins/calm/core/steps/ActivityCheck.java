package io.jenkins.plugins.calm.core.steps;

/**
 * Whether a feature's status allows a transport activity.
 *
 * @param verdict the answer
 * @param message for {@link Verdict#NOT_ALLOWED} the error to show (names the status and the
 *     statuses that allow the activity); for {@link Verdict#UNKNOWN_STATUS} a warning to log;
 *     {@code null} when allowed
 */
public record ActivityCheck(Verdict verdict, String message) {

    public enum Verdict {
        ALLOWED,
        NOT_ALLOWED,
        /** The status is not in the rules (a tenant-specific status): not checked, Cloud ALM decides. */
        UNKNOWN_STATUS
    }

    public boolean mayProceed() {
        return verdict != Verdict.NOT_ALLOWED;
    }
}
