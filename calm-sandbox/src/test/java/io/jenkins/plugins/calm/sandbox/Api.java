package io.jenkins.plugins.calm.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain JDK HttpClient talking to a sandbox the way a Cloud ALM client would. */
final class Api {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String FEATURES = "/api/calm-features/v1";

  final CloudAlmSandbox sandbox;
  final HttpClient http = HttpClient.newHttpClient();
  final JsonNode key;
  private String token;

  Api(CloudAlmSandbox sandbox) {
    this.sandbox = sandbox;
    this.key = json(sandbox.serviceKeyJson());
  }

  record Response(int status, HttpHeaders headers, String body) {
    JsonNode json() {
      return Api.json(body);
    }

    String errorMessage() {
      return json().path("error").path("message").asText();
    }
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }

  String clientId() {
    return key.path("uaa").path("clientid").asText();
  }

  String clientSecret() {
    return key.path("uaa").path("clientsecret").asText();
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Response tokenRequest(String authorization, String form) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(key.path("uaa").path("url").asText() + "/oauth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  String token() {
    if (token == null) {
      token = newToken();
    }
    return token;
  }

  String newToken() {
    Response response = tokenRequest(basic(clientId(), clientSecret()), "grant_type=client_credentials");
    if (response.status() != 200) {
      throw new IllegalStateException("token: " + response);
    }
    return response.json().path("access_token").asText();
  }

  /** Encodes query parameters pairwise: q("$filter", "displayId eq '6-1'", "$top", "1"). */
  static String q(String... pairs) {
    StringBuilder query = new StringBuilder("?");
    for (int i = 0; i < pairs.length; i += 2) {
      if (i > 0) {
        query.append('&');
      }
      query.append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
    }
    return query.toString();
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  Response get(String path) {
    return call("GET", path, null, token());
  }

  Response post(String path, String json) {
    return call("POST", path, json, token());
  }

  Response patch(String path, String json) {
    return call("PATCH", path, json, token());
  }

  Response delete(String path) {
    return call("DELETE", path, null, token());
  }

  Response call(String method, String path, String json, String bearer) {
    URI uri = path.startsWith("http") ? URI.create(path) : URI.create(sandbox.baseUrl() + path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build());
  }

  /** Admin call without credentials, body as plain text. */
  Response admin(String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    return send(request);
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The UUID of a feature by display ID, through the API. */
  String uuidOf(String displayId) {
    Response response = get(FEATURES + "/Features" + q("$filter", "displayId eq '" + displayId + "'"));
    return response.json().path("value").path(0).path("uuid").asText();
  }
}
