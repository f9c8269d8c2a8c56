package io.jenkins.plugins.calm.core.client;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The error a service sent, read from an OData error body
 * ({@code {"error":{"code","message","details":[{"code","message","target"}]}}}), an OAuth error
 * ({@code {"error","error_description"}}) or a plain {@code {"message"}}. Empty strings when absent.
 */
public final class ODataError implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No error body (or one that could not be read). */
    public static final ODataError NONE = new ODataError("", "", List.of());

    private final String code;
    private final String message;
    private final List<Detail> details;

    public ODataError(String code, String message, List<Detail> details) {
        this.code = Objects.requireNonNullElse(code, "");
        this.message = Objects.requireNonNullElse(message, "");
        this.details = List.copyOf(details);
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public List<Detail> details() {
        return details;
    }

    public boolean isEmpty() {
        return code.isEmpty() && message.isEmpty() && details.isEmpty();
    }

    /** One line for humans: {@code code: message (target: detail; ...)}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!code.isEmpty()) {
            text.append(code);
        }
        if (!message.isEmpty()) {
            text.append(text.length() > 0 ? ": " : "").append(message);
        }
        if (!details.isEmpty()) {
            text.append(" (");
            for (int i = 0; i < details.size(); i++) {
                Detail detail = details.get(i);
                text.append(i > 0 ? "; " : "");
                if (!detail.target().isEmpty()) {
                    text.append(detail.target()).append(": ");
                }
                text.append(detail.message().isEmpty() ? detail.code() : detail.message());
            }
            text.append(')');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "ODataError[" + describe() + "]";
    }

    /** One entry of {@code error.details}. */
    public static final class Detail implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String message;
        private final String target;

        public Detail(String code, String message, String target) {
            this.code = Objects.requireNonNullElse(code, "");
            this.message = Objects.requireNonNullElse(message, "");
            this.target = Objects.requireNonNullElse(target, "");
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }

        public String target() {
            return target;
        }
    }
}
