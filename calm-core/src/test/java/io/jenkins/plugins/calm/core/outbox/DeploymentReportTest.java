package io.jenkins.plugins.calm.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentReportTest {
    final Instant now = Instant.parse("2026-03-02T09:00:00Z");
    final DeploymentReportCodec codec = new DeploymentReportCodec();

    DeploymentReport.Builder complete() {
        return DeploymentReport.builder().idempotencyKey("k1").createdAt(now).connection("prod-tenant")
                .featureUuid("9f0c1a2b-0000-4000-8000-000000000001").featureDisplayId("6-123")
                .projectId("3532c9fd-0000-4000-8000-000000000002").system("QAS").status(DeploymentStatus.UNSTABLE)
                .transports(List.of("S4DK900123", "S4DK900124")).url("https://jenkins.example.com/job/app/7/")
                .description("Deployed by Jenkins").targetStatusName("Deployed").build("folder/app", 7);
    }

    @Test
    void everyFieldSurvivesTheCodec() {
        DeploymentReport report = complete().build();

        assertThat(codec.decode(codec.encode(report))).isEqualTo(report);
        DeploymentReport minimal = DeploymentReport.builder().createdAt(now).featureDisplayId("6-1").system("PRD")
                .status(DeploymentStatus.SUCCESS).build("app", 1).build();
        assertThat(codec.decode(codec.encode(minimal))).isEqualTo(minimal);
    }

    @Test
    void withoutAKeyEachReportGetsAUniqueOne() {
        DeploymentReport.Builder builder = complete().idempotencyKey(null);

        assertThat(builder.build().idempotencyKey()).isNotEqualTo(builder.build().idempotencyKey())
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void summaryNamesFeatureSystemStatusAndBuild() {
        assertThat(complete().build().summary()).isEqualTo("6-123 → QAS: UNSTABLE (folder/app #7)");
        assertThat(complete().featureDisplayId(null).build().summary()).startsWith("9f0c1a2b-");
    }

    @Test
    void refusesIncompleteReportsNamingWhatIsMissing() {
        assertThatThrownBy(() -> complete().featureUuid(null).featureDisplayId(" ").build())
                .hasMessage("A deployment report needs the feature's UUID or display ID");
        assertThatThrownBy(() -> complete().system("").build()).hasMessage("A deployment report needs a system");
        assertThatThrownBy(() -> complete().build("app", 0).build()).hasMessage("buildNumber must be at least 1, was 0");
        assertThatThrownBy(() -> complete().transports(List.of("S4DK1", " ")).build())
                .hasMessage("A deployment report needs a transport ID");
    }

    @Test
    void decodingSaysWhichFieldIsWrong() {
        ObjectNode json = codec.encode(complete().build());
        json.put("buildNumber", "seven");
        assertThatThrownBy(() -> codec.decode(json)).hasMessage("'buildNumber' must be a number");

        ObjectNode noSystem = codec.encode(complete().build());
        noSystem.remove("system");
        assertThatThrownBy(() -> codec.decode(noSystem)).hasMessage("missing 'system'");

        ObjectNode badTime = codec.encode(complete().build());
        badTime.put("createdAt", "yesterday");
        assertThatThrownBy(() -> codec.decode(badTime)).hasMessageContaining("'createdAt' is not an ISO-8601 instant");
    }

    @Test
    void deploymentStatusParsesAnyCaseAndNamesTheAllowedValues() {
        assertThat(DeploymentStatus.parse(" failure ")).isEqualTo(DeploymentStatus.FAILURE);
        assertThatThrownBy(() -> DeploymentStatus.parse("done"))
                .hasMessage("Unknown deployment status 'done'; use one of SUCCESS, UNSTABLE, FAILURE, ABORTED");
    }
}
