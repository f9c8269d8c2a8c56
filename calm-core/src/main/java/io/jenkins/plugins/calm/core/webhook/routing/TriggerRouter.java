package io.jenkins.plugins.calm.core.webhook.routing;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.StatusNames;
import io.jenkins.plugins.calm.core.webhook.payload.StatusRef;
import io.jenkins.plugins.calm.core.webhook.payload.WorkflowStart;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerIndex.Bucket;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerIndex.Compiled;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides which configured triggers an event starts.
 *
 * <p>Triggers name statuses by display name; events may carry a code, a name or both. A code is
 * resolved through the connection's {@link StatusNameResolver} first (the tenant's own list, in
 * the same language as the trigger configuration); the payload's name is the fallback. When a
 * fact some candidate trigger needs is missing, the router says so ({@link
 * RoutingResult.Outcome#NEEDS_FEATURE}) instead of silently matching nothing.
 *
 * <p>Thread-safe: routing reads an immutable index that {@link #replaceTriggers} swaps.
 */
public final class TriggerRouter {

    private volatile TriggerIndex index;

    public TriggerRouter(Collection<TriggerSpec> triggers) {
        this.index = new TriggerIndex(triggers);
    }

    /** Replaces the configured triggers, e.g. after a job was saved. */
    public void replaceTriggers(Collection<TriggerSpec> triggers) {
        this.index = new TriggerIndex(triggers);
    }

    /** @return how many triggers are configured */
    public int triggerCount() {
        return index.size();
    }

    /** Routes a status change to the triggers with {@code onStatusChange}. */
    public RoutingResult route(FeatureChange change, StatusNameResolver resolver) {
        StatusRef status = change.status();
        if (status.isUnknown()) {
            return RoutingResult.needsFeature(null, "the payload does not say which status the feature is in");
        }
        String statusName = displayName(status, resolver);
        if (statusName == null) {
            return RoutingResult.unknownStatusCode(status.code());
        }
        Bucket bucket = index.statusChange(change.connection(), StatusNames.normalize(statusName));
        Selection selection = select(bucket, change.feature(), statusName);
        if (selection.result != null) {
            return selection.result;
        }
        String previousName = change.previousStatus().isUnknown() ? null : displayName(change.previousStatus(), resolver);
        FeatureFacts feature = change.feature();
        Map<String, String> env = environment(change.connection(), feature, statusName, previousName, change.eventId());
        String cause = "Cloud ALM feature " + feature.label() + " moved to " + statusName;
        return RoutingResult.matched(selection.matches, new BuildRequest(env, cause), statusName);
    }

    /**
     * Routes an approval request ({@code WORKFLOW.STARTED}) to the triggers with {@code
     * onApprovalRequest} whose target statuses include the switch's target. The request's event
     * ID is empty until the workflow ID is known ({@link BuildRequest#withWorkflowId}).
     */
    public RoutingResult routeApproval(String connection, WorkflowStart start, StatusNameResolver resolver) {
        String targetName = displayName(start.target(), resolver);
        if (targetName == null) {
            return RoutingResult.unknownStatusCode(start.target().code());
        }
        Bucket bucket = index.approval(connection, StatusNames.normalize(targetName));
        Selection selection = select(bucket, start.feature(), targetName);
        if (selection.result != null) {
            return selection.result;
        }
        String currentName = start.current().isUnknown() ? null : displayName(start.current(), resolver);
        FeatureFacts feature = start.feature();
        Map<String, String> env = environment(connection, feature, currentName, null, "");
        env.put(BuildRequest.TARGET_STATUS, targetName);
        String cause = "Cloud ALM feature " + feature.label() + " requests approval to move to " + targetName;
        return RoutingResult.matched(selection.matches, new BuildRequest(env, cause), targetName);
    }

    /** The triggers of a bucket that match the feature, or the reason no decision is possible. */
    private static final class Selection {
        final List<TriggerSpec> matches;
        final RoutingResult result;

        Selection(List<TriggerSpec> matches, RoutingResult result) {
            this.matches = matches;
            this.result = result;
        }
    }

    private static Selection select(Bucket bucket, FeatureFacts feature, String statusName) {
        if (bucket == null) {
            return new Selection(null, RoutingResult.noMatch(statusName, "no trigger waits for status '" + statusName + "'"));
        }
        List<Compiled> projectBound = List.of();
        if (bucket.hasProjectBound()) {
            if (feature.projectId() != null) {
                projectBound = bucket.byProjectId.getOrDefault(TriggerIndex.projectIdKey(feature.projectId()), List.of());
            } else if (feature.projectName() != null && bucket.projectBoundWithoutName == 0) {
                projectBound = bucket.byProjectName.getOrDefault(StatusNames.normalize(feature.projectName()), List.of());
            } else {
                return new Selection(null, RoutingResult.needsFeature(statusName,
                        "triggers for status '" + statusName + "' are limited to projects and the payload has no project ID"));
            }
        }
        List<TriggerSpec> matches = new ArrayList<>(2);
        Set<String> missing = null;
        List<String> eventTags = null;
        Map<Pattern, Boolean> titleMatches = null;
        for (int i = 0, n = bucket.anyProject.size() + projectBound.size(); i < n; i++) {
            Compiled candidate = i < bucket.anyProject.size() ? bucket.anyProject.get(i) : projectBound.get(i - bucket.anyProject.size());
            if (!candidate.tags.isEmpty()) {
                if (feature.tags() == null) {
                    missing = addMissing(missing, "tags");
                    continue;
                }
                if (eventTags == null) {
                    eventTags = lowerCase(feature.tags());
                }
                if (!containsAny(eventTags, candidate.tags)) {
                    continue;
                }
            }
            if (candidate.title != null) {
                if (feature.title() == null) {
                    missing = addMissing(missing, "title");
                    continue;
                }
                if (titleMatches == null) {
                    titleMatches = new IdentityHashMap<>();
                }
                Boolean found = titleMatches.get(candidate.title);
                if (found == null) {
                    found = candidate.title.matcher(feature.title()).find();
                    titleMatches.put(candidate.title, found);
                }
                if (!found) {
                    continue;
                }
            }
            matches.add(candidate.spec);
        }
        if (missing != null) {
            return new Selection(null, RoutingResult.needsFeature(statusName,
                    "triggers for status '" + statusName + "' filter on " + String.join(" and ", missing)
                            + ", which the payload does not carry"));
        }
        if (matches.isEmpty()) {
            return new Selection(null, RoutingResult.noMatch(statusName,
                    "triggers wait for status '" + statusName + "' but their project, title or tag filters exclude this feature"));
        }
        return new Selection(matches, null);
    }

    private static List<String> lowerCase(List<String> tags) {
        List<String> lower = new ArrayList<>(tags.size());
        for (String tag : tags) {
            lower.add(tag.toLowerCase(Locale.ROOT));
        }
        return lower;
    }

    private static boolean containsAny(List<String> eventTags, List<String> wanted) {
        for (String tag : wanted) {
            if (eventTags.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> addMissing(Set<String> missing, String fact) {
        Set<String> set = missing == null ? new TreeSet<>() : missing;
        set.add(fact);
        return set;
    }

    /** @return the display name: the resolver's for a known code, else the payload's, else {@code null} */
    private static String displayName(StatusRef status, StatusNameResolver resolver) {
        if (status.code() != null) {
            String resolved = resolver.nameOf(status.code()).orElse(null);
            if (resolved != null) {
                return resolved;
            }
        }
        return status.name();
    }

    private static Map<String, String> environment(
            String connection, FeatureFacts feature, String statusName, String previousName, String eventId) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(BuildRequest.FEATURE_ID, feature.label());
        env.put(BuildRequest.FEATURE_UUID, orEmpty(feature.uuid()));
        env.put(BuildRequest.FEATURE_TITLE, orEmpty(feature.title()));
        env.put(BuildRequest.FEATURE_STATUS, orEmpty(statusName));
        env.put(BuildRequest.PREVIOUS_STATUS, orEmpty(previousName));
        env.put(BuildRequest.PROJECT_ID, orEmpty(feature.projectId()));
        env.put(BuildRequest.EVENT_ID, eventId);
        env.put(BuildRequest.CONNECTION, connection);
        return env;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
