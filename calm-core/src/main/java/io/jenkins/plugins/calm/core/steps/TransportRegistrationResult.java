package io.jenkins.plugins.calm.core.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code calmRegisterTransport} did.
 *
 * @param feature the feature the transports belong to
 * @param transports the transport IDs registered: the new transport request in upload mode, the
 *     given transports otherwise
 * @param transportRequestId the transport request created in upload mode; {@code null} otherwise
 * @param node the node of upload mode; {@code null} otherwise
 * @param mode upload or export in upload mode; {@code null} otherwise
 * @param referenceName the name of the URL reference that links the build to the feature
 */
public record TransportRegistrationResult(FeatureSummary feature, List<String> transports, Long transportRequestId,
        String node, RegisterTransportOptions.Mode mode, String referenceName) {

    public TransportRegistrationResult {
        transports = List.copyOf(transports);
    }

    /**
     * The step's return value: only strings and plain lists of strings, so that sandboxed Pipeline
     * scripts can read every entry ({@code result.transportRequestId}) and Pipeline can store it.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = StepResults.feature(feature);
        map.put("transports", new ArrayList<>(transports));
        map.put("transportRequestId", transportRequestId == null ? null : Long.toString(transportRequestId));
        map.put("node", node);
        map.put("mode", mode == null ? null : mode.optionValue());
        map.put("reference", referenceName);
        return map;
    }
}
