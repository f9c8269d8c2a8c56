package io.jenkins.plugins.calm.sandbox;

import static io.jenkins.plugins.calm.sandbox.Api.FEATURES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsTest {

  @Test
  void tooManyRequestsWithRetryAfterOnTheSelectedRouteOnly() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0)
        .faults("429:7,path=/api/calm-features/v1/FeatureStatus,count=1").start()) {
      Api api = new Api(sandbox);
      Api.Response limited = api.get(FEATURES + "/FeatureStatus");
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
      assertThat(limited.errorMessage()).contains("retry after 7");
      assertThat(api.get(FEATURES + "/FeatureStatus").status()).isEqualTo(200);
      assertThat(api.get(FEATURES + "/Features").status()).isEqualTo(200);
    }
  }

  @Test
  void ratesAreDeterministicForTheSameSeed() throws Exception {
    String spec = "seed=42;503,rate=0.5,path=/api/calm-features/**";
    List<Integer> first = statuses(spec);
    List<Integer> second = statuses(spec);
    assertThat(first).isEqualTo(second).contains(200, 503);
    assertThat(statuses("seed=43;503,rate=0.5,path=/api/calm-features/**")).isNotEqualTo(first);
  }

  private static List<Integer> statuses(String spec) throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).faults(spec).start()) {
      Api api = new Api(sandbox);
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        statuses.add(api.get(FEATURES + "/FeatureStatus").status());
      }
      return statuses;
    }
  }

  @Test
  void droppedConnectionsGetNoAnswer() throws Exception {
    // POST, because the JDK client silently retries an idempotent GET on a closed connection.
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0)
        .faults("drop,count=1,method=POST,path=/api/calm-projects/**").start()) {
      Api api = new Api(sandbox);
      HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/api/calm-projects/v1/projects"))
          .header("Authorization", "Bearer " + api.token())
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Dropped\"}")).build();
      HttpClient client = HttpClient.newHttpClient();
      assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
      assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
      assertThat(sandbox.requestCounts().get("POST /api/calm-projects/v1/projects")).containsEntry(0, 1L)
          .containsEntry(201, 1L);
    }
  }

  @Test
  void earlyTokenExpiryForcesANewToken() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).faults("token-expiry,count=1").start()) {
      Api api = new Api(sandbox);
      String token = api.newToken();
      assertThat(api.call("GET", FEATURES + "/FeatureStatus", null, token).status()).isEqualTo(401);
      assertThat(api.call("GET", FEATURES + "/FeatureStatus", null, token).status()).isEqualTo(401);
      assertThat(api.call("GET", FEATURES + "/FeatureStatus", null, api.newToken()).status()).isEqualTo(200);
    }
  }

  @Test
  void adminEndpointsAreNeverFaulted() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).faults("503").start()) {
      Api api = new Api(sandbox);
      assertThat(api.admin("GET", "/sandbox/requests", null).status()).isEqualTo(200);
      assertThat(api.tokenRequest(Api.basic(api.clientId(), api.clientSecret()), "grant_type=client_credentials").status())
          .isEqualTo(503);
    }
  }

  @Test
  void faultsCanBeReplacedAtRunTime() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      assertThat(api.get(FEATURES + "/FeatureStatus").status()).isEqualTo(200);
      assertThat(api.admin("PUT", "/sandbox/faults", "503:3,method=GET").status()).isEqualTo(200);
      Api.Response unavailable = api.get(FEATURES + "/FeatureStatus");
      assertThat(unavailable.status()).isEqualTo(503);
      assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("3");
      Api.Response invalid = api.admin("PUT", "/sandbox/faults", "explode");
      assertThat(invalid.status()).isEqualTo(400);
      assertThat(invalid.errorMessage()).contains("unknown fault 'explode'");
      assertThat(api.admin("PUT", "/sandbox/faults", "").status()).isEqualTo(200);
      assertThat(api.get(FEATURES + "/FeatureStatus").status()).isEqualTo(200);
    }
  }
}
