package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class FeatureResolverTest {
    static final Function<String, String> NO_ENV = name -> null;
    final Function<String, String> triggered = Map.of("CALM_FEATURE_ID", "6-200")::get;
    final List<CommitMessage> labelled = List.of(
            new CommitMessage("a1b2c3d4e5f6a7b8c9d0", "Fix credit check\n\nCloud-ALM-Feature: 6-300\nSigned-off-by: dev"));

    @Test
    void theExplicitParameterWinsOverEverything() {
        ResolvedFeature feature = FeatureResolver.resolve("6-100", triggered, labelled);

        assertThat(feature.id().value()).isEqualTo("6-100");
        assertThat(feature.source()).isEqualTo("the step's feature parameter");
    }

    @Test
    void thenTheEnvironmentVariableOfTriggeredBuilds() {
        ResolvedFeature feature = FeatureResolver.resolve("  ", triggered, labelled);

        assertThat(feature.id().value()).isEqualTo("6-200");
        assertThat(feature.source()).isEqualTo("the CALM_FEATURE_ID environment variable");
    }

    @Test
    void thenTheCommitLabel() {
        ResolvedFeature feature = FeatureResolver.resolve(null, NO_ENV, labelled);

        assertThat(feature.id().value()).isEqualTo("6-300");
        assertThat(feature.source()).isEqualTo("the Cloud-ALM-Feature line of commit a1b2c3d4e5f6");
    }

    @Test
    void theLabelMatchesInAnyCaseWithLooseSpacingAndTheSameFeatureTwiceIsFine() {
        List<CommitMessage> commits = List.of(
                new CommitMessage("c1", "Part 1\n  cloud-alm-feature :6-300  "),
                new CommitMessage("c2", "Part 2\nCLOUD-ALM-FEATURE: 6-300"),
                new CommitMessage("c3", "Unrelated: mentions Cloud-ALM-Feature: in prose is not a label line"));

        ResolvedFeature feature = FeatureResolver.resolve(null, NO_ENV, commits);

        assertThat(feature.id().value()).isEqualTo("6-300");
        assertThat(feature.source()).isEqualTo("the Cloud-ALM-Feature line of commit c1, c2");
    }

    @Test
    void twoDifferentFeaturesInTheCommitsAreAnErrorNamingBothAndTheirCommits() {
        List<CommitMessage> commits = List.of(
                new CommitMessage("c1", "Cloud-ALM-Feature: 6-300"),
                new CommitMessage("c2", "Cloud-ALM-Feature: 6-301"),
                new CommitMessage("c3", "Cloud-ALM-Feature: 6-300"));

        assertThatThrownBy(() -> FeatureResolver.resolve(null, NO_ENV, commits))
                .isInstanceOf(InvalidStepInputException.class)
                .hasMessageContaining("name 2 different Cloud ALM features: 6-300 (commit c1, c3); 6-301 (commit c2)")
                .hasMessageContaining("feature: '…'");
    }

    @Test
    void severalFeaturesOnOneLabelLineCountAsSeveral() {
        List<CommitMessage> commits = List.of(new CommitMessage("c1", "Cloud-ALM-Feature: 6-300, 6-301"));

        assertThatThrownBy(() -> FeatureResolver.resolve(null, NO_ENV, commits))
                .hasMessageContaining("6-300 (commit c1); 6-301 (commit c1)");
    }

    @Test
    void aMalformedLabelNamesItsCommit() {
        List<CommitMessage> commits = List.of(new CommitMessage("c9", "Cloud-ALM-Feature: JIRA-12"));

        assertThatThrownBy(() -> FeatureResolver.resolve(null, NO_ENV, commits))
                .hasMessageStartingWith("'JIRA-12' from the Cloud-ALM-Feature line of commit c9 is not a Cloud ALM feature");
    }

    @Test
    void aMalformedEnvironmentVariableIsNotSkippedSilently() {
        assertThatThrownBy(() -> FeatureResolver.resolve(null, Map.of("CALM_FEATURE_ID", "oops")::get, labelled))
                .hasMessageContaining("from the CALM_FEATURE_ID environment variable");
    }

    @Test
    void nothingAnywhereExplainsAllThreeWays() {
        assertThatThrownBy(() -> FeatureResolver.resolve(null, NO_ENV, List.of(new CommitMessage("c1", "No label"))))
                .isInstanceOf(InvalidStepInputException.class)
                .hasMessage("No Cloud ALM feature given: pass feature: '6-123' (display ID or UUID) to the step, start"
                        + " the build from a Cloud ALM trigger (it sets CALM_FEATURE_ID), or add a line"
                        + " 'Cloud-ALM-Feature: 6-123' to a commit message.");
    }

    @Test
    void resolveAllTakesTheListedFeaturesWithoutDuplicatesOrFallsBackToOne() {
        assertThat(FeatureResolver.resolveAll(List.of("6-1", "6-2", "6-1"), triggered, labelled))
                .extracting(f -> f.id().value()).containsExactly("6-1", "6-2");
        assertThat(FeatureResolver.resolveAll(List.of(), triggered, labelled))
                .extracting(f -> f.id().value()).containsExactly("6-200");
        assertThatThrownBy(() -> FeatureResolver.resolveAll(List.of("6-1", "nope"), NO_ENV, List.of()))
                .hasMessageContaining("'nope' from the step's features parameter");
    }
}
