package io.jenkins.plugins.calm.core.client.tms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.client.ServerErrorException;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlmTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportManagementTest extends FakeCloudAlmTestBase {

    private static final String BASE = "/api/imp-cdm-transport-management-api/v1";

    @TempDir
    Path dir;

    @Test
    void listsNodes() {
        calm.enqueueJson("{\"nodes\":[{\"id\":123,\"name\":\"DEV\"},{\"id\":124,\"name\":\"QAS\"}]}");

        assertThat(client.transportManagement().nodes()).extracting(TmsNode::id, TmsNode::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(123L, "DEV"),
                        org.assertj.core.groups.Tuple.tuple(124L, "QAS"));
        assertThat(calm.lastApiRequest().getUrl().encodedPath()).isEqualTo(BASE + "/v2/nodes");
    }

    @Test
    void uploadsAFileAsMultipartAndCreatesATransportRequest() throws Exception {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        Path mtar = Files.write(dir.resolve("app.mtar"), content);
        calm.enqueue(201, "{\"fileId\":456,\"fileName\":\"app.mtar\"}");
        calm.enqueueJson("{\"transportRequestId\":789,\"transportRequestDescription\":\"abc123\","
                + "\"queueEntries\":[{\"queueId\":1,\"nodeId\":12,\"nodeName\":\"QAS\"}]}");

        TmsFile file = client.transportManagement().uploadFile(mtar, "jenkins-user");
        TmsTransportRequest request = client.transportManagement()
                .uploadToNode(TmsNodeRequest.mta("DEV", "abc123", "jenkins-user", file));

        assertThat(file.fileId()).isEqualTo(456);
        assertThat(request.transportRequestId()).isEqualTo(789);
        assertThat(request.queueEntries()).singleElement().satisfies(q -> assertThat(q.nodeName()).isEqualTo("QAS"));

        RecordedRequest upload = calm.apiRequests().get(0);
        assertThat(upload.getUrl().encodedPath()).isEqualTo(BASE + "/v2/files/upload");
        assertThat(upload.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        ByteString body = upload.getBody();
        assertThat(body.indexOf(ByteString.of(content))).isPositive();
        String text = body.string(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).contains("Content-Disposition: form-data; name=\"file\"; filename=\"app.mtar\"")
                .contains("Content-Disposition: form-data; name=\"namedUser\"").contains("jenkins-user");

        RecordedRequest node = calm.apiRequests().get(1);
        assertThat(node.getUrl().encodedPath()).isEqualTo(BASE + "/v2/nodes/upload");
        assertThat(node.getBody().utf8()).isEqualTo("{\"contentType\":\"MTA\",\"storageType\":\"FILE\","
                + "\"nodeName\":\"DEV\",\"description\":\"abc123\",\"namedUser\":\"jenkins-user\","
                + "\"entries\":[{\"uri\":\"456\"}]}");
    }

    @Test
    void exportGoesToTheExportEndpoint() {
        calm.enqueueJson("{\"transportRequestId\":790,\"queueEntries\":[]}");

        TmsTransportRequest request = client.transportManagement()
                .exportFromNode(TmsNodeRequest.mta("DEV", "x", "u", new TmsFile(456, "a.mtar")));

        assertThat(request.transportRequestId()).isEqualTo(790);
        assertThat(calm.lastApiRequest().getUrl().encodedPath()).isEqualTo(BASE + "/v2/nodes/export");
    }

    @Test
    void anUploadIsNotRetriedButRepeatedAfterA401() throws Exception {
        Path mtar = Files.writeString(dir.resolve("a.mtar"), "content");
        calm.enqueue(503, "");
        calm.enqueue(401, "");
        calm.enqueue(201, "{\"fileId\":1,\"fileName\":\"a.mtar\"}");

        assertThatThrownBy(() -> client.transportManagement().uploadFile(mtar, "u"))
                .isInstanceOf(ServerErrorException.class);
        assertThat(client.transportManagement().uploadFile(mtar, "u").fileId()).isEqualTo(1);

        assertThat(calm.apiRequests()).hasSize(3);
        assertThat(calm.apiRequests().get(2).getBody().utf8()).contains("content");
    }

    @Test
    void aMissingFileIsReportedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.transportManagement().uploadFile(dir.resolve("nope.mtar"), "u"))
                .isInstanceOf(LocalFileException.class)
                .hasMessageContaining("nope.mtar");
        assertThat(calm.apiRequests()).isEmpty();
    }
}
