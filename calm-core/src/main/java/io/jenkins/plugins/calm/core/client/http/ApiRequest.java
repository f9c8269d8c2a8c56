package io.jenkins.plugins.calm.core.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/** One call to make: method, URL, body, and how to treat its failures. Immutable. */
public final class ApiRequest {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final String method;
    private final HttpUrl url;
    private final RequestBody body;
    private final Headers headers;
    private final boolean retryable;
    private final boolean authenticated;
    private final boolean tokenRequest;
    private final String notFoundHint;
    private final String rejectedHint;
    private final Duration callTimeout;

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.url = builder.url;
        this.body = builder.body;
        this.headers = builder.headers.build();
        this.retryable = builder.retryable;
        this.authenticated = builder.authenticated;
        this.tokenRequest = builder.tokenRequest;
        this.notFoundHint = builder.notFoundHint;
        this.rejectedHint = builder.rejectedHint;
        this.callTimeout = builder.callTimeout;
    }

    public static Builder get(HttpUrl url) {
        return new Builder("GET", url, null);
    }

    public static Builder delete(HttpUrl url) {
        return new Builder("DELETE", url, null);
    }

    public static Builder post(HttpUrl url, RequestBody body) {
        return new Builder("POST", url, body);
    }

    public static Builder post(HttpUrl url, JsonNode body) {
        return new Builder("POST", url, RequestBody.create(Json.bytes(body), JSON));
    }

    public static Builder patch(HttpUrl url, JsonNode body) {
        return new Builder("PATCH", url, RequestBody.create(Json.bytes(body), JSON));
    }

    public String method() {
        return method;
    }

    public HttpUrl url() {
        return url;
    }

    public RequestBody body() {
        return body;
    }

    public Headers headers() {
        return headers;
    }

    /** Whether repeating it is harmless (GET, PUT, DELETE, or explicitly marked), so it may be retried. */
    public boolean retryable() {
        return retryable;
    }

    /** Whether it carries a Cloud ALM bearer token (false for the token request itself). */
    public boolean authenticated() {
        return authenticated;
    }

    /** Whether this is the OAuth token request: errors speak of client credentials, bodies are never quoted. */
    public boolean tokenRequest() {
        return tokenRequest;
    }

    /** What to tell the user on 404, or {@code null} for the generic advice. */
    public String notFoundHint() {
        return notFoundHint;
    }

    /** What to tell the user on 400/409/422, or {@code null} for the generic advice. */
    public String rejectedHint() {
        return rejectedHint;
    }

    /** A call timeout replacing the client's, or {@code null}. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Builder of {@link ApiRequest}. */
    public static final class Builder {

        private final String method;
        private final HttpUrl url;
        private final RequestBody body;
        private final Headers.Builder headers = new Headers.Builder();
        private boolean retryable;
        private boolean authenticated = true;
        private boolean tokenRequest;
        private String notFoundHint;
        private String rejectedHint;
        private Duration callTimeout;

        private Builder(String method, HttpUrl url, RequestBody body) {
            this.method = method;
            this.url = Objects.requireNonNull(url, "url");
            this.body = body;
            this.retryable = "GET".equals(method) || "PUT".equals(method) || "DELETE".equals(method);
        }

        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        /**
         * Marks a POST as harmless to repeat. Only for requests without side effects in Cloud ALM,
         * such as asking the token service for a token.
         */
        public Builder safeToRepeat() {
            this.retryable = true;
            return this;
        }

        /** The OAuth token request: no bearer token, credential-specific errors, no body quoting. */
        public Builder tokenRequest() {
            this.authenticated = false;
            this.tokenRequest = true;
            return this;
        }

        public Builder notFoundHint(String hint) {
            this.notFoundHint = hint;
            return this;
        }

        public Builder rejectedHint(String hint) {
            this.rejectedHint = hint;
            return this;
        }

        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
