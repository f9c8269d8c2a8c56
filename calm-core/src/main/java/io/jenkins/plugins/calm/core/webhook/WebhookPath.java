package io.jenkins.plugins.calm.core.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The part of a webhook URL below the endpoint's root: {@code [/<connection>][/workflow[/<id>[/outputs]]]}.
 * A first segment that names a configured connection is that connection; a first segment
 * {@code workflow} that does not is the workflow marker (so do not name a connection "workflow").
 * {@code /workflow/<id>/outputs} is where Cloud ALM's built-in SAP Build mapping polls a decision.
 *
 * @param connectionName the connection named in the URL, or {@code null} for the default one
 * @param workflow whether the URL is the approval workflow's
 * @param workflowId the workflow ID in the URL, or {@code null}
 * @param outputs whether the URL is a workflow's {@code /outputs} (SAP Build's decision poll)
 * @param valid whether the URL has one of the shapes above
 */
record WebhookPath(String connectionName, boolean workflow, String workflowId, boolean outputs, boolean valid) {

    static final String WORKFLOW_SEGMENT = "workflow";
    static final String OUTPUTS_SEGMENT = "outputs";

    static WebhookPath parse(String path, WebhookConnections connections) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        String connection = null;
        if (!segments.isEmpty()
                && (connections.named(segments.get(0)).isPresent() || !segments.get(0).equals(WORKFLOW_SEGMENT))) {
            connection = segments.remove(0);
        }
        if (segments.isEmpty()) {
            return new WebhookPath(connection, false, null, false, true);
        }
        if (!segments.get(0).equals(WORKFLOW_SEGMENT)) {
            return new WebhookPath(connection, false, null, false, false);
        }
        switch (segments.size()) {
            case 1:
                return new WebhookPath(connection, true, null, false, true);
            case 2:
                return new WebhookPath(connection, true, segments.get(1), false, true);
            case 3:
                if (segments.get(2).equals(OUTPUTS_SEGMENT)) {
                    return new WebhookPath(connection, true, segments.get(1), true, true);
                }
                return new WebhookPath(connection, false, null, false, false);
            default:
                return new WebhookPath(connection, false, null, false, false);
        }
    }

    /**
     * Which HTTP methods this URL takes: POST everywhere (an invalid URL still goes through
     * authentication before it is answered), and the two methods of SAP Build's workflow
     * contract where that contract uses them: GET for {@code /workflow/<id>/outputs}, PATCH for
     * {@code /workflow/<id>}.
     */
    boolean allows(String method) {
        switch (method.toUpperCase(Locale.ROOT)) {
            case "POST":
                return !outputs;
            case "GET":
                return outputs;
            case "PATCH":
                return valid && workflow && workflowId != null && !outputs;
            default:
                return false;
        }
    }

    /** @return the value of an {@code Allow} header for this URL */
    String allowed() {
        if (outputs) {
            return "GET";
        }
        return valid && workflow && workflowId != null ? "POST, PATCH" : "POST";
    }
}
