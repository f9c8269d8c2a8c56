package io.jenkins.plugins.calm.core.webhook;

import io.jenkins.plugins.calm.core.webhook.gate.RequestBody;
import java.util.Objects;

/**
 * One HTTP delivery as the plugin's endpoint received it. Only what the decision needs is
 * copied out of the servlet request.
 *
 * @param method the HTTP method
 * @param path the URL-decoded path below the endpoint's root, e.g. {@code ""}, {@code "/prod"},
 *     {@code "/prod/workflow/<id>"} (Stapler's rest of path)
 * @param authorization the {@code Authorization} header, or {@code null}
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param queryString the raw query string, or {@code null}
 * @param body the body, read with {@link RequestBody#read}
 */
public record WebhookRequest(
        String method, String path, String authorization, String contentType, String queryString, RequestBody body) {

    public WebhookRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(body, "body");
        path = path == null ? "" : path;
    }

    @Override
    public String toString() {
        return "WebhookRequest[" + method + " " + path + ", authorization=" + (authorization == null ? "none" : "present")
                + ", contentType=" + contentType + ", query=" + (queryString == null ? "none" : "present") + ", " + body + "]";
    }
}
