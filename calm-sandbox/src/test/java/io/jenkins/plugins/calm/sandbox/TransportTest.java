package io.jenkins.plugins.calm.sandbox;

import static io.jenkins.plugins.calm.sandbox.Api.FEATURES;
import static io.jenkins.plugins.calm.sandbox.Api.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Transport Management pass-through, /Transports and the sandbox's assign call. */
class TransportTest {
  private static final String TMS = "/api/imp-cdm-transport-management-api/v1";

  static Api.Response upload(Api api, String fileName, byte[] content) {
    String boundary = "----sandbox-test-boundary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"namedUser\"\r\n\r\njenkins\r\n");
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    HttpRequest request = HttpRequest.newBuilder(URI.create(api.sandbox.baseUrl() + TMS + "/v2/files/upload"))
        .header("Authorization", "Bearer " + api.token())
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    return api.send(request);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  static String nodeRequest(long fileId, String node) {
    return "{\"contentType\":\"MTA\",\"storageType\":\"FILE\",\"nodeName\":\"" + node + "\",\"description\":\"app 1.0.0\","
        + "\"namedUser\":\"jenkins\",\"entries\":[{\"uri\":\"" + fileId + "\"}]}";
  }

  @Test
  void uploadThenNodeUploadCreatesATransportThatCanBeAssigned() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      JsonNode nodes = api.get(TMS + "/v2/nodes").json().path("nodes");
      assertThat(nodes).hasSize(3);
      assertThat(nodes.path(0).path("name").asText()).isEqualTo("DEV");

      byte[] mtar = "PK\u0003\u0004 not really a zip, but bytes \r\n--with a fake boundary-ish line\r\n"
          .getBytes(StandardCharsets.ISO_8859_1);
      Api.Response file = upload(api, "app_1.0.0.mtar", mtar);
      assertThat(file.status()).isEqualTo(201);
      long fileId = file.json().path("fileId").asLong();
      assertThat(file.json().path("fileName").asText()).isEqualTo("app_1.0.0.mtar");

      Api.Response upload = api.post(TMS + "/v2/nodes/upload", nodeRequest(fileId, "QAS"));
      assertThat(upload.status()).as(upload.body()).isEqualTo(200);
      long requestId = upload.json().path("transportRequestId").asLong();
      assertThat(upload.json().path("transportRequestDescription").asText()).isEqualTo("app 1.0.0");
      assertThat(upload.json().path("queueEntries").path(0).path("nodeName").asText()).isEqualTo("QAS");

      String transportId = "CALM_FTR_CTMS_SANDBOX-" + requestId;
      JsonNode listed = api.get(FEATURES + "/Transports" + q("$filter", "id eq '" + transportId + "'")).json();
      assertThat(listed.path("value")).hasSize(1);
      assertThat(api.get(FEATURES + "/Transports/" + transportId + "/parent").status()).isEqualTo(404);

      Api.Response assign = api.admin("POST", "/sandbox/transports/" + requestId + "/assign", "6-8");
      assertThat(assign.status()).as(assign.body()).isEqualTo(200);
      JsonNode parent = api.get(FEATURES + "/Transports/" + transportId + "/parent").json();
      assertThat(parent.path("displayId").asText()).isEqualTo("6-8");
      assertThat(api.get(FEATURES + "/TransportReferences" + q("$filter", "transportId eq '" + transportId + "'"))
          .json().path("value").path(0).path("parentUuid").asText()).isEqualTo(parent.path("uuid").asText());
    }
  }

  @Test
  void exportQueuesIntoTheFollowOnNode() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      long fileId = upload(api, "app.mtar", new byte[] {1, 2, 3}).json().path("fileId").asLong();
      JsonNode export = api.post(TMS + "/v2/nodes/export", nodeRequest(fileId, "DEV")).json();
      assertThat(export.path("queueEntries").path(0).path("nodeName").asText()).isEqualTo("QAS");
    }
  }

  @Test
  void passThroughValidatesItsInput() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      Api.Response unknownFile = api.post(TMS + "/v2/nodes/upload", nodeRequest(999, "QAS"));
      assertThat(unknownFile.status()).isEqualTo(400);
      assertThat(unknownFile.errorMessage()).contains("fileId");
      long fileId = upload(api, "app.mtar", new byte[] {1}).json().path("fileId").asLong();
      assertThat(api.post(TMS + "/v2/nodes/upload", nodeRequest(fileId, "NOPE")).errorMessage()).contains("DEV, QAS, PRD");
      assertThat(api.post(TMS + "/v2/nodes/upload", nodeRequest(fileId, "PRD")).errorMessage()).contains("does not allow");
      Api.Response notMultipart = api.post(TMS + "/v2/files/upload", "{}");
      assertThat(notMultipart.status()).isEqualTo(400);
      assertThat(notMultipart.errorMessage()).contains("multipart/form-data");
    }
  }

  @Test
  void uploadsNeedTheManageScope() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).scopes(List.of(Scopes.CDM_DISPLAY)).start()) {
      Api api = new Api(sandbox);
      assertThat(api.get(TMS + "/v2/nodes").status()).isEqualTo(200);
      Api.Response upload = upload(api, "app.mtar", new byte[] {1});
      assertThat(upload.status()).isEqualTo(403);
      assertThat(upload.errorMessage()).contains("imp-cdm-feature-manage-ui");
    }
  }

  @Test
  void assignHonoursTheAssignColumnOfTheStatusTable() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      Api api = new Api(sandbox);
      // 6-7 is Deployed, 6-5 Successfully Tested: no assignments; 6-6 Ready for Production: allowed.
      Api.Response deployed = api.admin("POST", "/sandbox/transports/S4HK900124/assign", "6-7");
      assertThat(deployed.status()).isEqualTo(409);
      assertThat(deployed.errorMessage()).contains("'Assign' is not allowed", "'Deployed'", "Ready for Production");
      assertThat(api.admin("POST", "/sandbox/transports/S4HK900124/assign", "{\"feature\":\"6-5\"}").status())
          .isEqualTo(409);
      String uuid = api.uuidOf("6-6");
      assertThat(api.admin("POST", "/sandbox/transports/S4HK900124/assign", uuid).status()).isEqualTo(200);

      Api.Response taken = api.admin("POST", "/sandbox/transports/S4HK900124/assign", "6-1");
      assertThat(taken.status()).isEqualTo(409);
      assertThat(taken.errorMessage()).contains("already assigned to feature 6-6");

      // Unassign: not allowed in Ready for Production.
      assertThat(api.admin("POST", "/sandbox/transports/S4HK900124/unassign", null).status()).isEqualTo(409);
      // The seeded ABAP transport of 6-1 (In Implementation) can be unassigned.
      assertThat(api.admin("POST", "/sandbox/transports/S4HK900123/unassign", null).status()).isEqualTo(200);
      assertThat(api.get(FEATURES + "/Transports/S4HK900123/parent").status()).isEqualTo(404);
      assertThat(api.admin("POST", "/sandbox/transports/NOPE/assign", "6-1").status()).isEqualTo(404);
    }
  }
}
