package io.jenkins.plugins.calm.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookAuthPolicy;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookSecret;
import io.jenkins.plugins.calm.core.webhook.gate.RequestBody;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFieldMapping;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The mappings users paste from docs/webhooks.md produce payloads the endpoint reads, and the
 * answers carry every field the workflow mapping's response side reads. Placeholders are filled
 * the way Cloud ALM would; unknown ones are left as their literal text, which must also work.
 */
class DocumentedMappingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOC = Path.of("..", "docs", "webhooks.md");
    private static final String SECRET = "documented-mapping-secret-123456";
    private static final Pattern PLACEHOLDER = Pattern.compile("#\\{([^}]*)\\}");
    private static final Map<String, String> CLOUD_ALM_VALUES = Map.of(
            "item.id", "9f0c2b1e-0000-4000-8000-000000000123",
            "item.universalId", "6-123",
            "item.title", "Add credit check",
            "item.statusName", "In Testing",
            "item.targetStatusName", "Successfully Tested",
            "item.projectName", "Finance",
            "triggeredBy", "john.roe@example.com",
            "@CLOUD_ALM_URL", "https://tenant.eu10.alm.cloud.sap");

    private final Map<String, BuildState> jenkins = new HashMap<>();
    private final WebhookHandler handler = WebhookHandler.builder(
                    WebhookConnections.of(List.of(new WebhookConnection("prod",
                            WebhookAuthPolicy.requireSecret(WebhookSecret.of(SECRET)), null, StatusNameResolver.NONE))),
                    new TriggerRouter(List.of(
                            TriggerSpec.onStatus("promote-qa", "prod", "In Testing"),
                            TriggerSpec.onStatus("gate", "prod", "Successfully Tested").reactingTo(false, true))),
                    handle -> jenkins.getOrDefault(handle, BuildState.NOT_FOUND))
            .build();

    private static JsonNode documentedBlock(String name) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- mapping:" + name + " -->\\s*```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(block.find()).as("docs/webhooks.md has the %s mapping", name).isTrue();
        return JSON.readTree(block.group(1));
    }

    /** Fills placeholders as Cloud ALM would; the ones it may not know stay literal. */
    private static JsonNode resolve(JsonNode template, Map<String, String> values) {
        if (template.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(template.asText());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
            }
            m.appendTail(out);
            return TextNode.valueOf(out.toString());
        }
        if (template.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> field : template.properties()) {
                copy.set(field.getKey(), resolve(field.getValue(), values));
            }
            return copy;
        }
        return template;
    }

    private WebhookResult post(String path, JsonNode body) {
        String authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("cloudalm:" + SECRET).getBytes(StandardCharsets.UTF_8));
        return handler.handle(new WebhookRequest("POST", path, authorization, "application/json", null,
                RequestBody.of(body.toString().getBytes(StandardCharsets.UTF_8), 1 << 20)));
    }

    /** @return the response fields a mapping's response side reads, e.g. {@code #{decision}} → decision */
    private static List<String> fieldsRead(JsonNode responseMapping) {
        List<String> fields = new ArrayList<>();
        responseMapping.forEach(value -> {
            Matcher m = PLACEHOLDER.matcher(value.asText());
            while (m.find()) {
                fields.add(m.group(1));
            }
        });
        return fields;
    }

    @Test
    void theFeatureMappingsPayloadStartsTheMatchingJob() throws IOException {
        JsonNode mapping = documentedBlock("feature");
        assertThat(mapping.at("/eventTypeMapping/operationMappings/0/operation").asText()).isEqualTo("POST");

        WebhookResult result = post("/prod", resolve(mapping.at("/structure/request"), CLOUD_ALM_VALUES));

        assertThat(result.outcome()).as(result.logLine()).isEqualTo(DeliveryOutcome.DISPATCHED);
        Dispatch.StartBuilds start = (Dispatch.StartBuilds) result.dispatches().get(1);
        assertThat(start.request().environment())
                .containsEntry("CALM_FEATURE_UUID", "9f0c2b1e-0000-4000-8000-000000000123")
                .containsEntry("CALM_FEATURE_TITLE", "Add credit check")
                .containsEntry("CALM_FEATURE_STATUS", "In Testing");
    }

    @Test
    void theWorkflowMappingRunsTheWholeContract() throws IOException {
        JsonNode mapping = documentedBlock("workflow");
        JsonNode operations = mapping.at("/eventTypeMapping/operationMappings");
        JsonNode startedOp = operations.get(0);
        assertThat(startedOp.path("eventType").asText()).isEqualTo("WORKFLOW.STARTED");

        WebhookResult started = post("/prod" + startedOp.path("path").asText(), resolve(mapping.at("/structure/request"), CLOUD_ALM_VALUES));

        JsonNode startAnswer = JSON.readTree(started.response().body());
        assertThat(started.outcome()).as(started.logLine()).isEqualTo(DeliveryOutcome.WORKFLOW_STARTED);
        assertThat(startAnswer.at(startedOp.path("externalIdProperty").asText()).asText()).isNotBlank();
        assertThat(fieldsRead(mapping.at("/structure/response"))).allSatisfy(field -> assertThat(startAnswer.has(field)).isTrue());
        assertThat(startAnswer.path("status").asText()).isIn("STARTED", "COMPLETED", "FAILED");
        String workflowId = startAnswer.at(startedOp.path("externalIdProperty").asText()).asText();
        Map<String, String> withId = new HashMap<>(CLOUD_ALM_VALUES);
        withId.put("@CLOUD_ALM_EXTERNAL_ID", workflowId);
        handler.workflows().buildScheduled(workflowId, "gate", "gate#1");
        jenkins.put("gate#1", BuildState.SUCCEEDED);

        JsonNode pingOp = operations.get(1);
        WebhookResult ping = post("/prod" + resolve(pingOp.path("path"), withId).asText(), resolve(pingOp.at("/structure/request"), withId));

        JsonNode pingAnswer = JSON.readTree(ping.response().body());
        assertThat(pingOp.path("eventType").asText()).isEqualTo("WORKFLOW.PING");
        assertThat(fieldsRead(pingOp.at("/structure/response"))).allSatisfy(field -> assertThat(pingAnswer.has(field)).isTrue());
        assertThat(pingAnswer.path("decision").asText()).isEqualTo("APPROVED");

        JsonNode cancelOp = operations.get(2);
        WebhookResult cancel = post("/prod" + resolve(cancelOp.path("path"), withId).asText(), resolve(cancelOp.at("/structure/request"), withId));

        assertThat(cancelOp.path("eventType").asText()).isEqualTo("WORKFLOW.CANCELED");
        assertThat(cancel.outcome()).isEqualTo(DeliveryOutcome.WORKFLOW_CANCELED);
        assertThat(fieldsRead(cancelOp.at("/structure/response")))
                .allSatisfy(field -> assertThat(JSON.readTree(cancel.response().body()).has(field)).isTrue());
    }

    @Test
    void theCustomMappingExampleIsValid() throws IOException {
        FeatureFieldMapping mapping = FeatureFieldMapping.parse(documentedBlock("custom").toString());

        assertThat(mapping.toString()).contains("resourceChanges");
    }
}
