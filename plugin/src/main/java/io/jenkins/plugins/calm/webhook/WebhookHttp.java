package io.jenkins.plugins.calm.webhook;

import io.jenkins.plugins.calm.core.webhook.WebhookRequest;
import io.jenkins.plugins.calm.core.webhook.WebhookResponse;
import io.jenkins.plugins.calm.core.webhook.gate.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
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

    /**
     * Whether a request is for the endpoint, judged by the path Stapler dispatches it by: the raw request URI
     * below the context path, with repeated slashes and {@code .}/{@code ..} segments resolved the way Stapler
     * resolves them. The crumb exclusion and the Basic header authenticator both ask this, so neither can be
     * talked into covering a URL that Stapler then hands to something other than the webhook (for example
     * {@code /cloud-alm-webhook//../script}, which a servlet container may normalize differently).
     */
    public static boolean isWebhookRequest(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        if (uri == null || !uri.startsWith(context)) {
            return false;
        }
        return isWebhookPath(dispatchPath(uri.substring(context.length())));
    }

    /** @return whether a dispatch path (see {@link #isWebhookRequest}) is below the endpoint */
    public static boolean isWebhookPath(String path) {
        return path != null && path.startsWith(PATH_PREFIX);
    }

    /**
     * A raw request path as Stapler dispatches it: empty and {@code .} segments dropped, {@code ..} drops the
     * segment before it (or nothing at the start); a trailing slash stays. Percent-encoded characters are left
     * encoded, as Stapler compares the raw path too.
     */
    static String dispatchPath(String rawPath) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : rawPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            path.append('/').append(segment);
        }
        if (rawPath.endsWith("/") || path.isEmpty()) {
            path.append('/');
        }
        return path.toString();
    }
}
