package io.jenkins.plugins.calm.core.webhook.payload;

import java.nio.charset.StandardCharsets;

/** Sample deliveries, shaped as reference §7 and docs/webhooks.md describe them. Status codes are synthetic. */
public final class Payloads {

    public static final String FEATURE_UUID = "9f0c2b1e-0000-4000-8000-000000000123";
    public static final String PROJECT_ID = "3532c9fd-0000-4000-8000-000000000001";

    private Payloads() {
    }

    /** The Resource Changes envelope with the whole feature as {@code resource}, as the sandbox sends it. */
    public static String resourceChange(String eventId, String statusCode, String statusName) {
        return """
                {"subscriptionId":"sub-42","resourceType":"Feature","eventType":"FEATURE.UPDATED",%s
                 "resourceId":"%s",
                 "resource":{"uuid":"%s","displayId":"6-123","title":"Add credit check","projectId":"%s",
                   "statusCode":%s,"statusName":%s,
                   "previousStatusCode":"T_IMP","previousStatusName":"In Implementation",
                   "priorityCode":20,"releaseId":null,"tags":["payments","q3"],
                   "createdAt":"2026-01-10T09:12:00Z","modifiedAt":"2026-02-01T14:03:11Z",
                   "description":"<p>Check the <b>credit</b> limit</p>"}}
                """.formatted(
                eventId == null ? "" : "\"eventId\":\"" + eventId + "\",",
                FEATURE_UUID, FEATURE_UUID, PROJECT_ID,
                statusCode == null ? "null" : "\"" + statusCode + "\"",
                statusName == null ? "null" : "\"" + statusName + "\"");
    }

    /** The payload of the recommended mapping, placeholders resolved. */
    public static String recommended(String statusName) {
        return """
                {"calmJenkins":"feature-event/1","eventType":"FEATURE.UPDATED","eventId":"evt-7","subscriptionId":"sub-9",
                 "feature":{"uuid":"%s","displayId":"6-124","title":"Ship invoices","projectId":"%s",
                   "projectName":"Finance","statusCode":"","statusName":"%s","previousStatusName":"In Implementation",
                   "modifiedAt":"2026-02-02T08:00:00.123+01:00","tags":"payments, q3"}}
                """.formatted(FEATURE_UUID, PROJECT_ID, statusName);
    }

    /** WORKFLOW.STARTED as the shipped workflow mapping sends it. */
    public static String workflowStarted(String target) {
        return """
                {"calmJenkins":"workflow/1","eventType":"WORKFLOW.STARTED",
                 "feature":{"uuid":"%s","displayId":"6-123","title":"Add credit check","projectId":"#{item.projectId}",
                   "projectName":"Finance","statusName":"In Testing","targetStatusName":"%s","priorityName":"High",
                   "responsibleId":"jane.doe@example.com"},
                 "triggeredBy":"john.roe@example.com",
                 "linkToFeature":"https://tenant.eu10.alm.cloud.sap/launchpad#feature-display"}
                """.formatted(FEATURE_UUID, target);
    }

    public static String workflowCall(String eventType) {
        return "{\"calmJenkins\":\"workflow/1\",\"eventType\":\"" + eventType + "\"}";
    }

    public static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
