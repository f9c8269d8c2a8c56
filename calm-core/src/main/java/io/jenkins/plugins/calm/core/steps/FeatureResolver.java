package io.jenkins.plugins.calm.core.steps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which feature a step means when the pipeline does not say, in this order:
 *
 * <ol>
 *   <li>the step's {@code feature} parameter;
 *   <li>the {@link #ENV_VARIABLE} environment variable (set by builds a Cloud ALM trigger started);
 *   <li>{@code Cloud-ALM-Feature: 6-123} lines in the commit messages of the build's change sets.
 * </ol>
 *
 * Commit lines are explicit labels, not guesses from free text or branch names. Two different
 * features in the commits are an error naming both and their commits: the step never picks one
 * silently.
 */
public final class FeatureResolver {
    public static final String ENV_VARIABLE = "CALM_FEATURE_ID";
    public static final String COMMIT_LABEL = "Cloud-ALM-Feature";
    private static final Pattern LABEL_LINE = Pattern.compile(
            "^[ \\t]*" + Pattern.quote(COMMIT_LABEL) + "[ \\t]*:[ \\t]*(.*?)[ \\t]*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    private FeatureResolver() {
    }

    /**
     * @param explicit the step's {@code feature} parameter, {@code null} or blank when not given
     * @param environment the build's environment variables
     * @param commits the commits of the build's change sets, newest first or any order
     * @throws InvalidStepInputException when the chosen source holds something that is not a
     *     feature ID, when the commits name several features, or when no source names one
     */
    public static ResolvedFeature resolve(String explicit, Function<String, String> environment,
            Collection<CommitMessage> commits) {
        if (explicit != null && !explicit.isBlank()) {
            return new ResolvedFeature(FeatureId.parse(explicit, "the step's feature parameter"),
                    "the step's feature parameter");
        }
        String fromEnvironment = environment.apply(ENV_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            String source = "the " + ENV_VARIABLE + " environment variable";
            return new ResolvedFeature(FeatureId.parse(fromEnvironment, source), source);
        }
        Map<FeatureId, List<String>> labelled = labelledFeatures(commits);
        if (labelled.size() == 1) {
            Map.Entry<FeatureId, List<String>> only = labelled.entrySet().iterator().next();
            return new ResolvedFeature(only.getKey(), "the " + COMMIT_LABEL + " line of commit "
                    + String.join(", ", only.getValue()));
        }
        if (labelled.size() > 1) {
            List<String> listed = new ArrayList<>();
            labelled.forEach((feature, commitIds) -> listed.add(feature + " (commit " + String.join(", ", commitIds) + ")"));
            throw new InvalidStepInputException("The commits of this build name " + labelled.size()
                    + " different Cloud ALM features: " + String.join("; ", listed) + ". Pass the one this step is"
                    + " about with feature: '…', or keep the " + COMMIT_LABEL + " lines of one build to one feature.");
        }
        throw new InvalidStepInputException("No Cloud ALM feature given: pass feature: '6-123' (display ID or UUID)"
                + " to the step, start the build from a Cloud ALM trigger (it sets " + ENV_VARIABLE + "), or add a line '"
                + COMMIT_LABEL + ": 6-123' to a commit message.");
    }

    /**
     * Resolves the features of a step that accepts several ({@code features: [...]}): the listed ones
     * when given (duplicates dropped), otherwise the one {@link #resolve} finds.
     */
    public static List<ResolvedFeature> resolveAll(Collection<String> explicit, Function<String, String> environment,
            Collection<CommitMessage> commits) {
        if (explicit == null || explicit.isEmpty()) {
            return List.of(resolve(null, environment, commits));
        }
        Set<FeatureId> seen = new LinkedHashSet<>();
        List<ResolvedFeature> resolved = new ArrayList<>();
        for (String text : explicit) {
            FeatureId id = FeatureId.parse(text, "the step's features parameter");
            if (seen.add(id)) {
                resolved.add(new ResolvedFeature(id, "the step's features parameter"));
            }
        }
        return resolved;
    }

    /** Every feature named by a commit label, with the commits naming it, in first-seen order. */
    static Map<FeatureId, List<String>> labelledFeatures(Collection<CommitMessage> commits) {
        Map<FeatureId, List<String>> labelled = new LinkedHashMap<>();
        for (CommitMessage commit : commits) {
            Matcher line = LABEL_LINE.matcher(commit.message());
            while (line.find()) {
                for (String value : line.group(1).split("[,\\s]+")) {
                    if (value.isEmpty()) {
                        continue;
                    }
                    FeatureId feature = FeatureId.parse(value,
                            "the " + COMMIT_LABEL + " line of commit " + commit.shortId());
                    List<String> commitIds = labelled.computeIfAbsent(feature, f -> new ArrayList<>());
                    if (!commitIds.contains(commit.shortId())) {
                        commitIds.add(commit.shortId());
                    }
                }
            }
        }
        return labelled;
    }
}
