package io.jenkins.plugins.calm.webhook;

import io.jenkins.plugins.calm.core.webhook.WebhookRequest;
import io.jenkins.plugins.calm.core.webhook.WebhookResponse;
import io.jenkins.plugins.calm.core.webhook.gate.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Copies a servlet request into calm-core's {@link WebhookRequest}, and its answer back. */
public final class WebhookHttp {

    /** The endpoint's URL name below the Jenkins root. */
    public static final String URL_NAME = "cloud-alm-webhook";

    /** How the servlet path info of a delivery starts. */
    public static final String PATH_PREFIX = "/" + URL_NAME + "/";

    private WebhookHttp() {}

    /**
     * @param request the servlet request
     * @param restOfPath the URL-decoded path below the endpoint, e.g. {@code /prod/workflow/<id>}
     * @param maxBodyBytes the body limit: a larger body is not read to the end
     */
    public static WebhookRequest read(HttpServletRequest request, String restOfPath, int maxBodyBytes) throws IOException {
        RequestBody body = RequestBody.read(request.getInputStream(), request.getContentLengthLong(), maxBodyBytes);
        return new WebhookRequest(request.getMethod(), restOfPath, request.getHeader("Authorization"),
                request.getHeader("Content-Type"), request.getQueryString(), body);
    }

    public static void write(HttpServletResponse response, WebhookResponse answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType(WebhookResponse.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            response.setHeader(header.getKey(), header.getValue());
        }
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** @return whether a request's servlet path info is below the endpoint (the crumb exclusion's whole test) */
    public static boolean isWebhookPath(String pathInfo) {
        return pathInfo != null && pathInfo.startsWith(PATH_PREFIX);
    }
}
