package io.jenkins.plugins.calm.core.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.client.UnexpectedResponseException;
import java.io.IOException;
import okhttp3.Headers;

/** A successful (2xx) response, body read completely. */
public final class ApiResponse {

    private final ApiRequest request;
    private final int code;
    private final Headers headers;
    private final byte[] body;

    public ApiResponse(ApiRequest request, int code, Headers headers, byte[] body) {
        this.request = request;
        this.code = code;
        this.headers = headers;
        this.body = body;
    }

    public int code() {
        return code;
    }

    public Headers headers() {
        return headers;
    }

    public boolean hasBody() {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body as JSON.
     *
     * @throws UnexpectedResponseException when it is empty, an HTML page or malformed JSON
     */
    public JsonNode json() {
        if (!hasBody()) {
            throw ErrorTranslator.unexpected(request, code, "an empty body where JSON was expected", headers, body);
        }
        try {
            return Json.parse(body);
        } catch (JsonProcessingException e) {
            // Jackson may quote an unrecognised token; from the token service that could be the token itself.
            String problem = request.tokenRequest() ? "malformed" : ErrorTranslator.shorten(e.getOriginalMessage(), 160);
            if (e.getLocation() != null) {
                problem += " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            }
            throw ErrorTranslator.unexpected(request, code, "a body that is not valid JSON (" + problem + ")",
                    headers, body);
        } catch (IOException e) {
            throw ErrorTranslator.unexpected(request, code, "an unreadable body", headers, body);
        }
    }
}
