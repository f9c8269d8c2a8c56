package io.jenkins.plugins.calm.core.webhook.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.StatusRef;
import io.jenkins.plugins.calm.core.webhook.payload.WorkflowStart;
import io.jenkins.plugins.calm.core.webhook.routing.RoutingResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggerRouterTest {

    private static final String P1 = "3532C9FD-0000-4000-8000-000000000001";
    private static final String P2 = "3532c9fd-0000-4000-8000-000000000002";
    private static final StatusNameResolver CODES = StatusNameResolver.of(Map.of(
            "T_IMP", "In Implementation", "T_TST", "In Testing", "T_OK", "Successfully Tested", "T_DEP", "Deployed"));

    private static FeatureFacts facts(String projectId, String title, List<String> tags) {
        return new FeatureFacts("u-1", "6-123", title, projectId, null, tags);
    }

    private static FeatureChange change(String connection, FeatureFacts facts, StatusRef status, StatusRef previous) {
        return new FeatureChange(connection, "evt-1", false, "FEATURE.UPDATED", "sub", facts, status, previous, null,
                FeatureChange.Source.RESOURCE_CHANGES);
    }

    private static FeatureChange inTesting(FeatureFacts facts) {
        return change("prod", facts, StatusRef.ofCode("T_TST"), StatusRef.ofCode("T_IMP"));
    }

    private static List<String> ids(RoutingResult result) {
        return result.triggers().stream().map(TriggerSpec::id).toList();
    }

    @Test
    void matchesByConnectionAndStatusNameResolvedFromTheCode() {
        TriggerRouter router = new TriggerRouter(List.of(
                TriggerSpec.onStatus("promote-qa", "prod", "In Testing"),
                TriggerSpec.onStatus("other-conn", "test", "In Testing"),
                TriggerSpec.onStatus("deploy", "prod", "Deployed")));

        RoutingResult result = router.route(inTesting(facts(P1, "Credit check", List.of())), CODES);

        assertThat(result.outcome()).isEqualTo(Outcome.MATCHED);
        assertThat(ids(result)).containsExactly("promote-qa");
        assertThat(result.statusName()).isEqualTo("In Testing");
    }

    @Test
    void producesTheBuildEnvironmentAndCause() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("promote-qa", "prod", "in testing")));

        BuildRequest request = router.route(inTesting(facts(P1, "Credit check", List.of())), CODES).request();

        assertThat(request.environment()).containsExactly(
                Map.entry("CALM_FEATURE_ID", "6-123"),
                Map.entry("CALM_FEATURE_UUID", "u-1"),
                Map.entry("CALM_FEATURE_TITLE", "Credit check"),
                Map.entry("CALM_FEATURE_STATUS", "In Testing"),
                Map.entry("CALM_PREVIOUS_STATUS", "In Implementation"),
                Map.entry("CALM_PROJECT_ID", P1),
                Map.entry("CALM_EVENT_ID", "evt-1"),
                Map.entry("CALM_CONNECTION", "prod"));
        assertThat(request.causeText()).isEqualTo("Cloud ALM feature 6-123 moved to In Testing");
        assertThat(request.eventId()).isEqualTo("evt-1");
    }

    @Test
    void unknownValuesAreEmptyAndTheUuidStandsInForAMissingDisplayId() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("t", "prod", "In Testing")));
        FeatureChange change = change("prod", new FeatureFacts("u-9", null, null, null, null, null), StatusRef.ofName("In Testing"), null);

        BuildRequest request = router.route(change, StatusNameResolver.NONE).request();

        assertThat(request.environment()).containsEntry("CALM_FEATURE_ID", "u-9").containsEntry("CALM_FEATURE_TITLE", "")
                .containsEntry("CALM_PREVIOUS_STATUS", "").containsEntry("CALM_PROJECT_ID", "");
        assertThat(request.causeText()).isEqualTo("Cloud ALM feature u-9 moved to In Testing");
    }

    @Test
    void comparesStatusNamesIgnoringCaseAndSpacing() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("t", "prod", "  IN   testing ")));

        assertThat(router.route(change("prod", facts(P1, "x", List.of()), StatusRef.ofName("In Testing"), null), StatusNameResolver.NONE)
                .outcome()).isEqualTo(Outcome.MATCHED);
    }

    @Test
    void prefersTheTenantsNameForACodeOverThePayloadsName() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("t", "prod", "In Testing")));
        FeatureChange translated = change("prod", facts(P1, "x", List.of()), new StatusRef("T_TST", "Im Test"), null);

        assertThat(router.route(translated, CODES).outcome()).isEqualTo(Outcome.MATCHED);
        assertThat(router.route(translated, StatusNameResolver.NONE).outcome())
                .as("without the status list, only the payload's name is left").isEqualTo(Outcome.NO_MATCH);
    }

    @Test
    void asksForTheStatusListWhenACodeIsUnknownAndNoNameCame() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("t", "prod", "In Testing")));

        RoutingResult result = router.route(change("prod", facts(P1, "x", List.of()), StatusRef.ofCode("NEW_CODE"), null), CODES);

        assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN_STATUS_CODE);
        assertThat(result.detail()).contains("NEW_CODE");
    }

    @Test
    void asksForTheFeatureWhenThePayloadHasNoStatus() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("t", "prod", "In Testing")));

        assertThat(router.route(change("prod", facts(P1, "x", List.of()), StatusRef.UNKNOWN, null), CODES).outcome())
                .isEqualTo(Outcome.NEEDS_FEATURE);
    }

    @Test
    void filtersByProjectIdIgnoringCase() {
        TriggerRouter router = new TriggerRouter(List.of(
                TriggerSpec.onStatus("p1", "prod", "In Testing").inProject(P1.toLowerCase(), null),
                TriggerSpec.onStatus("p2", "prod", "In Testing").inProject(P2, null),
                TriggerSpec.onStatus("any", "prod", "In Testing")));

        assertThat(ids(router.route(inTesting(facts(P1, "x", List.of())), CODES))).containsExactlyInAnyOrder("p1", "any");
        assertThat(ids(router.route(inTesting(facts(P2.toUpperCase(), "x", List.of())), CODES))).containsExactlyInAnyOrder("p2", "any");
        assertThat(ids(router.route(inTesting(facts("other", "x", List.of())), CODES))).containsExactly("any");
    }

    @Test
    void aMissingProjectMeansReadTheFeatureWhenAProjectTriggerCouldMatch() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("p1", "prod", "In Testing").inProject(P1, "Finance")));

        RoutingResult withoutProject = router.route(inTesting(facts(null, "x", List.of())), CODES);
        assertThat(withoutProject.outcome()).isEqualTo(Outcome.NEEDS_FEATURE);
        assertThat(withoutProject.detail()).contains("project");

        FeatureChange byName = inTesting(new FeatureFacts("u", null, "x", null, "finance", List.of()));
        assertThat(ids(router.route(byName, CODES))).as("the project name decides when the ID is missing").containsExactly("p1");
    }

    @Test
    void filtersByTitlePattern() {
        TriggerRouter router = new TriggerRouter(List.of(
                TriggerSpec.onStatus("hotfix", "prod", "In Testing").withTitlePattern("(?i)^hotfix"),
                TriggerSpec.onStatus("all", "prod", "In Testing")));

        assertThat(ids(router.route(inTesting(facts(P1, "HOTFIX: credit limit", List.of())), CODES))).containsExactlyInAnyOrder("hotfix", "all");
        assertThat(ids(router.route(inTesting(facts(P1, "Credit limit hotfix", List.of())), CODES))).containsExactly("all");
    }

    @Test
    void filtersByAnyOfTheTagsIgnoringCase() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("pay", "prod", "In Testing").withTags("Payments", "billing")));

        assertThat(router.route(inTesting(facts(P1, "x", List.of("q3", "PAYMENTS"))), CODES).outcome()).isEqualTo(Outcome.MATCHED);
        RoutingResult none = router.route(inTesting(facts(P1, "x", List.of("q3"))), CODES);
        assertThat(none.outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(none.detail()).contains("filters exclude");
    }

    @Test
    void aFilterOnAFactThePayloadLacksMeansReadTheFeature() {
        TriggerRouter router = new TriggerRouter(List.of(
                TriggerSpec.onStatus("pay", "prod", "In Testing").withTags("payments"),
                TriggerSpec.onStatus("hotfix", "prod", "In Testing").withTitlePattern("hotfix"),
                TriggerSpec.onStatus("all", "prod", "In Testing")));

        RoutingResult result = router.route(inTesting(facts(P1, null, null)), CODES);

        assertThat(result.outcome()).as("never a partial start: route again with all facts").isEqualTo(Outcome.NEEDS_FEATURE);
        assertThat(result.triggers()).isEmpty();
        assertThat(result.detail()).contains("tags and title");
    }

    @Test
    void toleratesRepeatedStatusesAndTags() {
        TriggerSpec spec = TriggerSpec.onStatus("t", "prod", "In Testing", "In Testing").withTags("a", "a");

        assertThat(spec.targetStatuses()).containsExactly("In Testing");
        assertThat(spec.tags()).containsExactly("a");
    }

    @Test
    void saysWhichStatusFoundNoTrigger() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("t", "prod", "Deployed")));

        RoutingResult result = router.route(inTesting(facts(P1, "x", List.of())), CODES);

        assertThat(result.outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(result.detail()).isEqualTo("no trigger waits for status 'In Testing'");
    }

    @Test
    void aTriggerWithSeveralStatusesMatchesEach() {
        TriggerRouter router = new TriggerRouter(List.of(TriggerSpec.onStatus("t", "prod", "In Testing", "Deployed")));

        assertThat(router.route(inTesting(facts(P1, "x", List.of())), CODES).outcome()).isEqualTo(Outcome.MATCHED);
        assertThat(router.route(change("prod", facts(P1, "x", List.of()), StatusRef.ofCode("T_DEP"), null), CODES).outcome())
                .isEqualTo(Outcome.MATCHED);
    }

    @Test
    void replacingTriggersTakesEffectAtOnce() {
        TriggerRouter router = new TriggerRouter(List.of());
        assertThat(router.route(inTesting(facts(P1, "x", List.of())), CODES).outcome()).isEqualTo(Outcome.NO_MATCH);

        router.replaceTriggers(List.of(TriggerSpec.onStatus("t", "prod", "In Testing")));

        assertThat(router.triggerCount()).isEqualTo(1);
        assertThat(router.route(inTesting(facts(P1, "x", List.of())), CODES).outcome()).isEqualTo(Outcome.MATCHED);
    }

    @Test
    void routesApprovalRequestsOnlyToApprovalTriggersByTargetStatus() {
        TriggerRouter router = new TriggerRouter(List.of(
                TriggerSpec.onStatus("gate", "prod", "Successfully Tested").reactingTo(false, true),
                TriggerSpec.onStatus("both", "prod", "Successfully Tested").reactingTo(true, true),
                TriggerSpec.onStatus("plain", "prod", "Successfully Tested")));
        WorkflowStart start = new WorkflowStart(new FeatureFacts("u-1", "6-123", "x", null, "Finance", null),
                StatusRef.ofName("In Testing"), StatusRef.ofName("Successfully Tested"), "john");

        RoutingResult result = router.routeApproval("prod", start, CODES);

        assertThat(ids(result)).containsExactlyInAnyOrder("gate", "both");
        assertThat(result.request().environment())
                .containsEntry("CALM_FEATURE_STATUS", "In Testing")
                .containsEntry("CALM_TARGET_STATUS", "Successfully Tested")
                .containsEntry("CALM_EVENT_ID", "");
        assertThat(result.request().withWorkflowId("wf-1").environment())
                .containsEntry("CALM_WORKFLOW_ID", "wf-1").containsEntry("CALM_EVENT_ID", "wf-1");
        assertThat(result.request().causeText()).isEqualTo("Cloud ALM feature 6-123 requests approval to move to Successfully Tested");
        assertThat(ids(router.route(change("prod", facts(P1, "x", List.of()), StatusRef.ofCode("T_OK"), null), CODES)))
                .containsExactlyInAnyOrder("both", "plain");
    }

    @Test
    void validatesTriggerConfigurationWithActionableMessages() {
        assertThatThrownBy(() -> TriggerSpec.onStatus("job", "prod"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("job names no target status");
        assertThatThrownBy(() -> TriggerSpec.onStatus("job", " ", "In Testing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no Cloud ALM connection");
        assertThatThrownBy(() -> TriggerSpec.onStatus("job", "prod", "In Testing").withTitlePattern("(unclosed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid regular expression");
        assertThatThrownBy(() -> TriggerSpec.onStatus("job", "prod", "In Testing").reactingTo(false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reacts to nothing");
        assertThatThrownBy(() -> new TriggerSpec("job", "prod", null, "Finance", Set.of("In Testing"), null, Set.of(), true, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without its ID");
    }

    @Test
    void findsTheRightTriggersAmongThousands() {
        List<TriggerSpec> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(TriggerSpec.onStatus("job-" + i, "conn-" + (i % 5), i % 2 == 0 ? "In Testing" : "Deployed")
                    .inProject("project-" + (i % 50), null));
        }
        TriggerRouter router = new TriggerRouter(many);

        RoutingResult result = router.route(
                change("conn-3", facts("PROJECT-13", "x", List.of()), StatusRef.ofName("Deployed"), null), StatusNameResolver.NONE);

        assertThat(ids(result)).hasSize(100).allSatisfy(id -> {
            int i = Integer.parseInt(id.substring(4));
            assertThat(i % 5).isEqualTo(3);
            assertThat(i % 50).isEqualTo(13);
            assertThat(i % 2).isEqualTo(1);
        });
    }
}
