package io.jenkins.plugins.calm.sandbox.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A method plus a path template such as {@code /api/calm-features/v1/Features/{uuid}}, the scope
 * a bearer token must carry (null: no token needed) and the handler.
 */
public final class Route {
  private final String method;
  private final String template;
  private final String[] segments;
  private final Access access;
  private final String scope;
  private final RouteHandler handler;

  /** Who may call a route. */
  public enum Access {
    /** The emulated Cloud ALM API: a valid bearer token with the route's scope. */
    BEARER,
    /** The token endpoint: client credentials checked by the route itself. */
    CLIENT_CREDENTIALS,
    /** The sandbox's own admin/inspection endpoints: loopback only, no credentials. */
    ADMIN
  }

  Route(String method, String template, Access access, String scope, RouteHandler handler) {
    this.method = method;
    this.template = template;
    this.segments = split(template);
    this.access = access;
    this.scope = scope;
    this.handler = handler;
  }

  static String[] split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }

  /** Path variables when the segments fit this template, else null. */
  Map<String, String> match(List<String> pathSegments) {
    if (pathSegments.size() != segments.length) {
      return null;
    }
    Map<String, String> variables = null;
    for (int i = 0; i < segments.length; i++) {
      String expected = segments[i];
      String actual = pathSegments.get(i);
      if (expected.startsWith("{")) {
        if (actual.isEmpty()) {
          return null;
        }
        if (variables == null) {
          variables = new HashMap<>(4);
        }
        variables.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equals(actual)) {
        return null;
      }
    }
    return variables == null ? Map.of() : variables;
  }

  public String method() {
    return method;
  }

  public String template() {
    return template;
  }

  public Access access() {
    return access;
  }

  public String scope() {
    return scope;
  }

  RouteHandler handler() {
    return handler;
  }

  /** The name under which requests are counted, e.g. {@code GET /api/.../Features/{uuid}}. */
  public String name() {
    return method + " " + template;
  }
}
