package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.wait.WaitCondition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The tenant's feature statuses ({@code GET /FeatureStatus}): translates the display names users
 * write in pipelines into the tenant's codes, and codes back into names for the build log. Codes
 * are tenant data and never hard-coded; names match in any case.
 */
public final class StatusCatalog {
    /** The status {@code failOn} defaults to. */
    public static final String NOT_PLANNED = "Not Planned";

    private final Map<String, List<String>> codesByName = new LinkedHashMap<>();
    private final Map<String, String> nameByCode = new LinkedHashMap<>();

    /** One entry of the code list. */
    public record Status(String code, String name) {
        public Status {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    public StatusCatalog(Collection<Status> statuses) {
        for (Status status : statuses) {
            codesByName.computeIfAbsent(StatusNames.key(status.name()), k -> new ArrayList<>()).add(status.code());
            nameByCode.putIfAbsent(status.code(), status.name());
        }
    }

    /**
     * The codes of the named statuses, in the given order.
     *
     * @param option the step option the names came from, for the message (e.g. {@code "status"})
     * @throws InvalidStepInputException naming the unknown status and the tenant's statuses
     */
    public List<String> codesOf(Collection<String> names, String option) {
        Set<String> codes = new LinkedHashSet<>();
        for (String name : names) {
            List<String> found = codesByName.get(StatusNames.key(name));
            if (found == null) {
                throw new InvalidStepInputException("Cloud ALM has no feature status '" + name + "' (in " + option
                        + "); its statuses are: " + String.join(", ", new LinkedHashSet<>(nameByCode.values())));
            }
            codes.addAll(found);
        }
        return List.copyOf(codes);
    }

    /** The display name of a code; the code itself when the tenant's list lacks it. */
    public String nameOf(String code) {
        return nameByCode.getOrDefault(code, code);
    }

    /**
     * The condition of a {@code calmWaitForStatus} step.
     *
     * @param acceptableNames the {@code status} option: one or more names
     * @param failOnNames the {@code failOn} option, or {@code null} for the default {@value #NOT_PLANNED}
     *     (dropped when the user waits for that very status, or the tenant lacks it)
     * @throws InvalidStepInputException for unknown names, no acceptable status, or a status given
     *     in both options
     */
    public WaitCondition waitCondition(Collection<String> acceptableNames, Collection<String> failOnNames) {
        if (acceptableNames == null || acceptableNames.isEmpty()) {
            throw new InvalidStepInputException("calmWaitForStatus needs the status to wait for, e.g."
                    + " calmWaitForStatus('In Testing') or status: ['Successfully Tested', 'Ready for Production']");
        }
        List<String> acceptable = codesOf(acceptableNames, "status");
        List<String> failOn;
        if (failOnNames == null) {
            failOn = codesByName.containsKey(StatusNames.key(NOT_PLANNED))
                    ? new ArrayList<>(codesOf(List.of(NOT_PLANNED), "failOn"))
                    : new ArrayList<>();
            failOn.removeAll(acceptable);
        } else {
            failOn = codesOf(failOnNames, "failOn");
            List<String> both = new ArrayList<>();
            for (String code : failOn) {
                if (acceptable.contains(code)) {
                    both.add(nameOf(code));
                }
            }
            if (!both.isEmpty()) {
                throw new InvalidStepInputException("Status " + String.join(", ", both)
                        + " is given both in status and in failOn; a status either ends the wait successfully or fails it");
            }
        }
        return new WaitCondition(acceptable, failOn);
    }

    /** Display names of codes, joined for messages ("In Testing or Deployed"). */
    String namesOf(Collection<String> codes, String conjunction) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            names.add(nameOf(code));
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + conjunction + " " + names.get(names.size() - 1);
    }
}
