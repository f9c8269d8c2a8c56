package io.jenkins.plugins.calm.sandbox.http;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One parsed request as the routes see it. */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> parameters;
  private final Headers headers;
  private final byte[] body;
  private final String origin;
  private Map<String, String> pathVariables = Map.of();
  private String clientId;

  public ApiRequest(String method, String path, String rawQuery, Headers headers, byte[] body, String origin) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.parameters = Percent.decodeParameters(rawQuery);
    this.headers = headers;
    this.body = body;
    this.origin = origin;
  }

  public String method() {
    return method;
  }

  /** The path, percent-decoded segment by segment. */
  public String path() {
    return path;
  }

  public String rawQuery() {
    return rawQuery;
  }

  public Map<String, List<String>> parameters() {
    return parameters;
  }

  /** The single value of a query parameter; a repeated one is ambiguous, hence 400. */
  public Optional<String> parameter(String name) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw ApiException.badRequest("The query parameter '" + name + "' is given " + values.size()
          + " times; give it once.");
    }
    return Optional.of(values.get(0));
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.getFirst(name));
  }

  public byte[] body() {
    return body;
  }

  /** {@code http://host:port} as the client addressed this server, for absolute links. */
  public String origin() {
    return origin;
  }

  public String pathVariable(String name) {
    String value = pathVariables.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no path variable " + name);
    }
    return value;
  }

  void pathVariables(Map<String, String> variables) {
    this.pathVariables = variables;
  }

  /** The OAuth client that sent this request (set once its token was checked), else null. */
  public String clientId() {
    return clientId;
  }

  void clientId(String clientId) {
    this.clientId = clientId;
  }
}
