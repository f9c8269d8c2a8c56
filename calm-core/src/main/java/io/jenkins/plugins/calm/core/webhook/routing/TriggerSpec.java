package io.jenkins.plugins.calm.core.webhook.routing;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One configured "Cloud ALM feature status" trigger, as the router sees it.
 *
 * @param id what the plugin identifies the trigger by (e.g. the job's full name); never sent to Cloud ALM
 * @param connection the Cloud ALM connection whose events it listens to
 * @param projectId the project's GUID, or {@code null} for every project
 * @param projectName the project's name, used only for events that carry no project ID (the
 *     approval workflow's payload names the project); {@code null} when unknown
 * @param targetStatuses the status display names that start the job (any case); at least one
 * @param titlePattern a regular expression that must be found in the feature title, or {@code null}
 * @param tags the feature must carry at least one of these tags (any case); empty for no filter
 * @param onStatusChange start on status changes (the usual trigger)
 * @param onApprovalRequest start as the approval workflow of a status switch to one of the target
 *     statuses ({@code WORKFLOW.STARTED}); the build's result approves or rejects the switch
 */
public record TriggerSpec(
        String id,
        String connection,
        String projectId,
        String projectName,
        Set<String> targetStatuses,
        String titlePattern,
        Set<String> tags,
        boolean onStatusChange,
        boolean onApprovalRequest) {

    public TriggerSpec {
        Objects.requireNonNull(id, "id");
        if (connection == null || connection.isBlank()) {
            throw new IllegalArgumentException("Trigger " + id + " names no Cloud ALM connection");
        }
        if (targetStatuses == null || targetStatuses.stream().allMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("Trigger " + id + " names no target status; choose at least one,"
                    + " e.g. 'In Testing'");
        }
        targetStatuses = Set.copyOf(targetStatuses.stream().filter(s -> s != null && !s.isBlank()).toList());
        tags = tags == null ? Set.of() : Set.copyOf(tags.stream().filter(t -> t != null && !t.isBlank()).toList());
        projectId = blankToNull(projectId);
        projectName = blankToNull(projectName);
        titlePattern = blankToNull(titlePattern);
        if (projectName != null && projectId == null) {
            throw new IllegalArgumentException("Trigger " + id + " names project '" + projectName + "' without its ID;"
                    + " status-change events identify projects by ID, so choose the project from the list");
        }
        if (titlePattern != null) {
            try {
                Pattern.compile(titlePattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Trigger " + id + ": the title filter is not a valid regular expression: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        }
        if (!onStatusChange && !onApprovalRequest) {
            throw new IllegalArgumentException("Trigger " + id + " reacts to nothing: enable status changes,"
                    + " approval requests or both");
        }
    }

    /** @return a trigger on status changes into {@code statuses}, for every project, without filters */
    public static TriggerSpec onStatus(String id, String connection, String... statuses) {
        return new TriggerSpec(id, connection, null, null, new HashSet<>(Arrays.asList(statuses)), null, Set.of(), true, false);
    }

    /** @return this trigger limited to one project */
    public TriggerSpec inProject(String id, String name) {
        return new TriggerSpec(this.id, connection, id, name, targetStatuses, titlePattern, tags, onStatusChange, onApprovalRequest);
    }

    /** @return this trigger with a title filter */
    public TriggerSpec withTitlePattern(String regex) {
        return new TriggerSpec(id, connection, projectId, projectName, targetStatuses, regex, tags, onStatusChange, onApprovalRequest);
    }

    /** @return this trigger with a tag filter */
    public TriggerSpec withTags(String... anyOf) {
        return new TriggerSpec(id, connection, projectId, projectName, targetStatuses, titlePattern, new HashSet<>(Arrays.asList(anyOf)),
                onStatusChange, onApprovalRequest);
    }

    /** @return this trigger reacting to status changes and/or approval requests */
    public TriggerSpec reactingTo(boolean statusChanges, boolean approvalRequests) {
        return new TriggerSpec(id, connection, projectId, projectName, targetStatuses, titlePattern, tags,
                statusChanges, approvalRequests);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
