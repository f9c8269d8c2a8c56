package io.jenkins.plugins.calm.trigger;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.webhook.payload.StatusNames;
import io.jenkins.plugins.calm.form.FieldCheck;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The fields of the Cloud ALM triggers as text, the way forms, Job DSL and Configuration as Code
 * give them: parsing and validation without Jenkins.
 */
public final class TriggerFields {

    /** The status display names of SAP Cloud ALM's standard feature status flow. */
    static final List<String> STANDARD_STATUSES = List.of("In Specification", "In Implementation", "In Testing",
            "Successfully Tested", "Ready for Production", "Deployed", "Not Planned");

    private static final Pattern SEPARATORS = Pattern.compile("[,\\n\\r]+");
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private TriggerFields() {}

    /** @return the value without surrounding blanks, or {@code null} when there is nothing left */
    @CheckForNull
    public static String optional(@CheckForNull String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @return the names in a comma- or line-separated list, trimmed, without empty entries or repeats */
    public static Set<String> list(@CheckForNull String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            for (String name : SEPARATORS.split(text)) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    /** Target statuses: at least one; a name outside the standard flow is allowed (tenants may differ) but flagged. */
    public static FieldCheck checkStatuses(@CheckForNull String text) {
        Set<String> names = list(text);
        if (names.isEmpty()) {
            return FieldCheck.error(Messages.Trigger_Statuses_Required());
        }
        Set<String> standard = STANDARD_STATUSES.stream().map(StatusNames::normalize).collect(Collectors.toSet());
        List<String> unusual = names.stream().filter(n -> !standard.contains(StatusNames.normalize(n))).toList();
        if (!unusual.isEmpty()) {
            return FieldCheck.warning(Messages.Trigger_Statuses_Unusual(String.join(", ", unusual),
                    String.join(", ", STANDARD_STATUSES)));
        }
        return FieldCheck.ok();
    }

    public static FieldCheck checkTitlePattern(@CheckForNull String regex) {
        if (regex == null || regex.isBlank()) {
            return FieldCheck.ok();
        }
        try {
            Pattern.compile(regex.strip());
            return FieldCheck.ok();
        } catch (PatternSyntaxException e) {
            return FieldCheck.error(Messages.Trigger_TitlePattern_Invalid(e.getDescription(), e.getIndex()));
        }
    }

    /** The project is optional for the webhook trigger; events name projects by their ID (a GUID). */
    public static FieldCheck checkProject(@CheckForNull String project) {
        if (project == null || project.isBlank()) {
            return FieldCheck.ok();
        }
        return GUID.matcher(project.strip()).matches()
                ? FieldCheck.ok()
                : FieldCheck.error(Messages.Trigger_Project_NotAnId(project.strip()));
    }

    /** The polling trigger asks Cloud ALM about one project, so it needs one. */
    public static FieldCheck checkRequiredProject(@CheckForNull String project) {
        if (project == null || project.isBlank()) {
            return FieldCheck.error(Messages.Trigger_Project_Required());
        }
        return checkProject(project);
    }

    public static FieldCheck checkReactions(boolean statusChanges, boolean approvalRequests) {
        return statusChanges || approvalRequests ? FieldCheck.ok() : FieldCheck.error(Messages.Trigger_Reactions_None());
    }
}
