package io.jenkins.plugins.calm.sandbox.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The route table. Matching is a scan over a few dozen templates, cheap next to the I/O. */
public final class Router {
  private final List<Route> routes = new ArrayList<>();

  public Router add(String method, String template, Route.Access access, String scope, RouteHandler handler) {
    routes.add(new Route(method, template, access, scope, handler));
    return this;
  }

  /** The outcome of matching: a route with its variables, or the methods the path allows. */
  static final class Match {
    final Route route;
    final Map<String, String> variables;
    final TreeSet<String> allowedMethods;

    Match(Route route, Map<String, String> variables, TreeSet<String> allowedMethods) {
      this.route = route;
      this.variables = variables;
      this.allowedMethods = allowedMethods;
    }
  }

  Match match(String method, List<String> segments) {
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Map<String, String> variables = route.match(segments);
      if (variables != null) {
        if (route.method().equals(method)) {
          return new Match(route, variables, allowed);
        }
        allowed.add(route.method());
      }
    }
    return new Match(null, Map.of(), allowed);
  }

  /**
   * Splits a raw path into decoded segments. The OData key form {@code Features(key)} becomes
   * the two segments {@code Features} and {@code key}, so both addressing styles reach the same
   * route; a quoted key loses its quotes.
   */
  static List<String> segments(String rawPath) {
    String[] raw = Route.split(rawPath);
    List<String> result = new ArrayList<>(raw.length + 1);
    for (String part : raw) {
      String segment = Percent.decodePathSegment(part);
      int open = segment.indexOf('(');
      if (open > 0 && segment.endsWith(")")) {
        result.add(segment.substring(0, open));
        String key = segment.substring(open + 1, segment.length() - 1);
        if (key.length() >= 2 && key.startsWith("'") && key.endsWith("'")) {
          key = key.substring(1, key.length() - 1);
        }
        result.add(key);
      } else {
        result.add(segment);
      }
    }
    return result;
  }
}
