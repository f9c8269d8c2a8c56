package io.jenkins.plugins.calm.sandbox.features;

import java.util.Locale;
import java.util.Optional;

/**
 * The feature statuses of Cloud ALM by their display names (VERIFIED, reference §3.3). Their
 * technical codes are tenant data the sources do not reveal; {@link CodeSet} supplies synthetic
 * ones on the wire.
 */
public enum FeatureStatus {
  IN_SPECIFICATION("In Specification"),
  IN_IMPLEMENTATION("In Implementation"),
  IN_TESTING("In Testing"),
  SUCCESSFULLY_TESTED("Successfully Tested"),
  READY_FOR_PRODUCTION("Ready for Production"),
  DEPLOYED("Deployed"),
  NOT_PLANNED("Not Planned");

  private final String displayName;

  FeatureStatus(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** The status with this display name, in any letter case and with any surrounding blanks. */
  public static Optional<FeatureStatus> byDisplayName(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (FeatureStatus status : values()) {
      if (status.displayName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
