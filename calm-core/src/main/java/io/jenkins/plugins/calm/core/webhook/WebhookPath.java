package io.jenkins.plugins.calm.core.webhook;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a webhook URL below the endpoint's root: {@code [/<connection>][/workflow[/<id>]]}.
 * A first segment that names a configured connection is that connection; a first segment
 * {@code workflow} that does not is the workflow marker (so do not name a connection "workflow").
 *
 * @param connectionName the connection named in the URL, or {@code null} for the default one
 * @param workflow whether the URL is the approval workflow's
 * @param workflowId the workflow ID in the URL, or {@code null}
 * @param valid whether the URL has one of the shapes above
 */
record WebhookPath(String connectionName, boolean workflow, String workflowId, boolean valid) {

    static final String WORKFLOW_SEGMENT = "workflow";

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
            return new WebhookPath(connection, false, null, true);
        }
        boolean workflow = segments.get(0).equals(WORKFLOW_SEGMENT);
        if (workflow && segments.size() <= 2) {
            return new WebhookPath(connection, true, segments.size() == 2 ? segments.get(1) : null, true);
        }
        return new WebhookPath(connection, false, null, false);
    }
}
