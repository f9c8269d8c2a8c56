package io.jenkins.plugins.calm.it.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.adapters.ClientDeploymentReportSender;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.FeatureReference;
import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.SendResult;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.steps.BuildInfo;
import io.jenkins.plugins.calm.core.steps.DeploymentReports;
import io.jenkins.plugins.calm.core.steps.FeatureId;
import io.jenkins.plugins.calm.core.steps.FeatureLookup;
import io.jenkins.plugins.calm.core.steps.FeatureSummary;
import io.jenkins.plugins.calm.core.steps.PreparedWait;
import io.jenkins.plugins.calm.core.steps.RegisterTransportOptions;
import io.jenkins.plugins.calm.core.steps.ReportDeploymentOptions;
import io.jenkins.plugins.calm.core.steps.ResolvedFeature;
import io.jenkins.plugins.calm.core.steps.StepFailureException;
import io.jenkins.plugins.calm.core.steps.StepLog;
import io.jenkins.plugins.calm.core.steps.TransportActivityRules;
import io.jenkins.plugins.calm.core.steps.TransportRegistration;
import io.jenkins.plugins.calm.core.steps.TransportRegistrationResult;
import io.jenkins.plugins.calm.core.steps.WaitForStatusOptions;
import io.jenkins.plugins.calm.core.wait.WaitOutcome;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import io.jenkins.plugins.calm.sandbox.transports.TmsPassThrough;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps' calm-core services (what the plugin's steps call) end to end against the sandbox. */
class StepServicesAgainstSandboxTest {
    private static final BuildInfo BUILD = new BuildInfo("team/deploy-app", 42,
            "https://ci.example.com/job/team/job/deploy-app/42/", "1a2b3c4d5e6f", "alice");

    private CloudAlmSandbox sandbox;
    private CloudAlmClient client;
    private final List<String> log = new ArrayList<>();
    private final StepLog stepLog = new StepLog() {
        @Override
        public void feature(FeatureSummary feature, String message) {
            log.add(feature.label() + ": " + message);
        }

        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void warning(String message) {
            log.add("WARNING " + message);
        }
    };

    @BeforeEach
    void start() throws Exception {
        sandbox = CloudAlmSandbox.builder().port(0).start();
        client = CloudAlmClient.create(ServiceKey.parse(sandbox.serviceKeyJson()), ClientSettings.defaults());
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private FeatureSummary feature(String displayId) {
        return new FeatureLookup(client, null).find(new ResolvedFeature(FeatureId.parse(displayId, "test"), "the test"));
    }

    @Test
    void aDisplayIdIsFoundInTheDefaultProjectGivenByName() {
        FeatureSummary feature = new FeatureLookup(client, "S/4HANA Order-to-Cash Rollout")
                .find(new ResolvedFeature(FeatureId.parse("6-2", "test"), "the test"));

        assertThat(feature.title()).isEqualTo("Harmonise invoice layout");
        assertThat(feature.statusName()).isEqualTo("In Testing");
        assertThat(feature.url()).endsWith("&/details/6-2");
    }

    @Test
    void existingTransportsAreCheckedAndTheBuildIsLinkedOnce() {
        RegisterTransportOptions options = new RegisterTransportOptions();
        options.setTransports("S4HK900123");
        TransportRegistration registration = new TransportRegistration(client, TransportActivityRules.standard());

        TransportRegistrationResult first = registration.register(options, feature("6-1"), BUILD, null, stepLog);
        registration.register(options, feature("6-1"), BUILD, null, stepLog);

        assertThat(first.referenceName()).isEqualTo("team/deploy-app #42 – S4HK900123");
        List<FeatureReference> links = client.references().urlReferences(first.feature().uuid());
        assertThat(links).filteredOn(link -> BUILD.buildUrl().equals(link.url())).hasSize(1);
        assertThat(log).contains("6-1: already linked to this build (URL reference 'team/deploy-app #42 – S4HK900123')");
    }

    @Test
    void anUploadedMtarBecomesATransportRequestThatCanThenBeRegisteredAsExisting(@TempDir Path dir) throws Exception {
        Path mtar = Files.writeString(dir.resolve("app.mtar"), "an MTA archive");
        RegisterTransportOptions upload = new RegisterTransportOptions();
        upload.setFile("target/app.mtar");
        upload.setNode("QAS");
        TransportRegistration registration = new TransportRegistration(client, TransportActivityRules.standard());

        TransportRegistrationResult uploaded = registration.register(upload, feature("6-1"), BUILD, mtar, stepLog);

        assertThat(uploaded.transportRequestId()).isNotNull();
        assertThat(log.get(0)).startsWith("6-1: uploaded app.mtar to Cloud Transport Management: transport request "
                + uploaded.transportRequestId() + " in node QAS");

        // Cloud ALM lists a CTMS transport request under an ID prefixed with the CTMS destination's name.
        String calmTransportId = TmsPassThrough.transportId(uploaded.transports().get(0));
        RegisterTransportOptions existing = new RegisterTransportOptions();
        existing.setTransports(calmTransportId);
        assertThatThrownBy(() -> registration.register(existing, feature("6-1"), BUILD, null, stepLog))
                .isInstanceOf(StepFailureException.class).hasMessageContaining("assigned to no feature");
        sandbox.assignTransport(uploaded.transports().get(0), "6-1");
        registration.register(existing, feature("6-1"), BUILD, null, stepLog);
    }

    @Test
    void aTransportOfAnotherFeatureIsRefusedWithItsOwner() {
        RegisterTransportOptions options = new RegisterTransportOptions();
        options.setTransports("S4HK900123");

        assertThatThrownBy(() -> new TransportRegistration(client, TransportActivityRules.standard())
                .register(options, feature("6-2"), BUILD, null, stepLog))
                .hasMessageContaining("transport S4HK900123 is assigned to feature 6-1 ('Add credit check to sales"
                        + " order'), not to 6-2");
    }

    @Test
    void aWaitIsPreparedWithTheTenantsStatusesAndKnowsWhenItIsOverAlready() {
        WaitForStatusOptions options = new WaitForStatusOptions();
        options.setStatus(List.of("in testing", "successfully tested"));

        PreparedWait over = PreparedWait.prepare(client, options, List.of(feature("6-2"), feature("6-5")), "w1",
                Instant.now());
        PreparedWait pending = PreparedWait.prepare(client, options, List.of(feature("6-1"), feature("6-2")), "w2",
                Instant.now());

        assertThat(over.decidedAlready()).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(WaitOutcome.SUCCEEDED));
        assertThat(over.resultMap(over.decidedAlready().orElseThrow())).containsEntry("statuses",
                Map.of("6-2", "In Testing", "6-5", "Successfully Tested"));
        assertThat(pending.decidedAlready()).isEmpty();
        assertThat(pending.messages().waiting(pending.state().featureUuids())).isEqualTo("Waiting for Cloud ALM"
                + " features 6-1, 6-2 to reach In Testing or Successfully Tested (fails on Not Planned)");
    }

    @Test
    void aReportCreatedByTheStepIsDeliveredByTheSenderOnce() {
        ReportDeploymentOptions options = new ReportDeploymentOptions();
        options.setSystem("QAS");
        options.setTransports("S4HK900123");
        FeatureSummary feature = feature("6-1");
        DeploymentReport report = DeploymentReports.create(options, null, feature, FeatureId.parse("6-1", "t"), BUILD,
                "SUCCESS", "step-1", Instant.now());
        ClientDeploymentReportSender sender = new ClientDeploymentReportSender(client);

        assertThat(sender.send(report)).isInstanceOf(SendResult.Delivered.class);
        assertThat(sender.send(report)).isInstanceOf(SendResult.Delivered.class);

        assertThat(client.references().externalReferences(feature.uuid()))
                .filteredOn(r -> report.idempotencyKey().equals(r.externalId())).singleElement()
                .satisfies(r -> assertThat(r.name()).startsWith("QAS: SUCCESS – team/deploy-app #42 – S4HK900123"));
    }
}
