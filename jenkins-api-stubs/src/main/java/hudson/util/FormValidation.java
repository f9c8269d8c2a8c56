package hudson.util;

import java.io.IOException;

public abstract class FormValidation extends IOException {
    private FormValidation() {
        throw new UnsupportedOperationException("stub");
    }

    public enum Kind {
        OK,
        WARNING,
        ERROR
    }

    public final Kind kind;

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("stub");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("stub");
    }
}
