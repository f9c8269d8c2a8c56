package io.jenkins.plugins.calm.it.contract;

import static io.jenkins.plugins.calm.it.contract.AuthenticationContractTest.uuidOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.RequestRejectedException;
import io.jenkins.plugins.calm.core.client.features.Transport;
import io.jenkins.plugins.calm.core.client.odata.ODataFilter;
import io.jenkins.plugins.calm.core.client.tms.TmsFile;
import io.jenkins.plugins.calm.core.client.tms.TmsNode;
import io.jenkins.plugins.calm.core.client.tms.TmsNodeRequest;
import io.jenkins.plugins.calm.core.client.tms.TmsTransportRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transports as the Features service shows them, the feature a transport is assigned to, and the
 * Transport Management pass-through (nodes, streamed file upload, node upload/export) whose
 * transport requests then show up in {@code /Transports}.
 */
class TransportsContractTest {

    /** The prefix the sandbox's CTMS destination gives transport IDs in the Features app. */
    private static final String CTMS_PREFIX = "CALM_FTR_CTMS_SANDBOX-";

    @TempDir
    Path workspace;

    @Test
    void transportsAreListedAndLeadToTheFeatureTheyAreAssignedTo() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            CloudAlmClient client = connection.client();

            assertThat(client.transports().list()).extracting(t -> t.text("id"))
                    .contains("S4HK900123", "S4HK900124");
            assertThat(client.transports().list(ODataFilter.eq("id", "S4HK900123"))).singleElement()
                    .satisfies(t -> assertThat(t.text("description")).isEqualTo("Credit check: sales order exit"));
            assertThat(client.transports().parentFeature("S4HK900123").displayId()).isEqualTo("6-1");
        }
    }

    @Test
    void anUnassignedTransportHasNoParentUntilAUserAssignsIt() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            CloudAlmClient client = connection.client();
            NotFoundException unassigned = catchThrowableOfType(NotFoundException.class,
                    () -> client.transports().parentFeature("S4HK900124"));
            assertThat(unassigned.getMessage()).contains("S4HK900124", "Assign it to a feature in the Features app");

            connection.sandbox().assignTransport("S4HK900124", "6-8");

            assertThat(client.transports().parentFeature("S4HK900124").uuid()).isEqualTo(uuidOf("6-8"));
            assertThat(catchThrowableOfType(NotFoundException.class,
                    () -> client.transports().parentFeature("S4HK999999"))).isNotNull();
        }
    }

    @Test
    void theTransportManagementLandscapeIsListed() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            assertThat(connection.client().transportManagement().nodes()).extracting(TmsNode::name)
                    .containsExactly("DEV", "QAS", "PRD");
        }
    }

    @Test
    void anUploadedMtaBecomesATransportThatCanBeAssignedToAFeature() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            CloudAlmClient client = connection.client();
            Path mta = mtaOf(3 * 1024 * 1024 + 17);

            TmsFile file = client.transportManagement().uploadFile(mta, "jenkins@example.com");
            TmsTransportRequest request = client.transportManagement().uploadToNode(
                    TmsNodeRequest.mta("DEV", "credit-check 1.4.2 (commit 9f3c2e1)", "jenkins@example.com", file));

            assertThat(file.fileName()).isEqualTo("credit-check_1.4.2.mtar");
            assertThat(request.description()).isEqualTo("credit-check 1.4.2 (commit 9f3c2e1)");
            assertThat(request.queueEntries()).singleElement()
                    .satisfies(queue -> assertThat(queue.nodeName()).isEqualTo("DEV"));
            String transportId = CTMS_PREFIX + request.transportRequestId();
            assertThat(client.transports().list(ODataFilter.eq("type", "CTMS"))).extracting(t -> t.text("id"))
                    .containsExactly(transportId);

            connection.sandbox().assignTransport(String.valueOf(request.transportRequestId()), "6-1");

            assertThat(client.transports().parentFeature(transportId).displayId()).isEqualTo("6-1");
        }
    }

    @Test
    void anExportQueuesIntoTheFollowOnNodeAndIsListedToo() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            CloudAlmClient client = connection.client();
            TmsFile file = client.transportManagement().uploadFile(mtaOf(2048), "jenkins");

            TmsTransportRequest request = client.transportManagement()
                    .exportFromNode(TmsNodeRequest.mta("QAS", "promote to production", "jenkins", file));

            assertThat(request.queueEntries()).extracting(TmsTransportRequest.QueueEntry::nodeName)
                    .containsExactly("PRD");
            Transport listed = client.transports().list(ODataFilter.eq("id", CTMS_PREFIX + request.transportRequestId()))
                    .get(0);
            assertThat(listed.text("description")).isEqualTo("promote to production");
        }
    }

    @Test
    void transportManagementRefusalsAreRejectionsWithItsReason() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            CloudAlmClient client = connection.client();
            TmsFile file = client.transportManagement().uploadFile(mtaOf(100), "jenkins");

            RequestRejectedException production = catchThrowableOfType(RequestRejectedException.class,
                    () -> client.transportManagement().uploadToNode(TmsNodeRequest.mta("PRD", "x", "jenkins", file)));
            RequestRejectedException unknown = catchThrowableOfType(RequestRejectedException.class,
                    () -> client.transportManagement().uploadToNode(TmsNodeRequest.mta("QA", "x", "jenkins", file)));

            assertThat(production.getMessage()).contains("Node 'PRD' does not allow uploads", "node \"PRD\"");
            assertThat(unknown.getMessage()).contains("Unknown nodeName 'QA'", "DEV, QAS, PRD");
            assertThat(client.transports().list(ODataFilter.eq("type", "CTMS"))).isEmpty();
        }
    }

    /** An archive of {@code size} random bytes, so that any corruption by the multipart encoding would show. */
    private Path mtaOf(int size) throws Exception {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        Path file = workspace.resolve("credit-check_1.4.2.mtar");
        Files.write(file, content);
        return file;
    }
}
