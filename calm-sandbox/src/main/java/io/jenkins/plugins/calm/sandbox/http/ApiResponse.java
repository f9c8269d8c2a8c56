package io.jenkins.plugins.calm.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: status, extra headers and a body (possibly empty). */
public final class ApiResponse {
  public static final String JSON = "application/json";

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private ApiResponse(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  public static ApiResponse json(int status, JsonNode body) {
    return new ApiResponse(status, JSON, Json.bytes(body));
  }

  public static ApiResponse ok(JsonNode body) {
    return json(200, body);
  }

  public static ApiResponse created(JsonNode body) {
    return json(201, body);
  }

  public static ApiResponse noContent() {
    return new ApiResponse(204, null, new byte[0]);
  }

  public static ApiResponse text(int status, String text) {
    return new ApiResponse(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  /** The OData error body that Cloud ALM clients parse: {@code {"error":{"code","message"}}}. */
  public static ApiResponse odataError(ApiException e) {
    var error = Json.object();
    error.putObject("error").put("code", e.code()).put("message", e.getMessage());
    ApiResponse response = json(e.status(), error);
    e.headers().forEach(response::header);
    return response;
  }

  public ApiResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] body() {
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }
}
