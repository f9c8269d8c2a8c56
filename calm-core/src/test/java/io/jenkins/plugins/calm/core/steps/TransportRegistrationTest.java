package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransportRegistrationTest {
    private static final String UUID = "9f0c1d2e-3b4a-4c5d-8e6f-000000000001";
    private static final String OTHER_UUID = "9f0c1d2e-3b4a-4c5d-8e6f-000000000002";
    private static final String BUILD_URL = "https://ci.example.com/job/deploy-app/42/";
    private static final BuildInfo BUILD = new BuildInfo("deploy-app", 42, BUILD_URL, "1a2b3c4d5e6f7a8b", "alice");

    private FakeCloudAlm calm;
    private CloudAlmClient client;
    private TransportRegistration registration;
    private final RecordingStepLog log = new RecordingStepLog();

    @BeforeEach
    void start() throws Exception {
        calm = new FakeCloudAlm();
        client = calm.client();
        registration = new TransportRegistration(client, TransportActivityRules.standard());
    }

    @AfterEach
    void stop() {
        client.close();
        calm.close();
    }

    private static String call(RecordedRequest request) {
        return request.getMethod() + " " + FakeCloudAlm.target(request);
    }

    private static FeatureSummary feature(String status) {
        return new FeatureSummary(UUID, "6-1", "Credit check", "p-1", "CS2", status, "https://t/launchpad#6-1");
    }

    private static RegisterTransportOptions existing(String... transports) {
        RegisterTransportOptions options = new RegisterTransportOptions();
        options.setTransports(List.of(transports));
        return options;
    }

    @Test
    void existingTransportsAssignedToTheFeatureAreRegisteredAndTheBuildIsLinked() {
        calm.enqueueJson("{\"uuid\":\"" + UUID + "\",\"displayId\":\"6-1\"}");
        calm.enqueueJson("{\"uuid\":\"" + UUID + "\",\"displayId\":\"6-1\"}");
        calm.enqueueJson("{\"value\":[]}");
        calm.enqueue(201, "{\"id\":\"r1\"}");

        TransportRegistrationResult result = registration.register(existing("S4DK900123", "S4DK900124"),
                feature("In Implementation"), BUILD, null, log);

        assertThat(result.transports()).containsExactly("S4DK900123", "S4DK900124");
        assertThat(result.referenceName()).isEqualTo("deploy-app #42 – S4DK900123, S4DK900124");
        List<RecordedRequest> requests = calm.apiRequests();
        assertThat(requests).extracting(TransportRegistrationTest::call).containsExactly(
                "GET /api/calm-features/v1/Transports/S4DK900123/parent",
                "GET /api/calm-features/v1/Transports/S4DK900124/parent",
                "GET /api/calm-features/v1/URLReferences?%24filter=parentUuid%20eq%20" + UUID,
                "POST /api/calm-features/v1/URLReferences");
        assertThat(requests.get(3).getBody().utf8()).contains("\"url\":\"" + BUILD_URL + "\"")
                .contains("\"name\":\"deploy-app #42 – S4DK900123, S4DK900124\"");
        assertThat(log.lines).containsExactly(
                "[6-1] transports S4DK900123, S4DK900124 are assigned to it in Cloud ALM",
                "[6-1] linked to this build (URL reference 'deploy-app #42 – S4DK900123, S4DK900124')");
        Map<String, Object> map = result.toMap();
        assertThat(map).containsEntry("feature", "6-1").containsEntry("status", "In Implementation")
                .containsEntry("transports", List.of("S4DK900123", "S4DK900124"))
                .containsEntry("transportRequestId", null).containsEntry("mode", null);
    }

    @Test
    void transportsThatAreUnknownOrBelongToAnotherFeatureAreAllNamed() {
        calm.enqueueJson("{\"uuid\":\"" + OTHER_UUID + "\",\"displayId\":\"6-7\",\"title\":\"Tax code update\"}");
        calm.enqueue(404, "");

        assertThatThrownBy(() -> registration.register(existing("S4DK900123", "S4DK999999"),
                feature("In Implementation"), BUILD, null, log))
                .isInstanceOf(StepFailureException.class)
                .hasMessage("Cannot register the transports with feature 6-1: transport S4DK900123 is assigned to feature"
                        + " 6-7 ('Tax code update'), not to 6-1; transport S4DK999999 is unknown to Cloud ALM or"
                        + " assigned to no feature (Cloud ALM shows only released transports; assign it to 6-1 in the"
                        + " Features app).");
        assertThat(calm.apiRequests()).hasSize(2);
    }

    @Test
    void aStatusThatForbidsTheActivityStopsTheStepBeforeAnyCall() {
        assertThatThrownBy(() -> registration.register(existing("S4DK900123"), feature("Deployed"), BUILD, null, log))
                .isInstanceOf(StepFailureException.class)
                .hasMessage("Feature 6-1 is in status 'Deployed', which does not allow assigning transports; statuses"
                        + " that allow it: In Specification, In Implementation, In Testing, Ready for Production. Move"
                        + " the feature to one of them in Cloud ALM first");
        assertThat(calm.apiRequests()).isEmpty();
    }

    @Test
    void aTenantSpecificStatusIsNotCheckedButSaidSo() {
        calm.enqueueJson("{\"uuid\":\"" + UUID + "\"}");
        calm.enqueueJson("{\"value\":[]}");
        calm.enqueue(201, "{}");

        registration.register(existing("S4DK900123"), feature("Waiting for Approval"), BUILD, null, log);

        assertThat(log.lines.get(0)).startsWith("WARNING: Feature 6-1 is in status 'Waiting for Approval', which is not"
                + " in the transport rules");
    }

    @Test
    void withoutTheJenkinsUrlTheBuildCannotBeLinked() {
        BuildInfo noUrl = new BuildInfo("deploy-app", 42, null, null, null);
        assertThatThrownBy(() -> registration.register(existing("S4DK900123"), feature("In Testing"), noUrl, null, log))
                .hasMessageStartingWith("Jenkins does not know its own URL");
        assertThat(calm.apiRequests()).isEmpty();
    }

    @Test
    void uploadModeUploadsTheFileCreatesATransportRequestAndDoesNotLinkTwice(@TempDir Path dir) throws Exception {
        Path mtar = Files.writeString(dir.resolve("app.mtar"), "MTA content");
        calm.enqueueJson("{\"fileId\":17,\"fileName\":\"app.mtar\"}");
        calm.enqueueJson("{\"transportRequestId\":42,\"transportRequestDescription\":\"d\",\"queueEntries\":"
                + "[{\"queueId\":5,\"nodeId\":2,\"nodeName\":\"QAS\"}]}");
        calm.enqueueJson("{\"value\":[{\"parentUuid\":\"" + UUID + "\",\"name\":\"deploy-app #42 – 42\",\"url\":\""
                + BUILD_URL + "\"}]}");
        RegisterTransportOptions options = new RegisterTransportOptions();
        options.setFile("target/app.mtar");
        options.setNode("QAS");

        TransportRegistrationResult result = registration.register(options, feature("In Testing"), BUILD, mtar, log);

        assertThat(result.transportRequestId()).isEqualTo(42L);
        assertThat(result.transports()).containsExactly("42");
        List<RecordedRequest> requests = calm.apiRequests();
        assertThat(requests).extracting(TransportRegistrationTest::call).containsExactly(
                "POST /api/imp-cdm-transport-management-api/v1/v2/files/upload",
                "POST /api/imp-cdm-transport-management-api/v1/v2/nodes/upload",
                "GET /api/calm-features/v1/URLReferences?%24filter=parentUuid%20eq%20" + UUID);
        assertThat(requests.get(0).getBody().utf8()).contains("MTA content").contains("alice");
        assertThat(requests.get(1).getBody().utf8()).contains("\"nodeName\":\"QAS\"")
                .contains("\"description\":\"Jenkins deploy-app #42, commit 1a2b3c4d5e6f\"")
                .contains("\"namedUser\":\"alice\"").contains("\"uri\":\"17\"");
        assertThat(log.lines).containsExactly(
                "[6-1] uploaded app.mtar to Cloud Transport Management: transport request 42 in node QAS, queued in"
                        + " [QAS(2)]",
                "[6-1] already linked to this build (URL reference 'deploy-app #42 – 42')");
        assertThat(result.toMap()).containsEntry("transportRequestId", "42").containsEntry("node", "QAS")
                .containsEntry("mode", "upload");
    }

    @Test
    void exportModeCreatesTheRequestForTheFollowOnNodes(@TempDir Path dir) throws Exception {
        Path mtar = Files.writeString(dir.resolve("app.mtar"), "MTA");
        calm.enqueueJson("{\"fileId\":18}");
        calm.enqueueJson("{\"transportRequestId\":43}");
        calm.enqueueJson("{\"value\":[]}");
        calm.enqueue(201, "{}");
        RegisterTransportOptions options = new RegisterTransportOptions();
        options.setFile("app.mtar");
        options.setNode("DEV");
        options.setMode("export");
        options.setNamedUser("ci-bot");
        options.setDescription("Release 1.2");

        registration.register(options, feature("In Implementation"), new BuildInfo("deploy-app", 42, BUILD_URL, null,
                null), mtar, log);

        List<RecordedRequest> requests = calm.apiRequests();
        assertThat(call(requests.get(1))).isEqualTo(
                "POST /api/imp-cdm-transport-management-api/v1/v2/nodes/export");
        assertThat(requests.get(1).getBody().utf8()).contains("\"description\":\"Release 1.2\"")
                .contains("\"namedUser\":\"ci-bot\"");
        assertThat(log.lines.get(0)).isEqualTo("[6-1] uploaded app.mtar to Cloud Transport Management: transport"
                + " request 43 for the nodes after DEV");
    }

    @Test
    void whenLinkingFailsAfterTheUploadTheMessageSaysTheRequestExists(@TempDir Path dir) throws Exception {
        Path mtar = Files.writeString(dir.resolve("app.mtar"), "MTA");
        calm.enqueueJson("{\"fileId\":17}");
        calm.enqueueJson("{\"transportRequestId\":42}");
        calm.enqueueJson("{\"value\":[]}");
        calm.enqueue(400, "{\"error\":{\"code\":\"BAD\",\"message\":\"unknown field\"}}");
        RegisterTransportOptions options = new RegisterTransportOptions();
        options.setFile("app.mtar");
        options.setNode("QAS");

        assertThatThrownBy(() -> registration.register(options, feature("In Testing"), BUILD, mtar, log))
                .isInstanceOf(StepFailureException.class)
                .hasMessageStartingWith("Transport request 42 was created, but linking the build to feature 6-1 failed: ");
    }
}
