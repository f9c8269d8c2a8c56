package io.jenkins.plugins.calm.it.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.adapters.ClientDeploymentReportSender;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.features.FeatureReference;
import io.jenkins.plugins.calm.core.outbox.DeliveryAttempt;
import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.DeploymentReportCodec;
import io.jenkins.plugins.calm.core.outbox.DeploymentStatus;
import io.jenkins.plugins.calm.core.outbox.Outbox;
import io.jenkins.plugins.calm.core.outbox.OutboxSettings;
import io.jenkins.plugins.calm.core.outbox.ReportSender;
import io.jenkins.plugins.calm.core.outbox.SendResult;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.steps.IdempotencyKeys;
import io.jenkins.plugins.calm.it.support.ManualTime;
import io.jenkins.plugins.calm.it.support.SandboxSeeder;
import io.jenkins.plugins.calm.it.support.WebhookReceiver;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import io.jenkins.plugins.calm.sandbox.seed.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable outbox with {@link ClientDeploymentReportSender} against a real sandbox: what ends
 * up on the feature, resends after faults, no duplicates after a crash, parking of refused reports.
 * Outbox time is {@link ManualTime}; every attempt is a real HTTP exchange with the sandbox.
 */
class OutboxAgainstSandboxTest {
    private static final String BUILD_URL = "https://jenkins.example.com/job/deploy-app/42/";
    private static final OutboxSettings BACKOFF = new OutboxSettings(Duration.ofSeconds(10), Duration.ofMinutes(10), 0);

    @TempDir
    Path directory;
    private final ManualTime time = new ManualTime(Instant.parse("2026-03-02T08:00:00Z"));
    private WebhookReceiver workflow;
    private CloudAlmSandbox sandbox;
    private CloudAlmClient client;
    private SandboxSeeder seeder;
    private String project;
    private Outbox<DeploymentReport> outbox;

    @BeforeEach
    void setUp() throws Exception {
        // Receives the approval workflow's calls when a test makes a switch need approval.
        workflow = WebhookReceiver.start(event -> { });
        sandbox = CloudAlmSandbox.builder().port(0).seed(Seed.EMPTY).workflowUrl(workflow.url()).start();
        client = CloudAlmClient.create(ServiceKey.parse(sandbox.serviceKeyJson()),
                ClientSettings.builder().retryPolicy(RetryPolicy.none()).build());
        seeder = new SandboxSeeder(sandbox.serviceKeyJson(), client);
        project = seeder.createProject("Outbox tests");
    }

    @AfterEach
    void tearDown() {
        if (outbox != null) {
            outbox.close();
        }
        client.close();
        sandbox.close();
        workflow.close();
    }

    private Outbox<DeploymentReport> startOutbox(ReportSender<DeploymentReport> sender) {
        Outbox<DeploymentReport> started = new Outbox<>(directory, new DeploymentReportCodec(), sender, time,
                time.clock(), BACKOFF);
        started.start();
        return started;
    }

    private static DeploymentReport.Builder report(Feature feature) {
        return DeploymentReport.builder()
                .idempotencyKey(IdempotencyKeys.forStep("deploy-app", 42, "17", feature.displayId(), "QAS"))
                .createdAt(Instant.parse("2026-03-02T08:00:00Z"))
                .featureDisplayId(feature.displayId()).projectId(feature.projectId())
                .system("QAS").status(DeploymentStatus.SUCCESS).transports(List.of("S4HK900123"))
                .url(BUILD_URL).build("deploy-app", 42);
    }

    private DeliveryAttempt submit(DeploymentReport report) {
        CompletableFuture<DeliveryAttempt> attempt = outbox.submit(report);
        time.runDue();
        return attempt.getNow(null);
    }

    private List<FeatureReference> links(Feature feature) {
        return client.references().urlReferences(feature.uuid());
    }

    private List<FeatureReference> results(Feature feature) {
        return client.references().externalReferences(feature.uuid());
    }

    private String statusOf(Feature feature) {
        return client.features().get(feature.uuid()).statusCode();
    }

    private long files(String subdirectory) throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve(subdirectory))) {
            return files.count();
        }
    }

    @Test
    void deliversTheBuildLinkTheResultAndTheStatusSwitch() throws Exception {
        outbox = startOutbox(new ClientDeploymentReportSender(client));
        Feature feature = seeder.createFeature(project, "In Testing");
        DeploymentReport report = report(feature).targetStatusName("successfully tested").build();

        DeliveryAttempt attempt = submit(report);

        assertThat(attempt.outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED);
        assertThat(attempt.detail()).isEqualTo("Feature " + feature.displayId() + ": build linked, deployment result"
                + " recorded, status switched from In Testing to Successfully Tested");
        assertThat(links(feature)).singleElement().satisfies(link -> {
            assertThat(link.url()).isEqualTo(BUILD_URL);
            assertThat(link.name()).isEqualTo("deploy-app #42 – S4HK900123");
        });
        assertThat(results(feature)).singleElement().satisfies(result -> {
            assertThat(result.externalId()).isEqualTo(report.idempotencyKey());
            assertThat(result.name()).isEqualTo("QAS: SUCCESS – deploy-app #42 – S4HK900123");
            assertThat(result.url()).isEqualTo(BUILD_URL);
        });
        assertThat(statusOf(feature)).isEqualTo(client.features().resolveStatus("Successfully Tested"));
        assertThat(outbox.status().pending()).isZero();
        assertThat(files("pending")).isZero();
    }

    @Test
    void aSwitchThatWaitsForAnApprovalWorkflowCountsAsDeliveredAndSaysSo() throws Exception {
        sandbox.requireApprovalFor("Successfully Tested");
        outbox = startOutbox(new ClientDeploymentReportSender(client));
        Feature feature = seeder.createFeature(project, "In Testing");

        DeliveryAttempt attempt = submit(report(feature).targetStatusName("Successfully Tested").build());

        assertThat(attempt.outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED);
        assertThat(attempt.detail()).endsWith("switch from In Testing to Successfully Tested requested; Cloud ALM is"
                + " waiting for its approval workflow");
        assertThat(statusOf(feature)).isEqualTo(client.features().resolveStatus("In Testing"));
    }

    @Test
    void aReportQueuedByA503IsResentWithBackoffAndWrittenOnce() throws Exception {
        outbox = startOutbox(new ClientDeploymentReportSender(client));
        Feature feature = seeder.createFeature(project, "In Testing");
        sandbox.faults("503,path=/api/calm-features/v1/ExternalReferences,method=POST,count=2");

        DeliveryAttempt first = submit(report(feature).build());

        assertThat(first.outcome()).isEqualTo(DeliveryAttempt.Outcome.QUEUED);
        assertThat(first.detail()).startsWith("Done: build linked. Not done: Recording the deployment result on feature "
                + feature.displayId() + ": POST ").contains("503");
        assertThat(first.nextAttemptAt()).isEqualTo(time.now().plusSeconds(10));
        assertThat(links(feature)).hasSize(1); // written before the failure
        assertThat(files("pending")).isEqualTo(1);

        time.advance(Duration.ofSeconds(10)); // second attempt: 503 again, next in 20 s
        assertThat(outbox.status().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.attempts()).isEqualTo(2);
            assertThat(entry.nextAttemptAt()).isEqualTo(time.now().plusSeconds(20));
        });
        time.advance(Duration.ofSeconds(20));

        assertThat(outbox.status().entries()).isEmpty();
        assertThat(links(feature)).hasSize(1);
        assertThat(results(feature)).hasSize(1);
        assertThat(sandbox.requestCounts().get("POST /api/calm-features/v1/URLReferences")).containsEntry(201, 1L);
    }

    @Test
    void aThrottledReportComesBackNoEarlierThanRetryAfter() throws Exception {
        outbox = startOutbox(new ClientDeploymentReportSender(client));
        Feature feature = seeder.createFeature(project, "In Testing");
        sandbox.faults("429:90,path=/api/calm-features/v1/URLReferences,count=1");

        DeliveryAttempt first = submit(report(feature).build());

        assertThat(first.outcome()).isEqualTo(DeliveryAttempt.Outcome.QUEUED);
        assertThat(first.nextAttemptAt()).isEqualTo(time.now().plusSeconds(90));
        time.advance(Duration.ofSeconds(89));
        assertThat(outbox.status().pending()).isEqualTo(1);
        time.advance(Duration.ofSeconds(1));
        assertThat(outbox.status().pending()).isZero();
        assertThat(results(feature)).hasSize(1);
    }

    @Test
    void aCrashBetweenSendingAndConfirmingDoesNotWriteTwice() throws Exception {
        Feature feature = seeder.createFeature(project, "In Testing");
        ClientDeploymentReportSender real = new ClientDeploymentReportSender(client);
        // Cloud ALM gets everything, but the confirmation never reaches the outbox...
        outbox = startOutbox(report -> {
            SendResult result = real.send(report);
            assertThat(result).isInstanceOf(SendResult.Delivered.class);
            throw new IllegalStateException("connection reset before the answer was read");
        });
        DeliveryAttempt lost = submit(report(feature).targetStatusName("Successfully Tested").build());
        assertThat(lost.outcome()).isEqualTo(DeliveryAttempt.Outcome.QUEUED);
        // ...and the controller dies: only the file on disk survives.
        outbox.close();
        assertThat(files("pending")).isEqualTo(1);

        outbox = startOutbox(new ClientDeploymentReportSender(client));
        time.runDue();

        assertThat(outbox.status().entries()).isEmpty();
        assertThat(files("pending")).isZero();
        assertThat(links(feature)).hasSize(1);
        assertThat(results(feature)).hasSize(1);
        assertThat(statusOf(feature)).isEqualTo(client.features().resolveStatus("Successfully Tested"));
        assertThat(sandbox.requestCounts().get("POST /api/calm-features/v1/ExternalReferences")).containsEntry(201, 1L);
        assertThat(sandbox.requestCounts().get("PATCH /api/calm-features/v1/Features/{uuid}")).containsEntry(200, 1L);
    }

    @Test
    void aRefusedStatusSwitchParksTheReportAndARetryAfterTheFixWritesNothingTwice() throws Exception {
        outbox = startOutbox(new ClientDeploymentReportSender(client));
        Feature feature = seeder.createFeature(project, "In Specification");
        DeploymentReport report = report(feature).targetStatusName("Deployed").build();

        DeliveryAttempt attempt = submit(report);

        assertThat(attempt.outcome()).isEqualTo(DeliveryAttempt.Outcome.PARKED);
        assertThat(attempt.detail())
                .startsWith("Done: build linked, deployment result recorded. Not done: Cloud ALM does not allow"
                        + " switching feature " + feature.displayId() + " from 'In Specification' to 'Deployed'")
                .contains("400");
        assertThat(outbox.status().parked()).isEqualTo(1);
        assertThat(files("parked")).isEqualTo(1);
        assertThat(links(feature)).hasSize(1);
        assertThat(results(feature)).hasSize(1);

        // An administrator moves the feature on in Cloud ALM, then retries the parked report.
        for (String status : List.of("In Implementation", "In Testing", "Successfully Tested", "Ready for Production")) {
            sandbox.switchStatusAsUser(feature.displayId(), status);
        }
        assertThat(outbox.retryNow(report.idempotencyKey())).isTrue();
        time.runDue();

        assertThat(outbox.status().entries()).isEmpty();
        assertThat(files("parked")).isZero();
        assertThat(links(feature)).hasSize(1);
        assertThat(results(feature)).hasSize(1);
        assertThat(statusOf(feature)).isEqualTo(client.features().resolveStatus("Deployed"));
    }

    @Test
    void aReportForAFeatureCloudAlmDoesNotKnowIsParked() throws Exception {
        outbox = startOutbox(new ClientDeploymentReportSender(client));
        DeploymentReport report = DeploymentReport.builder().idempotencyKey("calm-unknown-feature")
                .createdAt(time.now()).featureDisplayId("6-999").system("PRD").status(DeploymentStatus.FAILURE)
                .url(BUILD_URL).build("deploy-app", 43).build();

        DeliveryAttempt attempt = submit(report);

        assertThat(attempt.outcome()).isEqualTo(DeliveryAttempt.Outcome.PARKED);
        assertThat(attempt.detail()).startsWith("Cloud ALM has no feature 6-999");
        assertThat(outbox.status().parked()).isEqualTo(1);
    }
}
