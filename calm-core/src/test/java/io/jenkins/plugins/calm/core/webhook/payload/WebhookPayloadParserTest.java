package io.jenkins.plugins.calm.core.webhook.payload;

import static io.jenkins.plugins.calm.core.webhook.payload.Payloads.FEATURE_UUID;
import static io.jenkins.plugins.calm.core.webhook.payload.Payloads.PROJECT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.webhook.gate.WebhookLimits;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPayloadParserTest {

    private final SafeJsonReader reader = new SafeJsonReader(WebhookLimits.DEFAULT);

    private WebhookPayload parse(String json) {
        return parse(json, null);
    }

    private WebhookPayload parse(String json, FeatureFieldMapping mapping) {
        return WebhookPayloadParser.parse("prod", reader.readObject(Payloads.bytes(json)), mapping, false, null);
    }

    private WebhookPayload parseWorkflow(String json, String workflowId) {
        return WebhookPayloadParser.parse("prod", reader.readObject(Payloads.bytes(json)), null, true, workflowId);
    }

    @Test
    void readsTheResourceChangesEnvelope() {
        FeatureChange change = (FeatureChange) parse(Payloads.resourceChange("evt-1", "T_TST", "In Testing"));

        assertThat(change.connection()).isEqualTo("prod");
        assertThat(change.source()).isEqualTo(FeatureChange.Source.RESOURCE_CHANGES);
        assertThat(change.eventId()).isEqualTo("evt-1");
        assertThat(change.eventIdDerived()).isFalse();
        assertThat(change.eventType()).isEqualTo("FEATURE.UPDATED");
        assertThat(change.subscriptionId()).isEqualTo("sub-42");
        assertThat(change.feature()).isEqualTo(new FeatureFacts(FEATURE_UUID, "6-123", "Add credit check", PROJECT_ID, null,
                List.of("payments", "q3")));
        assertThat(change.status()).isEqualTo(new StatusRef("T_TST", "In Testing"));
        assertThat(change.previousStatus()).isEqualTo(new StatusRef("T_IMP", "In Implementation"));
        assertThat(change.modifiedAt()).isEqualTo(Instant.parse("2026-02-01T14:03:11Z"));
        assertThat(change.needsFetch()).isFalse();
    }

    @Test
    void derivesAStableEventIdWhenThePayloadHasNone() {
        FeatureChange first = (FeatureChange) parse(Payloads.resourceChange(null, "T_TST", "In Testing"));
        FeatureChange again = (FeatureChange) parse(Payloads.resourceChange(null, "T_TST", "In Testing"));
        FeatureChange other = (FeatureChange) parse(Payloads.resourceChange(null, "T_RDY", "Ready for Production"));

        assertThat(first.eventIdDerived()).isTrue();
        assertThat(first.eventId()).startsWith("derived-").hasSize("derived-".length() + 32).isEqualTo(again.eventId());
        assertThat(other.eventId()).isNotEqualTo(first.eventId());
    }

    @Test
    void saysWhenThePayloadLacksTheStatus() {
        FeatureChange change = (FeatureChange) parse(Payloads.resourceChange("e", null, null));

        assertThat(change.status()).isEqualTo(StatusRef.UNKNOWN);
        assertThat(change.needsFetch()).isTrue();
    }

    @Test
    void readsAMinimalEnvelopeByResourceId() {
        FeatureChange change = (FeatureChange) parse("""
                {"subscriptionId":"s","resourceType":"FEATURE","eventType":"FEATURE.UPDATED","resourceId":"abc","resource":{}}
                """);

        assertThat(change.feature().uuid()).isEqualTo("abc");
        assertThat(change.feature().displayId()).isNull();
        assertThat(change.feature().title()).isNull();
        assertThat(change.feature().tags()).as("unknown, not empty").isNull();
        assertThat(change.needsFetch()).isTrue();
    }

    @Test
    void readsTheRecommendedMappingPayload() {
        FeatureChange change = (FeatureChange) parse(Payloads.recommended("In Testing"));

        assertThat(change.source()).isEqualTo(FeatureChange.Source.MAPPED_PAYLOAD);
        assertThat(change.eventId()).isEqualTo("evt-7");
        assertThat(change.feature().displayId()).isEqualTo("6-124");
        assertThat(change.feature().projectName()).isEqualTo("Finance");
        assertThat(change.feature().tags()).containsExactly("payments", "q3");
        assertThat(change.status()).as("an empty code counts as absent").isEqualTo(StatusRef.ofName("In Testing"));
        assertThat(change.previousStatus()).isEqualTo(StatusRef.ofName("In Implementation"));
        assertThat(change.modifiedAt()).isEqualTo(Instant.parse("2026-02-02T07:00:00.123Z"));
    }

    @Test
    void treatsUnresolvedMappingPlaceholdersAsAbsent() {
        FeatureChange change = (FeatureChange) parse("""
                {"eventType":"#{eventType}","eventId":"#{eventId}",
                 "feature":{"uuid":"#{item.id}","displayId":"6-9","statusName":"In Testing","modifiedAt":"${SWITCH(x,y)}",
                   "tags":"#{item.tags}"}}
                """);

        assertThat(change.eventType()).isNull();
        assertThat(change.eventIdDerived()).isTrue();
        assertThat(change.feature().uuid()).isNull();
        assertThat(change.feature().label()).isEqualTo("6-9");
        assertThat(change.modifiedAt()).isNull();
        assertThat(change.feature().tags()).isNull();
    }

    @Test
    void readsACustomFieldMapping() {
        FeatureFieldMapping mapping = FeatureFieldMapping.parse("""
                {"base":"resourceChanges","statusName":["/resource/status/text","/resource/statusName"],"eventId":"/meta/id"}
                """);

        FeatureChange change = (FeatureChange) parse("""
                {"meta":{"id":"m-1"},"eventType":"FEATURE.CHANGED","resource":{"uuid":"u-1","status":{"text":"Deployed"}}}
                """, mapping);

        assertThat(change.eventId()).isEqualTo("m-1");
        assertThat(change.status()).isEqualTo(StatusRef.ofName("Deployed"));
        assertThat(change.source()).isEqualTo(FeatureChange.Source.MAPPED_PAYLOAD);
    }

    @Test
    void ignoresPingsDeletionsAndOtherResources() {
        assertThat(parse("{\"eventType\":\"EVENT-SITUATION.PING\",\"resource\":{}}")).isInstanceOf(IgnoredEvent.class);
        assertThat(parse("{\"eventType\":\"FEATURE.DELETED\",\"resource\":{\"uuid\":\"u\"}}")).isInstanceOf(IgnoredEvent.class);
        IgnoredEvent task = (IgnoredEvent) parse("{\"eventType\":\"TASK.CREATED\",\"resourceType\":\"Task\",\"resource\":{\"uuid\":\"u\"}}");
        assertThat(task.reason()).contains("'Task' is not a feature");
    }

    @Test
    void refusesAPayloadNamingNoFeature() {
        assertThatThrownBy(() -> parse("{\"eventType\":\"FEATURE.UPDATED\",\"resource\":{\"title\":\"x\"}}"))
                .isInstanceOf(PayloadRejectedException.class)
                .hasMessageContaining("/resource/uuid or /resourceId")
                .hasMessageContaining("/resource/displayId");
        assertThatThrownBy(() -> parse("{\"something\":\"else\"}"))
                .isInstanceOf(PayloadRejectedException.class)
                .hasMessageContaining("/feature/uuid");
    }

    @Test
    void aRejectedPayloadIsAPermanentCloudAlmFailure() {
        PayloadRejectedException rejected = new PayloadRejectedException("/resource/uuid must be a string, not an object");

        assertThat(rejected).isInstanceOf(CloudAlmException.class);
        assertThat(rejected.isTransient()).as("the same body is rejected again until the mapping changes").isFalse();
    }

    @Test
    void refusesWrongTypesNamingTheField() {
        assertThatThrownBy(() -> parse("{\"resource\":{\"uuid\":{\"x\":1}}}"))
                .isInstanceOf(PayloadRejectedException.class).hasMessage("/resource/uuid must be a string, not an object");
        assertThatThrownBy(() -> parse("{\"resource\":{\"uuid\":\"u\",\"statusCode\":[1]}}"))
                .isInstanceOf(PayloadRejectedException.class).hasMessage("/resource/statusCode must be a string, not an array");
        assertThatThrownBy(() -> parse("{\"resource\":{\"uuid\":\"u\",\"modifiedAt\":\"yesterday\"}}"))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("/resource/modifiedAt is not an ISO-8601 timestamp");
        assertThatThrownBy(() -> parse("{\"eventType\":{},\"resource\":{\"uuid\":\"u\"}}"))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("/eventType");
    }

    @Test
    void acceptsScalarsOfOtherTypesForTextFields() {
        FeatureChange change = (FeatureChange) parse("{\"resource\":{\"uuid\":\"u\",\"statusCode\":30,\"modifiedAt\":1767225600000}}");

        assertThat(change.status().code()).isEqualTo("30");
        assertThat(change.modifiedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void refusesOverlongAndControlCharacterIdentifiers() {
        assertThatThrownBy(() -> parse("{\"resource\":{\"uuid\":\"" + "u".repeat(300) + "\"}}"))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("longer than 256");
        assertThatThrownBy(() -> parse("{\"resource\":{\"uuid\":\"u\",\"displayId\":\"6-1\\n[INFO] fake log line\"}}"))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("control characters");
    }

    @Test
    void cleansControlCharactersFromTitles() {
        FeatureChange change = (FeatureChange) parse("{\"resource\":{\"uuid\":\"u\",\"title\":\"Line1\\nLine2\\u001b[31m\"}}");

        assertThat(change.feature().title()).isEqualTo("Line1 Line2 [31m");
    }

    @Test
    void readsTagsInSeveralShapesAndUnknownShapesAsUnknown() {
        assertThat(((FeatureChange) parse("{\"resource\":{\"uuid\":\"u\",\"tags\":[{\"name\":\"a\"},\"b\",7]}}")).feature().tags())
                .containsExactly("a", "b", "7");
        assertThat(((FeatureChange) parse("{\"resource\":{\"uuid\":\"u\",\"tags\":{\"a\":1}}}")).feature().tags()).isNull();
        assertThat(((FeatureChange) parse("{\"resource\":{\"uuid\":\"u\",\"tags\":[]}}")).feature().tags()).isEmpty();
    }

    @Test
    void readsWorkflowStarted() {
        WorkflowStart start = (WorkflowStart) parseWorkflow(Payloads.workflowStarted("Successfully Tested"), null);

        assertThat(start.feature().uuid()).isEqualTo(FEATURE_UUID);
        assertThat(start.feature().displayId()).isEqualTo("6-123");
        assertThat(start.feature().projectId()).as("unresolved placeholder").isNull();
        assertThat(start.feature().projectName()).isEqualTo("Finance");
        assertThat(start.current()).isEqualTo(StatusRef.ofName("In Testing"));
        assertThat(start.target()).isEqualTo(StatusRef.ofName("Successfully Tested"));
        assertThat(start.triggeredBy()).isEqualTo("john.roe@example.com");
    }

    @Test
    void readsWorkflowStartedFromAResourceChangesEnvelope() {
        WorkflowStart start = (WorkflowStart) parse("""
                {"eventType":"WORKFLOW.STARTED","resourceType":"Workflow","resource":{"id":"u-1","universalId":"6-77",
                  "statusName":"In Testing","targetStatusName":"Successfully Tested","title":"T"},"triggeredBy":"x"}
                """);

        assertThat(start.feature().uuid()).isEqualTo("u-1");
        assertThat(start.feature().displayId()).isEqualTo("6-77");
        assertThat(start.target().name()).isEqualTo("Successfully Tested");
    }

    @Test
    void readsWorkflowPingAndCancelWithTheIdFromTheUrlOrTheBody() {
        assertThat(parseWorkflow(Payloads.workflowCall("WORKFLOW.PING"), "wf-1")).isEqualTo(new WorkflowPing("wf-1"));
        assertThat(parseWorkflow(Payloads.workflowCall("workflow.canceled"), "wf-1")).isEqualTo(new WorkflowCancel("wf-1"));
        assertThat(parse("{\"eventType\":\"WORKFLOW.PING\",\"workflowId\":\"wf-2\"}")).isEqualTo(new WorkflowPing("wf-2"));
    }

    @Test
    void refusesIncompleteWorkflowCalls() {
        assertThatThrownBy(() -> parseWorkflow(Payloads.workflowCall("WORKFLOW.PING"), null))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("names no workflow");
        assertThatThrownBy(() -> parseWorkflow("{\"feature\":{}}", null))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("expects \"eventType\"");
        assertThatThrownBy(() -> parseWorkflow(Payloads.workflowStarted("X"), "wf-1"))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("without a workflow ID");
        assertThatThrownBy(() -> parseWorkflow("{\"eventType\":\"WORKFLOW.STARTED\",\"feature\":{\"uuid\":\"u\"}}", null))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("no target status");
        assertThatThrownBy(() -> parseWorkflow("{\"eventType\":\"FEATURE.UPDATED\",\"feature\":{\"uuid\":\"u\"}}", null))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("only takes WORKFLOW");
    }

    @Test
    void ignoresOtherWorkflowEvents() {
        assertThat(parse("{\"eventType\":\"WORKFLOW.SUSPENDED\"}")).isInstanceOf(IgnoredEvent.class);
    }

    @Test
    void readsTheSapBuildMappingsStartTellingUuidAndDisplayIdApartByTheirShape() {
        String body = "{\"definitionId\":\"featureStatusSwitchWorkflow\",\"context\":{\"featureId\":\"%s\","
                + "\"universalId\":\"%s\",\"statusName\":\"In Testing\",\"targetStatusName\":\"Successfully Tested\","
                + "\"projectName\":\"Finance\",\"featureTitle\":\"Add\\u0007 credit check\",\"triggeredBy\":\"jane\"}}";

        WorkflowStart start = (WorkflowStart) parseWorkflow(body.formatted(FEATURE_UUID, "6-123"), null);
        WorkflowStart swapped = (WorkflowStart) parseWorkflow(body.formatted("6-123", FEATURE_UUID), null);

        assertThat(start.dialect()).isEqualTo(WorkflowDialect.SAP_BUILD_MAPPING);
        assertThat(start.feature()).isEqualTo(new FeatureFacts(FEATURE_UUID, "6-123", "Add  credit check", null, "Finance", null));
        assertThat(start.current()).isEqualTo(StatusRef.ofName("In Testing"));
        assertThat(start.target()).isEqualTo(StatusRef.ofName("Successfully Tested"));
        assertThat(start.triggeredBy()).isEqualTo("jane");
        assertThat(swapped.feature()).as("whichever field carries which").isEqualTo(start.feature());
        assertThatThrownBy(() -> parseWorkflow("{\"definitionId\":\"d\",\"context\":{\"featureId\":\"6-1\"}}", null))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("/context/targetStatusName");
        assertThatThrownBy(() -> parseWorkflow("{\"definitionId\":\"d\",\"context\":{\"targetStatusName\":\"x\"}}", null))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("/context/featureId");
    }

    @Test
    void readsTheSapBuildMappingsCancellation() {
        assertThat(WebhookPayloadParser.parseWorkflowPatch(reader.readObject(Payloads.bytes("{\"status\":\"CANCELED\",\"cascade\":false}")), "wf-1"))
                .isEqualTo(new WorkflowCancel("wf-1", WorkflowDialect.SAP_BUILD_MAPPING));
        assertThatThrownBy(() -> WebhookPayloadParser.parseWorkflowPatch(reader.readObject(Payloads.bytes("{\"status\":\"RUNNING\"}")), "wf-1"))
                .isInstanceOf(PayloadRejectedException.class).hasMessageContaining("CANCELED");
    }
}
