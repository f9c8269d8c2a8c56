package io.jenkins.plugins.calm.core.steps;

import static io.jenkins.plugins.calm.core.steps.TransportActivity.ASSIGN;
import static io.jenkins.plugins.calm.core.steps.TransportActivity.CREATE_TRANSPORT_OF_COPIES;
import static io.jenkins.plugins.calm.core.steps.TransportActivity.CREATE_TRANSPORT_REQUEST;
import static io.jenkins.plugins.calm.core.steps.TransportActivity.DEPLOY;
import static io.jenkins.plugins.calm.core.steps.TransportActivity.RELEASE;
import static io.jenkins.plugins.calm.core.steps.TransportActivity.UNASSIGN;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which transport activities each feature status allows, so a step can stop with a clear message
 * before Cloud ALM refuses (or, worse, before a deployment the feature's status forbids).
 *
 * <p>{@link #standard()} is SAP's published table (SAP Learning, "Planning and orchestrating
 * deployments with SAP Cloud ALM"). Where SAP's own pages disagree (unassigning in Not Planned)
 * the rules allow the activity and leave the last word to Cloud ALM. Statuses are matched by
 * display name, in any case; a status the rules do not know is reported as such, not refused.
 */
public final class TransportActivityRules {
    private final Map<String, Set<TransportActivity>> allowedByStatus;
    private final Map<String, String> displayNames;

    private TransportActivityRules(Map<String, Set<TransportActivity>> allowed) {
        Map<String, Set<TransportActivity>> byKey = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        allowed.forEach((status, activities) -> {
            String key = StatusNames.key(status);
            byKey.put(key, activities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(activities)));
            names.put(key, status.strip());
        });
        this.allowedByStatus = Collections.unmodifiableMap(byKey);
        this.displayNames = Collections.unmodifiableMap(names);
    }

    /** Rules from a status → allowed-activities map (e.g. an administrator's adapted table). */
    public static TransportActivityRules of(Map<String, Set<TransportActivity>> allowed) {
        return new TransportActivityRules(allowed);
    }

    /** SAP's published table of transport activities per feature status. */
    public static TransportActivityRules standard() {
        Map<String, Set<TransportActivity>> table = new LinkedHashMap<>();
        table.put("Not Planned", EnumSet.of(UNASSIGN));
        table.put("In Specification", EnumSet.of(CREATE_TRANSPORT_REQUEST, ASSIGN, UNASSIGN));
        table.put("In Implementation", EnumSet.allOf(TransportActivity.class));
        table.put("In Testing", EnumSet.allOf(TransportActivity.class));
        table.put("Successfully Tested", EnumSet.of(RELEASE, DEPLOY));
        table.put("Ready for Production", EnumSet.of(ASSIGN, RELEASE, DEPLOY));
        table.put("Deployed", EnumSet.noneOf(TransportActivity.class));
        return new TransportActivityRules(table);
    }

    /**
     * @param featureLabel the feature as the user knows it (display ID), for the message
     * @param statusName the feature's current status display name
     */
    public ActivityCheck check(String featureLabel, String statusName, TransportActivity activity) {
        Set<TransportActivity> allowed = allowedByStatus.get(StatusNames.key(statusName));
        if (allowed == null) {
            return new ActivityCheck(ActivityCheck.Verdict.UNKNOWN_STATUS, "Feature " + featureLabel + " is in status '"
                    + statusName + "', which is not in the transport rules (" + String.join(", ", displayNames.values())
                    + "); not checking whether it allows " + activity.description() + ", Cloud ALM will decide");
        }
        if (allowed.contains(activity)) {
            return new ActivityCheck(ActivityCheck.Verdict.ALLOWED, null);
        }
        List<String> allowing = statusesAllowing(activity);
        return new ActivityCheck(ActivityCheck.Verdict.NOT_ALLOWED, "Feature " + featureLabel + " is in status '"
                + displayNames.get(StatusNames.key(statusName)) + "', which does not allow " + activity.description() + "; "
                + (allowing.isEmpty() ? "no status allows it"
                        : "statuses that allow it: " + String.join(", ", allowing)
                                + ". Move the feature to one of them in Cloud ALM first"));
    }

    /** Display names of the statuses that allow {@code activity}, in workflow order. */
    public List<String> statusesAllowing(TransportActivity activity) {
        List<String> allowing = new ArrayList<>();
        allowedByStatus.forEach((key, activities) -> {
            if (activities.contains(activity)) {
                allowing.add(displayNames.get(key));
            }
        });
        return allowing;
    }
}
