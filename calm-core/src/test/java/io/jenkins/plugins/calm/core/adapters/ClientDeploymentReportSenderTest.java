package io.jenkins.plugins.calm.core.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.DeploymentStatus;
import io.jenkins.plugins.calm.core.outbox.SendResult;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the sender classifies Cloud ALM's answers; what it writes is tested against the sandbox in
 * calm-integration-tests.
 */
class ClientDeploymentReportSenderTest {
    private static final String PROJECT = "3532c9fd-0000-4000-8000-000000000001";
    private static final String UUID1 = "9f0c1d2e-3b4a-4c5d-8e6f-000000000001";
    private static final String FEATURE = "{\"uuid\":\"" + UUID1 + "\",\"displayId\":\"6-1\",\"projectId\":\""
            + PROJECT + "\",\"statusCode\":\"A30\"}";

    private FakeCloudAlm calm;
    private CloudAlmClient client;
    private ClientDeploymentReportSender sender;

    @BeforeEach
    void setUp() throws Exception {
        calm = new FakeCloudAlm();
        client = calm.client(s -> s.retryPolicy(RetryPolicy.none()));
        sender = new ClientDeploymentReportSender(client);
    }

    @AfterEach
    void tearDown() {
        client.close();
        calm.close();
    }

    private static DeploymentReport.Builder report() {
        return DeploymentReport.builder().idempotencyKey("calm-0123456789abcdef").createdAt(Instant.now())
                .featureUuid(UUID1).system("QAS").status(DeploymentStatus.SUCCESS).transports(List.of("S4HK900123"))
                .url("https://jenkins.example.com/job/deploy-app/42/").build("deploy-app", 42);
    }

    @Test
    void namesTheResultAfterSystemStatusBuildAndTransports() {
        assertThat(ClientDeploymentReportSender.resultName(report().description("blue-green").build()))
                .isEqualTo("QAS: SUCCESS – deploy-app #42 – S4HK900123 – blue-green");
    }

    @Test
    void anOutageWithRetryAfterMeansRetryLaterNotBefore() {
        calm.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "120").build());

        SendResult result = sender.send(report().build());

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, later -> {
            assertThat(later.retryAfter()).isEqualTo(Duration.ofSeconds(120));
            assertThat(later.reason()).startsWith("Reading the feature: GET ").contains("503");
        });
    }

    @Test
    void throttlingMeansRetryLater() {
        calm.enqueueJson(FEATURE).enqueueJson("{\"value\":[]}");
        calm.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());

        SendResult result = sender.send(report().build());

        assertThat(result).isInstanceOfSatisfying(SendResult.RetryLater.class, later -> {
            assertThat(later.retryAfter()).isEqualTo(Duration.ofSeconds(7));
            assertThat(later.reason()).startsWith("Linking the build to feature 6-1: POST ");
        });
    }

    @Test
    void aMissingScopeParksTheReportNamingTheScope() {
        calm.enqueueJson(FEATURE).enqueueJson("{\"value\":[]}");
        calm.enqueue(403, "{\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"insufficient scope\"}}");

        SendResult result = sender.send(report().build());

        assertThat(result).isInstanceOfSatisfying(SendResult.Rejected.class,
                rejected -> assertThat(rejected.reason()).startsWith("Linking the build to feature 6-1: ")
                        .contains("calm-api.features.write"));
    }

    @Test
    void anUnknownDisplayIdParksTheReport() {
        calm.enqueueJson("{\"value\":[]}");

        SendResult result = sender.send(report().featureUuid(null).featureDisplayId("6-999").build());

        assertThat(result).isInstanceOfSatisfying(SendResult.Rejected.class,
                rejected -> assertThat(rejected.reason()).startsWith("Cloud ALM has no feature 6-999"));
        assertThat(calm.lastApiRequest().getUrl().queryParameter("$filter")).isEqualTo("displayId eq '6-999'");
    }

    @Test
    void anUnknownUuidParksTheReport() {
        calm.enqueue(404, "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"no such feature\"}}");

        assertThat(sender.send(report().build())).isInstanceOf(SendResult.Rejected.class);
    }

    @Test
    void aConflictOnTheResultReferenceMeansAnEarlierAttemptCreatedIt() {
        calm.enqueueJson(FEATURE).enqueueJson("{\"value\":[]}");
        calm.enqueue(201, "{\"id\":\"r1\",\"parentUuid\":\"" + UUID1 + "\",\"name\":\"n\",\"url\":\"u\"}");
        calm.enqueueJson("{\"value\":[]}");
        calm.enqueue(409, "{\"error\":{\"code\":\"CONFLICT\",\"message\":\"exists\"}}");

        SendResult result = sender.send(report().build());

        assertThat(result).isEqualTo(SendResult.delivered("Feature 6-1: build linked, deployment result present"));
    }

    @Test
    void aNetworkFailureMeansRetryLater() throws Exception {
        calm.close(); // nothing listens any more

        assertThat(sender.send(report().build())).isInstanceOf(SendResult.RetryLater.class);
    }
}
