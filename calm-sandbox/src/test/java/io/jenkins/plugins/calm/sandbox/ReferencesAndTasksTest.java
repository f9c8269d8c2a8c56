package io.jenkins.plugins.calm.sandbox;

import static io.jenkins.plugins.calm.sandbox.Api.FEATURES;
import static io.jenkins.plugins.calm.sandbox.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import org.junit.jupiter.api.Test;

class ReferencesAndTasksTest {

  @Test
  void urlReferencesAreCreatedListedByParentAndDeletedById() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      String one = api.uuidOf("6-1");
      String two = api.uuidOf("6-2");
      Api.Response created = api.post(FEATURES + "/URLReferences",
          "{\"parentUuid\":\"" + one + "\",\"name\":\"Jenkins build #42\",\"url\":\"https://ci.example.com/job/app/42/\"}");
      assertThat(created.status()).isEqualTo(201);
      String id = created.json().path("id").asText();
      api.post(FEATURES + "/URLReferences", "{\"parentUuid\":\"" + two + "\",\"name\":\"other\",\"url\":\"https://x\"}");

      JsonNode ofOne = api.get(FEATURES + "/URLReferences" + q("$filter", "parentUuid eq " + one)).json().path("value");
      assertThat(ofOne).hasSize(1);
      assertThat(ofOne.path(0).path("url").asText()).isEqualTo("https://ci.example.com/job/app/42/");
      assertThat(ofOne.path(0).path("name").asText()).isEqualTo("Jenkins build #42");

      assertThat(api.delete(FEATURES + "/URLReferences/" + id).status()).isEqualTo(204);
      assertThat(api.get(FEATURES + "/URLReferences" + q("$filter", "parentUuid eq " + one)).json().path("value")).isEmpty();
      assertThat(api.delete(FEATURES + "/URLReferences/" + id).status()).isEqualTo(404);

      Api.Response orphan = api.post(FEATURES + "/URLReferences",
          "{\"parentUuid\":\"" + java.util.UUID.randomUUID() + "\",\"name\":\"n\",\"url\":\"https://x\"}");
      assertThat(orphan.status()).isEqualTo(400);
      assertThat(orphan.errorMessage()).contains("not an existing feature");
    }
  }

  @Test
  void externalReferencesAreKeyedByIdAndParent() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      String parent = api.uuidOf("6-1");
      String body = "{\"id\":\"JENKINS-app-42\",\"parentUuid\":\"" + parent + "\",\"name\":\"Deployed to QAS\","
          + "\"url\":\"https://ci.example.com/job/app/42/\"}";
      assertThat(api.post(FEATURES + "/ExternalReferences", body).status()).isEqualTo(201);
      assertThat(api.post(FEATURES + "/ExternalReferences", body).status()).isEqualTo(409);

      JsonNode listed = api.get(FEATURES + "/ExternalReferences" + q("$filter", "parentUuid eq " + parent)).json();
      assertThat(listed.path("value").path(0).path("id").asText()).isEqualTo("JENKINS-app-42");

      assertThat(api.delete(FEATURES + "/ExternalReferences/JENKINS-app-42/" + parent).status()).isEqualTo(204);
      assertThat(api.delete(FEATURES + "/ExternalReferences/JENKINS-app-42/" + parent).status()).isEqualTo(404);

      Api.Response unknownField = api.post(FEATURES + "/ExternalReferences",
          "{\"id\":\"x\",\"parent_uuid\":\"" + parent + "\",\"name\":\"n\"}");
      assertThat(unknownField.status()).isEqualTo(400);
      assertThat(unknownField.errorMessage()).contains("parent_uuid");
    }
  }

  @Test
  void taskCommentsAreReadAndWritten() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      JsonNode tasks = api.get("/api/calm-tasks/v1/tasks?projectId=" + DemoData.ORDER_TO_CASH).json();
      assertThat(tasks.isArray()).isTrue();
      assertThat(tasks).hasSize(2);
      String taskId = tasks.path(0).path("id").asText();
      assertThat(api.get("/api/calm-tasks/v1/tasks/" + taskId + "/comments").json()).hasSize(1);

      Api.Response comment = api.post("/api/calm-tasks/v1/tasks/" + taskId + "/comments",
          "{\"text\":\"Deployed to QAS by Jenkins build #42\"}");
      assertThat(comment.status()).isEqualTo(201);
      assertThat(comment.json().path("id").asText()).isNotBlank();
      JsonNode comments = api.get("/api/calm-tasks/v1/tasks/" + taskId + "/comments").json();
      assertThat(comments).hasSize(2);
      assertThat(comments.path(1).path("text").asText()).isEqualTo("Deployed to QAS by Jenkins build #42");

      Api.Response content = api.post("/api/calm-tasks/v1/tasks/" + taskId + "/comments", "{\"content\":\"x\"}");
      assertThat(content.status()).isEqualTo(400);
      assertThat(content.errorMessage()).contains("'text' is required");

      assertThat(api.get("/api/calm-tasks/v1/tasks" + q("projectId", DemoData.ORDER_TO_CASH.toString(), "$top", "1"))
          .status()).isEqualTo(400);
    }
  }

  @Test
  void projectsAreABareJsonArray() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      JsonNode projects = new Api(sandbox).get("/api/calm-projects/v1/projects").json();
      assertThat(projects.isArray()).isTrue();
      assertThat(projects.path(0).path("id").asText()).isEqualTo(DemoData.ORDER_TO_CASH.toString());
      assertThat(projects.path(0).path("status").asText()).isEqualTo("O");
    }
  }

  @Test
  void documentedButNotEmulatedEndpointsSayNotEmulated() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Api.Response response = api.get(FEATURES + "/TaskAssignments");
      assertThat(response.status()).isEqualTo(501);
      assertThat(response.errorMessage()).contains("not emulated");
      Api.Response wrongMethod = api.delete(FEATURES + "/Features");
      assertThat(wrongMethod.status()).isEqualTo(405);
      assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET, POST");
      assertThat(api.get("/api/calm-features/v1/Nothing").status()).isEqualTo(404);
    }
  }
}
