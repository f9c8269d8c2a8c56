package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.DeploymentStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentReportsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final BuildInfo BUILD = new BuildInfo("team/deploy-app", 42,
            "https://ci.example.com/job/team/job/deploy-app/42/", "1a2b3c4d5e6f7a8b9c", null);
    private static final FeatureSummary FEATURE = new FeatureSummary("u-1", "6-1", "Credit check", "p-1", "CS3",
            "In Testing", null);

    private ReportDeploymentOptions options(String system) {
        ReportDeploymentOptions options = new ReportDeploymentOptions();
        options.setSystem(system);
        return options;
    }

    @Test
    void aReportCarriesTheFeatureTheBuildAndDefaults() {
        ReportDeploymentOptions options = options("QAS");
        options.setTransports(List.of("S4DK900123"));
        options.setSetStatus("Successfully Tested");

        DeploymentReport report = DeploymentReports.create(options, "prod-tenant", FEATURE,
                FeatureId.parse("6-1", "test"), BUILD, "UNSTABLE", "17", NOW);

        assertThat(report.featureUuid()).contains("u-1");
        assertThat(report.featureDisplayId()).contains("6-1");
        assertThat(report.projectId()).contains("p-1");
        assertThat(report.connection()).contains("prod-tenant");
        assertThat(report.system()).isEqualTo("QAS");
        assertThat(report.status()).isEqualTo(DeploymentStatus.UNSTABLE);
        assertThat(report.transports()).containsExactly("S4DK900123");
        assertThat(report.url()).contains(BUILD.buildUrl());
        assertThat(report.description()).contains("Jenkins team/deploy-app #42, commit 1a2b3c4d5e6f");
        assertThat(report.targetStatusName()).contains("Successfully Tested");
        assertThat(report.createdAt()).isEqualTo(NOW);
        assertThat(report.idempotencyKey()).matches("calm-[0-9a-f]{40}");
    }

    @Test
    void theSameStepGetsTheSameKeyAndAnotherSystemAnother() {
        FeatureId id = FeatureId.parse("6-1", "test");
        String key = DeploymentReports.create(options("QAS"), null, FEATURE, id, BUILD, null, "17", NOW)
                .idempotencyKey();
        assertThat(DeploymentReports.create(options("QAS"), null, null, id, BUILD, null, "17", NOW.plusSeconds(5))
                .idempotencyKey()).isEqualTo(key);
        assertThat(DeploymentReports.create(options("PRD"), null, FEATURE, id, BUILD, null, "17", NOW)
                .idempotencyKey()).isNotEqualTo(key);
        assertThat(DeploymentReports.create(options("QAS"), null, FEATURE, id, BUILD, null, "18", NOW)
                .idempotencyKey()).isNotEqualTo(key);
    }

    @Test
    void withoutCloudAlmTheReportNamesTheFeatureAsTheBuildDid() {
        DeploymentReport byDisplayId = DeploymentReports.create(options("QAS"), null, null,
                FeatureId.parse("6-1", "test"), BUILD, "SUCCESS", "17", NOW);
        assertThat(byDisplayId.featureDisplayId()).contains("6-1");
        assertThat(byDisplayId.featureUuid()).isEmpty();

        String uuid = "3f2a6c1e-8d4b-4c2a-9e1f-0a1b2c3d4e5f";
        DeploymentReport byUuid = DeploymentReports.create(options("QAS"), null, null, FeatureId.parse(uuid, "test"),
                BUILD, "SUCCESS", "17", NOW);
        assertThat(byUuid.featureUuid()).contains(uuid);
    }

    @Test
    void anExplicitUrlAndDescriptionWin() {
        ReportDeploymentOptions options = options("QAS");
        options.setUrl("https://deploy.example.com/runs/7");
        options.setDescription("Blue-green switch");
        options.setStatus("failure");

        DeploymentReport report = DeploymentReports.create(options, null, FEATURE, FeatureId.parse("6-1", "t"),
                new BuildInfo("deploy-app", 1, null, null, null), "SUCCESS", "1", NOW);

        assertThat(report.url()).contains("https://deploy.example.com/runs/7");
        assertThat(report.description()).contains("Blue-green switch");
        assertThat(report.status()).isEqualTo(DeploymentStatus.FAILURE);
    }

    @Test
    void withoutAnyUrlTheReportCannotLinkTheBuild() {
        assertThatThrownBy(() -> DeploymentReports.create(options("QAS"), null, FEATURE, FeatureId.parse("6-1", "t"),
                new BuildInfo("deploy-app", 1, null, null, null), null, "1", NOW))
                .isInstanceOf(InvalidStepInputException.class)
                .hasMessageStartingWith("Jenkins does not know its own URL, so the report cannot link to this build");
    }
}
