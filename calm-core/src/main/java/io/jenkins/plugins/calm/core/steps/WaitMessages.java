package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.wait.FeatureState;
import io.jenkins.plugins.calm.core.wait.PollingProblem;
import io.jenkins.plugins.calm.core.wait.StatusChange;
import io.jenkins.plugins.calm.core.wait.WaitCondition;
import io.jenkins.plugins.calm.core.wait.WaitProgress;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build-log lines of {@code calmWaitForStatus}: one when it starts, one per status change,
 * one per polling problem, one at the end. Status codes appear as their display names, features as
 * their display IDs.
 */
public final class WaitMessages {
    private final StatusCatalog catalog;
    private final Map<String, String> labelByUuid;
    private final WaitCondition condition;

    /**
     * @param labelByUuid display ID of each feature of the wait, by UUID (a UUID without one is
     *     shown as is)
     */
    public WaitMessages(StatusCatalog catalog, Map<String, String> labelByUuid, WaitCondition condition) {
        this.catalog = catalog;
        this.labelByUuid = Collections.unmodifiableMap(new LinkedHashMap<>(labelByUuid));
        this.condition = condition;
    }

    /** E.g. "Waiting for Cloud ALM feature 6-123 to reach In Testing (fails on Not Planned)". */
    public String waiting(List<String> featureUuids) {
        List<String> labels = new ArrayList<>();
        featureUuids.forEach(uuid -> labels.add(label(uuid)));
        String features = labels.size() == 1 ? "Cloud ALM feature " + labels.get(0)
                : "Cloud ALM features " + String.join(", ", labels);
        return "Waiting for " + features + " to reach " + catalog.namesOf(condition.acceptableCodes(), "or")
                + (condition.failOnCodes().isEmpty() ? ""
                        : " (fails on " + catalog.namesOf(condition.failOnCodes(), "or") + ")");
    }

    /** E.g. "Cloud ALM feature 6-123: In Implementation → In Testing (webhook)". */
    public String change(StatusChange change) {
        return "Cloud ALM feature " + label(change.featureUuid()) + ": " + transition(change);
    }

    /** The change alone, for a line that names the feature itself: "In Implementation → In Testing (webhook)". */
    public String transition(StatusChange change) {
        String to = catalog.nameOf(change.current().statusCode());
        String how = change.source() == StatusChange.Source.EVENT ? "webhook" : "poll";
        return (change.previousCode() == null ? "is " + to : catalog.nameOf(change.previousCode()) + " → " + to)
                + " (" + how + ")";
    }

    public String problem(PollingProblem problem) {
        return "Cannot read feature statuses from Cloud ALM (" + problem.message() + "); trying again at "
                + problem.nextAttemptAt() + ". A webhook event still ends the wait at once.";
    }

    /**
     * Where a running wait stands, for Jenkins' step status (thread dumps, the Pipeline's step view): e.g.
     * "6-123 is In Implementation; waiting for In Testing; next check at 2026-11-23T10:00:10Z".
     */
    public String progress(WaitProgress progress) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> feature : labelByUuid.entrySet()) {
            FeatureState state = progress.states().get(feature.getKey());
            parts.add(feature.getValue() + (state == null ? " has no known status yet"
                    : " is " + catalog.nameOf(state.statusCode())));
        }
        String text = String.join(", ", parts) + "; waiting for " + catalog.namesOf(condition.acceptableCodes(), "or")
                + "; next check at " + progress.nextCheckAt();
        return progress.firstProblem().map(p -> text + "; status queries fail: " + p.message()).orElse(text);
    }

    /** The closing line; for failures it is the error message of the step. */
    public String result(WaitResult result) {
        switch (result.outcome()) {
            case SUCCEEDED:
                return "Cloud ALM " + (result.states().size() == 1 ? "feature " : "features ")
                        + states(result.states(), false);
            case FAILED:
                FeatureState failed = result.states().get(result.featureUuid());
                return "Cloud ALM feature " + label(result.featureUuid()) + " is "
                        + (failed == null ? "in a fail-on status" : catalog.nameOf(failed.statusCode()))
                        + ", which ends this wait with failure (failOn: " + catalog.namesOf(condition.failOnCodes(), "or")
                        + ")";
            case TIMED_OUT:
                return "Timed out waiting for " + catalog.namesOf(condition.acceptableCodes(), "or") + ". "
                        + (result.states().isEmpty() ? "No status was ever read" : "Last seen: " + states(result.states(), true))
                        + ". " + result.detail() + ".";
            case ABORTED:
                return "Wait aborted: " + result.detail();
            default:
                return result.detail();
        }
    }

    private String states(Map<String, FeatureState> states, boolean withTime) {
        List<String> parts = new ArrayList<>();
        states.forEach((uuid, state) -> parts.add(label(uuid) + " " + catalog.nameOf(state.statusCode())
                + (withTime ? " (at " + state.observedAt() + ")" : "")));
        return String.join(", ", parts);
    }

    private String label(String uuid) {
        return labelByUuid.getOrDefault(uuid, uuid);
    }
}
