package io.jenkins.plugins.calm.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The single HTTP handler: counts the request, injects faults (never on {@code /sandbox/...}),
 * checks bearer tokens and scopes, runs the route and writes its answer.
 */
public final class Dispatcher implements HttpHandler {
  /** Largest request body accepted (an MTA upload included). */
  static final long MAX_BODY_BYTES = 256L * 1024 * 1024;

  private final Router router;
  private final BearerAuthenticator authenticator;
  private final FaultPolicy faults;
  private final RequestStats stats;

  public Dispatcher(Router router, BearerAuthenticator authenticator, FaultPolicy faults, RequestStats stats) {
    this.router = router;
    this.authenticator = authenticator;
    this.faults = faults;
    this.stats = stats;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String routeName = RequestStats.UNMATCHED;
    ApiResponse response;
    try {
      String method = exchange.getRequestMethod();
      String rawPath = exchange.getRequestURI().getRawPath();
      List<String> segments = Router.segments(rawPath);
      Router.Match match = router.match(method, segments);
      if (match.route != null) {
        routeName = match.route.name();
      }
      boolean admin = match.route != null ? match.route.access() == Route.Access.ADMIN : rawPath.startsWith("/sandbox/");
      Fault fault = admin ? Fault.NONE : faults.pick(method, "/" + String.join("/", segments));
      if (!fault.latency().isZero()) {
        sleep(fault);
      }
      if (fault.kind() == Fault.Kind.DROP_CONNECTION) {
        stats.record(routeName, 0);
        exchange.close();
        return;
      }
      response = answer(exchange, method, match, segments, fault);
    } catch (ApiException e) {
      response = ApiResponse.odataError(e);
    } catch (Exception e) {
      response = internalError(exchange, e);
    }
    stats.record(routeName, response.status());
    write(exchange, response);
  }

  private ApiResponse answer(HttpExchange exchange, String method, Router.Match match, List<String> segments, Fault fault)
      throws Exception {
    switch (fault.kind()) {
      case TOO_MANY_REQUESTS:
        return ApiResponse.odataError(new ApiException(429, "TOO_MANY_REQUESTS",
            "Rate limit exceeded (sandbox fault injection); retry after " + fault.retryAfterSeconds() + " s.",
            Map.of("Retry-After", String.valueOf(fault.retryAfterSeconds()))));
      case SERVICE_UNAVAILABLE:
        return ApiResponse.odataError(new ApiException(503, "SERVICE_UNAVAILABLE",
            "Service temporarily unavailable (sandbox fault injection).",
            fault.retryAfterSeconds() > 0 ? Map.of("Retry-After", String.valueOf(fault.retryAfterSeconds())) : Map.of()));
      default:
        break;
    }
    String path = "/" + String.join("/", segments);
    if (match.route == null) {
      if (!match.allowedMethods.isEmpty()) {
        return ApiResponse.odataError(new ApiException(405, "METHOD_NOT_ALLOWED",
            method + " is not supported on " + path + "; allowed: " + String.join(", ", match.allowedMethods) + ".",
            Map.of("Allow", String.join(", ", match.allowedMethods))));
      }
      throw ApiException.notFound("No resource at " + path + ". Service paths start with /api/ (e.g. "
          + "/api/calm-features/v1/Features); the sandbox's own endpoints with /sandbox/.");
    }
    Route route = match.route;
    ApiRequest request = new ApiRequest(method, path, exchange.getRequestURI().getRawQuery(),
        exchange.getRequestHeaders(), readBody(exchange), origin(exchange));
    request.pathVariables(match.variables);
    if (route.access() == Route.Access.BEARER) {
      authorize(request, route, fault);
    }
    return route.handler().handle(request);
  }

  private void authorize(ApiRequest request, Route route, Fault fault) {
    String authorization = request.header("Authorization").orElse("");
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw unauthorized("No bearer token. Get one with POST /uaa/oauth/token (client credentials) and send "
          + "'Authorization: Bearer <access_token>'.");
    }
    String token = authorization.substring(7).trim();
    if (fault.kind() == Fault.Kind.EXPIRE_TOKEN) {
      authenticator.expire(token);
    }
    BearerAuthenticator.Principal principal = authenticator.authenticate(token);
    if (principal == null) {
      throw unauthorized("The bearer token is invalid or expired; request a new one from /uaa/oauth/token.");
    }
    if (route.scope() != null && !principal.scopes().contains(route.scope())) {
      throw new ApiException(403, "FORBIDDEN", "The token lacks the scope '" + route.scope() + "' needed for "
          + route.method() + " " + route.template() + ". Add it to the authorities of the Cloud ALM API service "
          + "instance (sandbox: --scopes).");
    }
    request.clientId(principal.clientId());
  }

  private static ApiException unauthorized(String message) {
    return new ApiException(401, "UNAUTHORIZED", message,
        Map.of("WWW-Authenticate", "Bearer realm=\"Cloud ALM sandbox\", error=\"invalid_token\""));
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("Invalid Content-Length '" + length + "'.");
      }
      if (declared > MAX_BODY_BYTES) {
        throw new ApiException(413, "PAYLOAD_TOO_LARGE", "The request body (" + declared + " bytes) exceeds the "
            + "sandbox limit of " + MAX_BODY_BYTES + " bytes.");
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes((int) MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw new ApiException(413, "PAYLOAD_TOO_LARGE", "The request body exceeds the sandbox limit of "
            + MAX_BODY_BYTES + " bytes.");
      }
      return body;
    }
  }

  private static String origin(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || host.isBlank()) {
      var local = exchange.getLocalAddress();
      host = local.getAddress().getHostAddress() + ":" + local.getPort();
    }
    return "http://" + host;
  }

  private static void sleep(Fault fault) {
    try {
      Thread.sleep(fault.latency().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ApiResponse internalError(HttpExchange exchange, Throwable e) {
    System.err.println("Cloud ALM sandbox: internal error on " + exchange.getRequestMethod() + " "
        + exchange.getRequestURI().getRawPath() + ": " + e);
    e.printStackTrace();
    return ApiResponse.odataError(new ApiException(500, "INTERNAL_ERROR",
        "The sandbox failed on this request (" + e.getClass().getSimpleName() + ": " + e.getMessage()
            + "). This is a sandbox bug; its standard error has the stack trace."));
  }

  private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
    try {
      var headers = exchange.getResponseHeaders();
      if (response.contentType() != null) {
        headers.set("Content-Type", response.contentType());
      }
      response.headers().forEach(headers::set);
      byte[] body = response.body();
      boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      exchange.close();
    }
  }
}
