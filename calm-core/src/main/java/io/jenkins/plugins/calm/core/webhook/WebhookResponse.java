package io.jenkins.plugins.calm.core.webhook;

import java.util.Map;

/**
 * The HTTP answer to a delivery: small, JSON, and never naming a job.
 *
 * @param status the HTTP status
 * @param body the JSON body
 * @param headers extra headers (e.g. {@code WWW-Authenticate})
 */
public record WebhookResponse(int status, String body, Map<String, String> headers) {

    /** The content type of every answer. */
    public static final String CONTENT_TYPE = "application/json;charset=utf-8";

    public WebhookResponse {
        headers = Map.copyOf(headers);
    }
}
