package io.jenkins.plugins.calm.core.webhook.routing;

import java.util.List;

/**
 * The router's decision for one event.
 *
 * @param outcome what was decided
 * @param triggers the matched triggers ({@link Outcome#MATCHED} only)
 * @param request the build environment and cause for every matched trigger ({@link Outcome#MATCHED} only)
 * @param statusName the resolved display name of the status that was routed, or {@code null}
 * @param detail for the delivery log: what was missing, or which status found no trigger
 */
public record RoutingResult(Outcome outcome, List<TriggerSpec> triggers, BuildRequest request, String statusName, String detail) {

    /** What the router decided. */
    public enum Outcome {
        /** At least one trigger matched: start {@link #triggers()}. */
        MATCHED,
        /** No trigger matches; nothing to start. */
        NO_MATCH,
        /**
         * A fact needed to decide is missing from the payload (the status, or the project, title or
         * tags some candidate trigger filters on): read the feature, complete the event, route again.
         */
        NEEDS_FEATURE,
        /**
         * The status code is not in the connection's status list and the payload names no status:
         * refresh the connection's {@code /FeatureStatus} list, then route again.
         */
        UNKNOWN_STATUS_CODE
    }

    public RoutingResult {
        triggers = List.copyOf(triggers);
    }

    static RoutingResult matched(List<TriggerSpec> triggers, BuildRequest request, String statusName) {
        return new RoutingResult(Outcome.MATCHED, triggers, request, statusName, triggers.size() + " trigger(s) matched");
    }

    static RoutingResult noMatch(String statusName, String detail) {
        return new RoutingResult(Outcome.NO_MATCH, List.of(), null, statusName, detail);
    }

    static RoutingResult needsFeature(String statusName, String detail) {
        return new RoutingResult(Outcome.NEEDS_FEATURE, List.of(), null, statusName, detail);
    }

    static RoutingResult unknownStatusCode(String code) {
        return new RoutingResult(Outcome.UNKNOWN_STATUS_CODE, List.of(), null, null,
                "status code '" + code + "' is not in the connection's status list");
    }
}
