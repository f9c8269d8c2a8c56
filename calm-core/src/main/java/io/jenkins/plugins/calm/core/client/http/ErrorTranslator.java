package io.jenkins.plugins.calm.core.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.client.ApiCallException;
import io.jenkins.plugins.calm.core.client.AuthenticationFailedException;
import io.jenkins.plugins.calm.core.client.MissingScopeException;
import io.jenkins.plugins.calm.core.client.NetworkException;
import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.ODataError;
import io.jenkins.plugins.calm.core.client.RequestRejectedException;
import io.jenkins.plugins.calm.core.client.ServerErrorException;
import io.jenkins.plugins.calm.core.client.ThrottledException;
import io.jenkins.plugins.calm.core.client.UnexpectedResponseException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import okhttp3.Headers;

/**
 * Turns a failed call into the exception of its meaning, with a message that says which call
 * failed, what the service said, and what to do. Messages never contain a token or a secret: the
 * URL carries none, and bodies of the token service are only read for its error fields.
 */
public final class ErrorTranslator {

    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String API_URL_ADVICE = "Check that the API URL is \"endpoints.Api\" of the service key, "
            + "used as given (it already ends in /api).";

    private final RouteScopes scopes;

    public ErrorTranslator(RouteScopes scopes) {
        this.scopes = scopes;
    }

    /** The exception for a non-2xx response (after any retries and token refresh). */
    public ApiCallException translate(ApiRequest request, int code, Headers headers, byte[] body,
            Duration retryAfter) {
        String method = request.method();
        String url = request.url().toString();
        ODataError error = parseError(headers, body);
        String said = said(error, headers, body, request);
        String call = call(request) + " failed with " + status(code) + said;
        if (code == 407) {
            return new AuthenticationFailedException(method, url, code, call + ". The HTTP proxy requires "
                    + "authentication: check the proxy user name and password.");
        }
        if (request.tokenRequest()) {
            return tokenFailure(request, code, call, retryAfter);
        }
        if (code == 401) {
            return new AuthenticationFailedException(method, url, code, call + ". Cloud ALM refused a freshly issued "
                    + "access token. The service key may belong to another tenant than the API URL, or its client "
                    + "was removed: create a new service key of the \"SAP Cloud ALM API\" instance and update the "
                    + "credential.");
        }
        if (code == 403) {
            String scope = scopes.scopeFor(method, request.url());
            String needed = scope == null ? "a scope this call needs"
                    : "the scope \"" + scope + "\"";
            return new MissingScopeException(method, url, scope, call + ". The access token lacks " + needed
                    + ". Ask the SAP BTP administrator to add \"$XSMASTERAPPNAME." + (scope == null ? "<scope>" : scope)
                    + "\" to the \"authorities\" of the \"SAP Cloud ALM API\" service instance and to create a new "
                    + "service key, then update the credential. (Private or protected projects additionally need "
                    + "calm-api.projects.private.read or calm-api.projects.protected.read.)");
        }
        if (code == 404) {
            String hint = request.notFoundHint() != null ? request.notFoundHint()
                    : "Check the ID. If every call answers 404: " + API_URL_ADVICE;
            return new NotFoundException(method, url, error, call + ". " + hint);
        }
        if (code == 429) {
            return new ThrottledException(method, url, retryAfter, call + retryAfterText(retryAfter)
                    + ". Cloud ALM is limiting the request rate: try again later, and reduce the number of "
                    + "concurrent pipelines or the polling frequency if it keeps happening.");
        }
        if (code >= 500) {
            return new ServerErrorException(method, url, code, retryAfter, call + retryAfterText(retryAfter)
                    + ". Cloud ALM or a gateway in front of it is failing or unavailable; this is usually temporary. "
                    + "Try again later; if it persists, check the SAP Cloud ALM service status.");
        }
        if (code >= 300 && code < 400) {
            return new UnexpectedResponseException(method, url, code, call + " (a redirect that was not followed, to "
                    + headers.get("Location") + "). " + API_URL_ADVICE);
        }
        String hint = request.rejectedHint() != null ? request.rejectedHint()
                : "Cloud ALM rejected the request as it is; correct the input shown above and try again.";
        return new RequestRejectedException(method, url, code, error, call + ". " + hint);
    }

    private static ApiCallException tokenFailure(ApiRequest request, int code, String call, Duration retryAfter) {
        String method = request.method();
        String url = request.url().toString();
        if (code == 400 || code == 401 || code == 403) {
            return new AuthenticationFailedException(method, url, code, call + ". The token service refused the "
                    + "client credentials. Check \"uaa.clientid\" and \"uaa.clientsecret\" (for X.509 keys: the client "
                    + "certificate and \"uaa.certurl\"). If the service key was deleted or renewed, paste the new key "
                    + "into the credential.");
        }
        if (code == 404) {
            return new UnexpectedResponseException(method, url, code, call + ". The token URL is wrong: it must be "
                    + "\"uaa.url\" of the service key followed by /oauth/token.");
        }
        if (code == 429) {
            return new ThrottledException(method, url, retryAfter, call + retryAfterText(retryAfter)
                    + ". The token service is limiting the request rate; try again later.");
        }
        if (code >= 500) {
            return new ServerErrorException(method, url, code, retryAfter, call + retryAfterText(retryAfter)
                    + ". The SAP BTP token service (XSUAA) is failing or unavailable; try again later.");
        }
        return new AuthenticationFailedException(method, url, code, call + ". No access token could be obtained; "
                + "check the token URL and the client credentials of the service key.");
    }

    /** The exception for a call that got no (complete) response. */
    public static NetworkException network(ApiRequest request, IOException e) {
        String host = request.url().host() + ":" + request.url().port();
        String what;
        if (e instanceof UnknownHostException) {
            what = "the host name " + request.url().host() + " cannot be resolved. Check the URL, DNS and the proxy "
                    + "settings.";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            what = "no connection to " + host + " (" + e.getMessage() + "). Check network access, firewalls and the "
                    + "proxy settings of this Jenkins.";
        } else if (e instanceof SSLException) {
            what = "the TLS handshake with " + host + " failed (" + e.getMessage() + "). If a TLS-inspecting proxy or a "
                    + "private certificate authority is in the way, add its CA certificate to the trusted "
                    + "certificates; for X.509 keys, check that the client certificate is still valid.";
        } else if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            what = "no answer from " + host + " in time (" + e.getMessage() + "). Cloud ALM or the network is slow "
                    + "or unreachable; try again later or raise the timeouts.";
        } else {
            what = "the connection to " + host + " failed (" + e + "). Check network access and the proxy settings.";
        }
        return new NetworkException(request.method(), request.url().toString(), call(request) + " failed: " + what, e);
    }

    /** The exception for a 2xx response whose body is not what the API sends. */
    public static UnexpectedResponseException unexpected(ApiRequest request, int code, String what, Headers headers,
            byte[] body) {
        String page = request.tokenRequest() ? "" : pageSummary(headers, body);
        String advice = request.tokenRequest()
                ? " Check that the token URL is \"uaa.url\" of the service key followed by /oauth/token."
                : " " + API_URL_ADVICE + " An HTML page usually comes from a login page or a proxy answering in "
                        + "Cloud ALM's place.";
        return new UnexpectedResponseException(request.method(), request.url().toString(), code,
                call(request) + " returned " + status(code) + " with " + what + page + "." + advice);
    }

    /** Reads a JSON error body in any of the shapes the services use; {@link ODataError#NONE} otherwise. */
    public static ODataError parseError(Headers headers, byte[] body) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : Json.parse(body);
        } catch (IOException e) {
            return ODataError.NONE;
        }
        if (root == null || !root.isObject()) {
            return ODataError.NONE;
        }
        JsonNode error = root.get("error");
        if (error != null && error.isObject()) {
            List<ODataError.Detail> details = new ArrayList<>();
            for (JsonNode detail : error.path("details")) {
                details.add(new ODataError.Detail(Json.text(detail, "code"), message(detail.get("message")),
                        Json.text(detail, "target")));
            }
            return new ODataError(Json.text(error, "code"), message(error.get("message")), details);
        }
        if (error != null && error.isTextual()) {
            return new ODataError(error.asText(), Json.text(root, "error_description"), List.of());
        }
        if (root.has("message")) {
            String code = Json.text(root, "code") != null ? Json.text(root, "code") : Json.text(root, "errorType");
            return new ODataError(code, message(root.get("message")), List.of());
        }
        return ODataError.NONE;
    }

    /** OData v2 style nests the text as {@code {"lang","value"}}; v4 sends a string. */
    private static String message(JsonNode message) {
        if (message == null || message.isNull()) {
            return null;
        }
        return message.isObject() ? Json.text(message, "value") : message.asText();
    }

    private static String said(ODataError error, Headers headers, byte[] body, ApiRequest request) {
        if (!error.isEmpty()) {
            return ": " + shorten(error.describe(), 500);
        }
        return request.tokenRequest() ? "" : pageSummary(headers, body);
    }

    private static String pageSummary(Headers headers, byte[] body) {
        if (body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 8192), StandardCharsets.UTF_8);
        String type = headers.get("Content-Type");
        Matcher title = HTML_TITLE.matcher(text);
        if (title.find()) {
            return " (an HTML page titled \"" + shorten(title.group(1), 100) + "\")";
        }
        if (text.trim().startsWith("<")) {
            return " (an HTML/XML page" + (type == null ? "" : " of type " + type) + ")";
        }
        return " (body: \"" + shorten(text, 120) + "\")";
    }

    /** {@code GET https://host/path?query}, the query shortened. */
    public static String call(ApiRequest request) {
        return request.method() + " " + shorten(request.url().toString(), 300);
    }

    static String status(int code) {
        return code + reason(code);
    }

    private static String reason(int code) {
        switch (code) {
            case 200: return " OK";
            case 201: return " Created";
            case 204: return " No Content";
            case 400: return " Bad Request";
            case 401: return " Unauthorized";
            case 403: return " Forbidden";
            case 404: return " Not Found";
            case 405: return " Method Not Allowed";
            case 407: return " Proxy Authentication Required";
            case 409: return " Conflict";
            case 415: return " Unsupported Media Type";
            case 422: return " Unprocessable Entity";
            case 429: return " Too Many Requests";
            case 500: return " Internal Server Error";
            case 502: return " Bad Gateway";
            case 503: return " Service Unavailable";
            case 504: return " Gateway Timeout";
            default: return "";
        }
    }

    private static String retryAfterText(Duration retryAfter) {
        return retryAfter == null ? "" : " (Retry-After: " + retryAfter.toSeconds() + " s)";
    }

    /** Collapses whitespace and cuts to {@code max} characters. */
    public static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String collapsed = text.replaceAll("\\s+", " ").trim();
        return collapsed.length() <= max ? collapsed : collapsed.substring(0, max) + "…";
    }
}
