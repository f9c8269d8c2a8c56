package io.jenkins.plugins.calm.sandbox.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The transport activity table of reference §3.3, row by row. */
class StatusFlowTest {

  private static String row(FeatureStatus status) {
    List<String> cells = new ArrayList<>();
    for (TransportActivity activity : TransportActivity.values()) {
      cells.add(StatusFlow.allows(status, activity) ? "yes" : "no");
    }
    return String.join(" ", cells);
  }

  @Test
  void transportActivitiesFollowTheTable() {
    // Create TR, Assign, Create ToC, Release, Unassign, Deploy
    assertThat(row(FeatureStatus.NOT_PLANNED)).isEqualTo("no no no no yes no");
    assertThat(row(FeatureStatus.IN_SPECIFICATION)).isEqualTo("yes yes no no yes no");
    assertThat(row(FeatureStatus.IN_IMPLEMENTATION)).isEqualTo("yes yes yes yes yes yes");
    assertThat(row(FeatureStatus.IN_TESTING)).isEqualTo("yes yes yes yes yes yes");
    assertThat(row(FeatureStatus.SUCCESSFULLY_TESTED)).isEqualTo("no no no yes no yes");
    assertThat(row(FeatureStatus.READY_FOR_PRODUCTION)).isEqualTo("no yes no yes no yes");
    assertThat(row(FeatureStatus.DEPLOYED)).isEqualTo("no no no no no no");
  }

  @Test
  void theForwardPathIsEnabledAndSkippingIsNot() {
    FeatureStatus[] path = {FeatureStatus.IN_SPECIFICATION, FeatureStatus.IN_IMPLEMENTATION, FeatureStatus.IN_TESTING,
        FeatureStatus.SUCCESSFULLY_TESTED, FeatureStatus.READY_FOR_PRODUCTION, FeatureStatus.DEPLOYED};
    for (int i = 0; i + 1 < path.length; i++) {
      assertThat(StatusFlow.canSwitch(path[i], path[i + 1])).as(path[i] + " -> " + path[i + 1]).isTrue();
      if (i + 2 < path.length) {
        assertThat(StatusFlow.canSwitch(path[i], path[i + 2])).as(path[i] + " -> " + path[i + 2]).isFalse();
      }
    }
    assertThat(StatusFlow.canSwitch(FeatureStatus.IN_SPECIFICATION, FeatureStatus.NOT_PLANNED)).isTrue();
    assertThat(StatusFlow.targets(FeatureStatus.DEPLOYED)).isEmpty();
  }

  @Test
  void displayNamesResolveInAnyCase() {
    assertThat(FeatureStatus.byDisplayName("  in TESTING ")).contains(FeatureStatus.IN_TESTING);
    assertThat(FeatureStatus.byDisplayName("Done")).isEmpty();
  }
}
