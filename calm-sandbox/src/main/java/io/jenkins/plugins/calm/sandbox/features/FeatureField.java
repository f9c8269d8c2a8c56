package io.jenkins.plugins.calm.sandbox.features;

import java.util.Optional;

/** The writable feature properties, by their JSON names (reference §3.2). */
public enum FeatureField {
  TITLE("title", true, true),
  DESCRIPTION("description", true, true),
  PROJECT_ID("projectId", true, false),
  STATUS("statusCode", true, true),
  PRIORITY("priorityCode", true, true),
  RELEASE_ID("releaseId", true, true),
  SCOPE_ID("scopeId", true, true),
  RESPONSIBLE_ID("responsibleId", true, true),
  WORKSTREAM_ID("workstreamId", true, true),
  TYPE("type", true, false),
  TAGS("tags", true, false);

  private final String jsonName;
  private final boolean creatable;
  private final boolean patchable;

  FeatureField(String jsonName, boolean creatable, boolean patchable) {
    this.jsonName = jsonName;
    this.creatable = creatable;
    this.patchable = patchable;
  }

  public String jsonName() {
    return jsonName;
  }

  public boolean creatable() {
    return creatable;
  }

  /** PATCH-able per the {@code *-update} schema third parties read (reference §3.2). */
  public boolean patchable() {
    return patchable;
  }

  public static Optional<FeatureField> byJsonName(String name) {
    for (FeatureField field : values()) {
      if (field.jsonName.equals(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
