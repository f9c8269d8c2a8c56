package io.jenkins.plugins.calm.core.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.webhook.payload.WorkflowDialect;
import io.jenkins.plugins.calm.core.webhook.workflow.ExternalResourceStatus;
import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowAnswer;
import java.util.Map;

/**
 * The HTTP answers of the endpoint. The rule behind them: a caller without the secret learns
 * nothing. A wrong secret, an unknown connection, a duplicate, an ignored event and "no job
 * matches" all get the same {@link #accepted} answer, so the endpoint is no oracle for secrets or
 * job names. Only problems that do not depend on any secret get their own answer (a missing
 * Authorization header, a query-string secret, a too-large or non-JSON body), and malformed
 * payloads are reported only to authenticated callers.
 */
public final class WebhookAnswers {

    /** The realm announced on 401, for destinations that wait for a challenge. */
    static final String REALM = "Basic realm=\"Cloud ALM webhook\", charset=\"UTF-8\"";

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookAnswers() {
    }

    /** 202 {@code {"status":"accepted","delivery":"<id>"}}: the answer shared by "bad secret" and "nothing to do". */
    public static WebhookResponse accepted(String deliveryId) {
        ObjectNode body = JSON.createObjectNode().put("status", "accepted").put("delivery", deliveryId);
        return new WebhookResponse(202, body.toString(), Map.of());
    }

    /** 401 with a challenge: no Authorization header. */
    public static WebhookResponse authenticationRequired() {
        return new WebhookResponse(401, error("authentication required: send the webhook secret in the Authorization"
                + " header (Basic password or Bearer token)"), Map.of("WWW-Authenticate", REALM));
    }

    /** 401: the secret came in the query string, which this endpoint does not accept here. */
    public static WebhookResponse querySecretRefused() {
        return new WebhookResponse(401, error("a secret in the query string is not accepted here: send it in the"
                + " Authorization header"), Map.of("WWW-Authenticate", REALM));
    }

    /**
     * 405 for a method the URL does not take.
     *
     * @param allowed the methods it takes, e.g. {@code POST}
     */
    public static WebhookResponse methodNotAllowed(String allowed) {
        return new WebhookResponse(405, error("use " + allowed.replace(", ", " or ")), Map.of("Allow", allowed));
    }

    /** 413 for a body over the limit. */
    public static WebhookResponse tooLarge(int limit) {
        return new WebhookResponse(413, error("the body is larger than " + limit + " bytes"), Map.of());
    }

    /** 415 for a body not declared as JSON. */
    public static WebhookResponse unsupportedMediaType() {
        return new WebhookResponse(415, error("Content-Type must be application/json"), Map.of());
    }

    /** 400 with the parser's short reason. */
    public static WebhookResponse malformed(String reason) {
        return new WebhookResponse(400, error(reason), Map.of());
    }

    /**
     * 503 with {@code Retry-After} when the work queue behind the endpoint is full: the delivery was
     * not looked at (so not recorded as received), and a redelivery is handled normally.
     */
    public static WebhookResponse busy(String deliveryId) {
        return new WebhookResponse(503, error("busy with earlier deliveries; deliver again later (delivery " + deliveryId + ")"),
                Map.of("Retry-After", "30"));
    }

    /** 500 when handling failed; the delivery ID leads to the log. */
    public static WebhookResponse internalError(String deliveryId) {
        return new WebhookResponse(500, error("internal error; the Jenkins log has details under delivery " + deliveryId),
                Map.of());
    }

    /**
     * 200 with the approval workflow's state, in the shape the calling mapping reads: {@code {"id",
     * "workflowId", "decision", "status", "approvers"}}, where {@code status} is Cloud ALM's {@code
     * externalResourceStatus} for the plugin's mapping and SAP Build's workflow status for the
     * SAP Build mapping (also as {@code workflowStatus}, which its decision poll reads).
     */
    public static WebhookResponse workflow(WorkflowAnswer answer, WorkflowDialect dialect) {
        String status = dialect == WorkflowDialect.SAP_BUILD_MAPPING ? sapBuildStatus(answer.status()) : answer.status().name();
        ObjectNode body = JSON.createObjectNode()
                .put("id", answer.workflowId())
                .put("workflowId", answer.workflowId())
                .put("decision", answer.decision().name())
                .put("status", status);
        if (dialect == WorkflowDialect.SAP_BUILD_MAPPING) {
            body.put("workflowStatus", status);
        }
        body.putArray("approvers").add("Jenkins");
        return new WebhookResponse(200, body.toString(), Map.of());
    }

    /** The SAP Build workflow status whose switch in SAP's mapping yields {@code status} (reference §7.3). */
    private static String sapBuildStatus(ExternalResourceStatus status) {
        switch (status) {
            case STARTED:
                return "RUNNING";
            case COMPLETED:
                return "COMPLETED";
            default:
                return "ERRONEOUS";
        }
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }
}
