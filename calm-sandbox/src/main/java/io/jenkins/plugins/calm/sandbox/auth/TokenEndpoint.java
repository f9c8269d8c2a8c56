package io.jenkins.plugins.calm.sandbox.auth;

import io.jenkins.plugins.calm.sandbox.http.ApiRequest;
import io.jenkins.plugins.calm.sandbox.http.ApiResponse;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.http.Percent;
import io.jenkins.plugins.calm.sandbox.http.Route;
import io.jenkins.plugins.calm.sandbox.http.Router;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code /uaa/oauth/token}: the client credentials grant in every form the reference (§1.3) saw
 * in use: POST with Basic auth (Piper, most clients), POST with {@code client_id}/{@code
 * client_secret} form fields (SAP's Postman collection), and the grant type in the query string
 * (Piper's {@code ?grant_type=client_credentials&response_type=token}, also as GET).
 */
public final class TokenEndpoint {
  private final TokenService tokens;

  public TokenEndpoint(TokenService tokens) {
    this.tokens = tokens;
  }

  public void register(Router router) {
    router.add("POST", "/uaa/oauth/token", Route.Access.CLIENT_CREDENTIALS, null, this::token);
    router.add("GET", "/uaa/oauth/token", Route.Access.CLIENT_CREDENTIALS, null, this::token);
  }

  private ApiResponse token(ApiRequest request) {
    Map<String, List<String>> form = Percent.decodeParameters(new String(request.body(), StandardCharsets.UTF_8));
    String grantType = first(form, "grant_type");
    if (grantType == null) {
      grantType = first(request.parameters(), "grant_type");
    }
    if (!"client_credentials".equals(grantType)) {
      return oauthError(400, "unsupported_grant_type", grantType == null
          ? "grant_type is missing; send grant_type=client_credentials"
          : "Only grant_type=client_credentials is supported, not '" + grantType + "'");
    }
    String clientId = first(form, "client_id");
    String secret = first(form, "client_secret");
    String authorization = request.header("Authorization").orElse("");
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return oauthError(401, "invalid_client", "The Basic authorization header is not valid base64");
      }
      int colon = decoded.indexOf(':');
      if (colon >= 0) {
        clientId = decoded.substring(0, colon);
        secret = decoded.substring(colon + 1);
      }
    }
    if (clientId == null) {
      return oauthError(401, "invalid_client", "No client credentials: send them as Basic authorization or as "
          + "client_id/client_secret form fields");
    }
    String scope = first(form, "scope");
    TokenService.Grant grant = tokens.issue(clientId, secret, scope);
    if (!grant.ok() && secret != null) {
      // RFC 6749 §2.3.1 wants Basic credentials form-encoded first; most clients do not do it.
      // Accept both spellings.
      grant = tokens.issue(Percent.decode(clientId), Percent.decode(secret), scope);
    }
    if (!grant.ok()) {
      return oauthError(401, grant.error(), grant.errorDescription())
          .header("WWW-Authenticate", "Basic realm=\"Cloud ALM sandbox UAA\"");
    }
    var body = Json.object()
        .put("access_token", grant.accessToken())
        .put("token_type", "bearer")
        .put("expires_in", grant.expiresInSeconds())
        .put("scope", grant.scope())
        .put("jti", grant.jti());
    return ApiResponse.ok(body).header("Cache-Control", "no-store");
  }

  private static String first(Map<String, List<String>> values, String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  private static ApiResponse oauthError(int status, String error, String description) {
    return ApiResponse.json(status, Json.object().put("error", error).put("error_description", description));
  }
}
