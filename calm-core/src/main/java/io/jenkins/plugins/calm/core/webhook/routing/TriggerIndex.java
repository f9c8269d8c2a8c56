package io.jenkins.plugins.calm.core.webhook.routing;

import io.jenkins.plugins.calm.core.webhook.payload.StatusNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The configured triggers, indexed by connection, then target status, then project, so routing an
 * event costs a few hash lookups instead of a scan over every trigger. Immutable: the plugin
 * builds a new index when job configurations change and swaps it in.
 */
final class TriggerIndex {

    /** A trigger with its filters prepared for matching. */
    static final class Compiled {
        final TriggerSpec spec;
        final Pattern title;
        final List<String> tags;

        Compiled(TriggerSpec spec, Map<String, Pattern> patterns) {
            this.spec = spec;
            this.title = spec.titlePattern() == null ? null : patterns.computeIfAbsent(spec.titlePattern(), Pattern::compile);
            this.tags = spec.tags().stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
        }
    }

    /** The triggers of one connection and one target status. */
    static final class Bucket {
        final List<Compiled> anyProject = new ArrayList<>();
        final Map<String, List<Compiled>> byProjectId = new HashMap<>();
        final Map<String, List<Compiled>> byProjectName = new HashMap<>();
        /** Project-bound triggers whose project name is unknown, so a name-only event cannot decide them. */
        int projectBoundWithoutName;

        boolean hasProjectBound() {
            return !byProjectId.isEmpty();
        }
    }

    private final Map<String, Map<String, Bucket>> statusChange = new HashMap<>();
    private final Map<String, Map<String, Bucket>> approval = new HashMap<>();
    private final int size;

    TriggerIndex(Collection<TriggerSpec> triggers) {
        // Triggers with the same title filter share one Pattern, so routing evaluates it once per event.
        Map<String, Pattern> patterns = new HashMap<>();
        for (TriggerSpec spec : triggers) {
            Compiled compiled = new Compiled(spec, patterns);
            if (spec.onStatusChange()) {
                add(statusChange, compiled);
            }
            if (spec.onApprovalRequest()) {
                add(approval, compiled);
            }
        }
        this.size = triggers.size();
    }

    private static void add(Map<String, Map<String, Bucket>> index, Compiled compiled) {
        TriggerSpec spec = compiled.spec;
        Map<String, Bucket> byStatus = index.computeIfAbsent(spec.connection(), c -> new HashMap<>());
        for (String status : spec.targetStatuses()) {
            Bucket bucket = byStatus.computeIfAbsent(StatusNames.normalize(status), s -> new Bucket());
            if (spec.projectId() == null) {
                bucket.anyProject.add(compiled);
                continue;
            }
            bucket.byProjectId.computeIfAbsent(projectIdKey(spec.projectId()), p -> new ArrayList<>()).add(compiled);
            if (spec.projectName() != null) {
                bucket.byProjectName.computeIfAbsent(StatusNames.normalize(spec.projectName()), p -> new ArrayList<>()).add(compiled);
            } else {
                bucket.projectBoundWithoutName++;
            }
        }
    }

    static String projectIdKey(String projectId) {
        return projectId.strip().toLowerCase(Locale.ROOT);
    }

    /** @return the bucket of triggers on status changes into {@code statusKey}, or {@code null} */
    Bucket statusChange(String connection, String statusKey) {
        return lookup(statusChange, connection, statusKey);
    }

    /** @return the bucket of approval triggers for switches to {@code statusKey}, or {@code null} */
    Bucket approval(String connection, String statusKey) {
        return lookup(approval, connection, statusKey);
    }

    private static Bucket lookup(Map<String, Map<String, Bucket>> index, String connection, String statusKey) {
        Map<String, Bucket> byStatus = index.get(connection);
        return byStatus == null ? null : byStatus.get(statusKey);
    }

    int size() {
        return size;
    }
}
