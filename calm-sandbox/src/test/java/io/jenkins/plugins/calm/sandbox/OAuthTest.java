package io.jenkins.plugins.calm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.testing.ManualClock;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OAuthTest {

  @Test
  void issuesTokenForBasicAuthAndForFormCredentials() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Api.Response basic = api.tokenRequest(Api.basic(api.clientId(), api.clientSecret()), "grant_type=client_credentials");
      assertThat(basic.status()).isEqualTo(200);
      assertThat(basic.json().path("token_type").asText()).isEqualTo("bearer");
      assertThat(basic.json().path("expires_in").asLong()).isEqualTo(43200);
      assertThat(basic.json().path("scope").asText()).contains("calm-api.features.read", "imp-cdm-feature-manage-ui");
      assertThat(basic.json().path("jti").asText()).isNotBlank();

      Api.Response form = api.tokenRequest(null, "grant_type=client_credentials&client_id="
          + Api.encode(api.clientId()) + "&client_secret=" + Api.encode(api.clientSecret()));
      assertThat(form.status()).isEqualTo(200);
      String token = form.json().path("access_token").asText();
      assertThat(api.call("GET", Api.FEATURES + "/FeatureStatus", null, token).status()).isEqualTo(200);
    }
  }

  @Test
  void rejectsWrongClientAndUnsupportedGrant() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Api.Response wrong = api.tokenRequest(Api.basic(api.clientId(), "not-the-secret"), "grant_type=client_credentials");
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.json().path("error").asText()).isEqualTo("invalid_client");

      Api.Response password = api.tokenRequest(Api.basic(api.clientId(), api.clientSecret()), "grant_type=password");
      assertThat(password.status()).isEqualTo(400);
      assertThat(password.json().path("error").asText()).isEqualTo("unsupported_grant_type");
    }
  }

  @Test
  void apiNeedsValidBearerToken() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Api.Response none = api.call("GET", Api.FEATURES + "/Features", null, null);
      assertThat(none.status()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(none.errorMessage()).contains("/uaa/oauth/token");

      assertThat(api.call("GET", Api.FEATURES + "/Features", null, "made-up").status()).isEqualTo(401);
    }
  }

  @Test
  void tokensExpireAfterTheTtl() throws Exception {
    ManualClock clock = new ManualClock();
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).clock(clock).tokenTtl(Duration.ofSeconds(60)).start()) {
      Api api = new Api(sandbox);
      String token = api.newToken();
      assertThat(api.call("GET", Api.FEATURES + "/FeatureStatus", null, token).status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(59));
      assertThat(api.call("GET", Api.FEATURES + "/FeatureStatus", null, token).status()).isEqualTo(200);
      clock.advance(Duration.ofSeconds(1));
      assertThat(api.call("GET", Api.FEATURES + "/FeatureStatus", null, token).status()).isEqualTo(401);
      assertThat(api.call("GET", Api.FEATURES + "/FeatureStatus", null, api.newToken()).status()).isEqualTo(200);
    }
  }

  @Test
  void eachRouteEnforcesItsScopeWith403NamingIt() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0)
        .scopes(List.of(Scopes.FEATURES_READ, Scopes.PROJECTS_READ)).start()) {
      Api api = new Api(sandbox);
      assertThat(api.get(Api.FEATURES + "/Features").status()).isEqualTo(200);
      assertThat(api.get("/api/calm-projects/v1/projects").status()).isEqualTo(200);

      Api.Response write = api.patch(Api.FEATURES + "/Features/" + api.uuidOf("6-1"), "{\"title\":\"x\"}");
      assertThat(write.status()).isEqualTo(403);
      assertThat(write.errorMessage()).contains("calm-api.features.write");

      Api.Response tms = api.get("/api/imp-cdm-transport-management-api/v1/v2/nodes");
      assertThat(tms.status()).isEqualTo(403);
      assertThat(tms.errorMessage()).contains("imp-cdm-feature-display-ui");

      Api.Response tasks = api.get("/api/calm-tasks/v1/tasks?projectId=" + java.util.UUID.randomUUID());
      assertThat(tasks.status()).isEqualTo(403);
      assertThat(tasks.errorMessage()).contains("calm-api.tasks.read");
    }
  }

  @Test
  void aTokenRequestCanNarrowTheScopes() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Api.Response narrowed = api.tokenRequest(Api.basic(api.clientId(), api.clientSecret()),
          "grant_type=client_credentials&scope=calm-api.projects.read");
      String token = narrowed.json().path("access_token").asText();
      assertThat(api.call("GET", "/api/calm-projects/v1/projects", null, token).status()).isEqualTo(200);
      assertThat(api.call("GET", Api.FEATURES + "/Features", null, token).status()).isEqualTo(403);
    }
  }
}
