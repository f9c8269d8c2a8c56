package io.jenkins.plugins.calm.sandbox.features;

/** Feature priorities by display name; codes come from {@link CodeSet}. */
public enum Priority {
  VERY_HIGH("Very High"),
  HIGH("High"),
  MEDIUM("Medium"),
  LOW("Low");

  private final String displayName;

  Priority(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
