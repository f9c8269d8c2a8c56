package io.jenkins.plugins.calm.core.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Stores {@link DeploymentReport}s in the outbox, field by field. */
public final class DeploymentReportCodec implements PayloadCodec<DeploymentReport> {
    public static final String TYPE = "deployment-report";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ObjectNode encode(DeploymentReport report) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("idempotencyKey", report.idempotencyKey());
        json.put("createdAt", report.createdAt().toString());
        json.put("connection", report.connection().orElse(null));
        json.put("featureUuid", report.featureUuid().orElse(null));
        json.put("featureDisplayId", report.featureDisplayId().orElse(null));
        json.put("projectId", report.projectId().orElse(null));
        json.put("system", report.system());
        json.put("status", report.status().name());
        ArrayNode transports = json.putArray("transports");
        report.transports().forEach(transports::add);
        json.put("url", report.url().orElse(null));
        json.put("description", report.description().orElse(null));
        json.put("targetStatusName", report.targetStatusName().orElse(null));
        json.put("jobName", report.jobName());
        json.put("buildNumber", report.buildNumber());
        return json;
    }

    @Override
    public DeploymentReport decode(JsonNode json) {
        JsonNode transportsJson = json.path("transports");
        List<String> transports = new ArrayList<>();
        if (!transportsJson.isMissingNode() && !transportsJson.isNull()) {
            if (!transportsJson.isArray()) {
                throw new IllegalArgumentException("'transports' must be an array of strings");
            }
            for (JsonNode transport : transportsJson) {
                if (!transport.isTextual()) {
                    throw new IllegalArgumentException("'transports' must be an array of strings");
                }
                transports.add(transport.textValue());
            }
        }
        JsonNode buildNumber = json.path("buildNumber");
        if (!buildNumber.canConvertToInt()) {
            throw new IllegalArgumentException("'buildNumber' must be a number");
        }
        return DeploymentReport.builder()
                .idempotencyKey(StoredReport.text(json, "idempotencyKey", true))
                .createdAt(StoredReport.instant(json, "createdAt", true))
                .connection(StoredReport.text(json, "connection", false))
                .featureUuid(StoredReport.text(json, "featureUuid", false))
                .featureDisplayId(StoredReport.text(json, "featureDisplayId", false))
                .projectId(StoredReport.text(json, "projectId", false))
                .system(StoredReport.text(json, "system", true))
                .status(DeploymentStatus.parse(StoredReport.text(json, "status", true)))
                .transports(transports)
                .url(StoredReport.text(json, "url", false))
                .description(StoredReport.text(json, "description", false))
                .targetStatusName(StoredReport.text(json, "targetStatusName", false))
                .build(StoredReport.text(json, "jobName", true), buildNumber.intValue())
                .build();
    }
}
