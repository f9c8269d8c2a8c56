package io.jenkins.plugins.calm.sandbox;

import static io.jenkins.plugins.calm.sandbox.Api.FEATURES;
import static io.jenkins.plugins.calm.sandbox.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.sandbox.features.CodeSet;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import io.jenkins.plugins.calm.sandbox.seed.Seed;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureWriteTest {

  private static Map<String, String> codes(Api api) {
    Map<String, String> byName = new HashMap<>();
    api.get(FEATURES + "/FeatureStatus").json().path("value")
        .forEach(s -> byName.put(s.path("name").asText(), s.path("code").asText()));
    return byName;
  }

  @Test
  void createAssignsUuidAndNextDisplayId() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Api.Response created = api.post(FEATURES + "/Features",
          "{\"title\":\"Pipeline-built feature\",\"projectId\":\"" + DemoData.ORDER_TO_CASH + "\",\"priorityCode\":\"10\"}");
      assertThat(created.status()).isEqualTo(201);
      JsonNode feature = created.json();
      assertThat(feature.path("displayId").asText()).isEqualTo("6-10");
      assertThat(feature.path("uuid").asText()).hasSize(36);
      assertThat(feature.path("statusCode").asText()).isEqualTo(codes(api).get("In Specification"));
      assertThat(feature.path("priorityCode").asInt()).isEqualTo(10);
      assertThat(created.headers().firstValue("Location")).hasValue(
          sandbox.baseUrl() + FEATURES + "/Features/" + feature.path("uuid").asText());
      assertThat(api.get(FEATURES + "/Features/" + feature.path("uuid").asText()).json()).isEqualTo(feature);
    }
  }

  @Test
  void createExplainsMissingAndWrongFields() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Api.Response noTitle = api.post(FEATURES + "/Features", "{\"projectId\":\"" + DemoData.ORDER_TO_CASH + "\"}");
      assertThat(noTitle.status()).isEqualTo(400);
      assertThat(noTitle.errorMessage()).contains("title");

      Api.Response noProject = api.post(FEATURES + "/Features", "{\"title\":\"x\",\"projectId\":\""
          + java.util.UUID.randomUUID() + "\"}");
      assertThat(noProject.errorMessage()).contains("does not exist");

      Api.Response readOnly = api.post(FEATURES + "/Features", "{\"title\":\"x\",\"displayId\":\"6-99\",\"projectId\":\""
          + DemoData.ORDER_TO_CASH + "\"}");
      assertThat(readOnly.errorMessage()).contains("read-only");

      Api.Response notJson = api.post(FEATURES + "/Features", "title=x");
      assertThat(notJson.status()).isEqualTo(400);
    }
  }

  @Test
  void patchReturnsTheEntityAndUpdatesModifiedAt() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      String uuid = api.uuidOf("6-1");
      JsonNode before = api.get(FEATURES + "/Features/" + uuid).json();
      Api.Response patched = api.patch(FEATURES + "/Features/" + uuid,
          "{\"statusCode\":\"" + codes(api).get("In Testing") + "\",\"description\":\"<p>ready</p>\"}");
      assertThat(patched.status()).isEqualTo(200);
      JsonNode after = patched.json();
      assertThat(after.path("statusCode").asText()).isEqualTo(codes(api).get("In Testing"));
      assertThat(after.path("description").asText()).isEqualTo("<p>ready</p>");
      assertThat(Instant.parse(after.path("modifiedAt").asText()))
          .isAfter(Instant.parse(before.path("modifiedAt").asText()));
      assertThat(after.path("createdAt")).isEqualTo(before.path("createdAt"));

      Api.Response projectChange = api.patch(FEATURES + "/Features/" + uuid,
          "{\"projectId\":\"" + DemoData.EXTENSIONS + "\"}");
      assertThat(projectChange.status()).isEqualTo(400);
      assertThat(projectChange.errorMessage()).contains("PATCH");
    }
  }

  @Test
  void statusSwitchesFollowTheFlowAndInvalidOnesGet400() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Map<String, String> codes = codes(api);
      String uuid = api.uuidOf("6-3");
      Api.Response skip = api.patch(FEATURES + "/Features/" + uuid, "{\"statusCode\":\"" + codes.get("Deployed") + "\"}");
      assertThat(skip.status()).isEqualTo(400);
      assertThat(skip.json().path("error").path("code").asText()).isEqualTo("INVALID_STATUS_SWITCH");
      assertThat(skip.errorMessage()).contains("'In Specification'", "'Deployed'", "In Implementation", "Not Planned");

      String[] path = {"In Implementation", "In Testing", "Successfully Tested", "Ready for Production", "Deployed"};
      for (String status : path) {
        Api.Response step = api.patch(FEATURES + "/Features/" + uuid, "{\"statusCode\":\"" + codes.get(status) + "\"}");
        assertThat(step.status()).as(status + ": " + step.body()).isEqualTo(200);
      }
      Api.Response fromDeployed = api.patch(FEATURES + "/Features/" + uuid,
          "{\"statusCode\":\"" + codes.get("In Testing") + "\"}");
      assertThat(fromDeployed.errorMessage()).contains("No switch is enabled from 'Deployed'");

      Api.Response failedTest = api.patch(FEATURES + "/Features/" + api.uuidOf("6-2"),
          "{\"statusCode\":\"" + codes.get("In Implementation") + "\"}");
      assertThat(failedTest.status()).isEqualTo(200);
    }
  }

  @Test
  void aDisplayNameInsteadOfACodeIsRejectedWithTheCode() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Api.Response byName = api.patch(FEATURES + "/Features/" + api.uuidOf("6-1"), "{\"statusCode\":\"In Testing\"}");
      assertThat(byName.status()).isEqualTo(400);
      assertThat(byName.errorMessage()).contains("display name", "'" + codes(api).get("In Testing") + "'");
    }
  }

  @Test
  void theSecondCodeSetHasOtherCodesForTheSameNames() throws Exception {
    try (CloudAlmSandbox a = CloudAlmSandbox.builder().port(0).start();
        CloudAlmSandbox b = CloudAlmSandbox.builder().port(0).codeSet(CodeSet.B).start()) {
      Api apiA = new Api(a);
      Api apiB = new Api(b);
      Map<String, String> codesA = codes(apiA);
      Map<String, String> codesB = codes(apiB);
      assertThat(codesB.keySet()).isEqualTo(codesA.keySet());
      codesA.forEach((name, code) -> assertThat(codesB.get(name)).as(name).isNotEqualTo(code).isNotEqualTo(name));

      String uuid = apiB.uuidOf("6-1");
      assertThat(apiB.get(FEATURES + "/Features/" + uuid).json().path("statusCode").asText())
          .isEqualTo(codesB.get("In Implementation"));
      Api.Response codeOfA = apiB.patch(FEATURES + "/Features/" + uuid,
          "{\"statusCode\":\"" + codesA.get("In Testing") + "\"}");
      assertThat(codeOfA.status()).isEqualTo(400);
      assertThat(apiB.patch(FEATURES + "/Features/" + uuid, "{\"statusCode\":\"" + codesB.get("In Testing") + "\"}")
          .status()).isEqualTo(200);
      assertThat(apiB.get(FEATURES + "/Features" + q("$filter", "statusCode eq '" + codesB.get("In Testing") + "'"))
          .json().path("value")).hasSize(2);
    }
  }

  @Test
  void anEmptySeedHasNoDataAndProjectsCanBeCreated() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).seed(Seed.EMPTY).start()) {
      Api api = new Api(sandbox);
      assertThat(api.get("/api/calm-projects/v1/projects").json()).isEmpty();
      assertThat(api.get(FEATURES + "/Features").json().path("value")).isEmpty();
      Api.Response project = api.post("/api/calm-projects/v1/projects", "{\"name\":\"Fresh\"}");
      assertThat(project.status()).isEqualTo(201);
      String projectId = project.json().path("id").asText();
      Api.Response feature = api.post(FEATURES + "/Features", "{\"title\":\"First\",\"projectId\":\"" + projectId + "\"}");
      assertThat(feature.json().path("displayId").asText()).isEqualTo("6-1");
      assertThat(api.get("/api/calm-projects/v1/projects").json().path(0).path("name").asText()).isEqualTo("Fresh");
    }
  }

  @Test
  void listingRequiresProjectIdWhenConfigured() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).requireProjectId(true).start()) {
      Api api = new Api(sandbox);
      Api.Response without = api.get(FEATURES + "/Features");
      assertThat(without.status()).isEqualTo(400);
      assertThat(without.errorMessage()).contains("projectId");
      assertThat(api.get(FEATURES + "/Features?projectId=" + DemoData.ORDER_TO_CASH).json().path("value")).hasSize(7);
    }
  }
}
