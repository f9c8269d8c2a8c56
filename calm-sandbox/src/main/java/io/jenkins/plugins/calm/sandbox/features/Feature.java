package io.jenkins.plugins.calm.sandbox.features;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One feature as stored: an immutable snapshot, replaced as a whole on every change, so readers
 * never see half an update. Field names follow reference §3.2.
 */
public record Feature(
    UUID uuid,
    int number,
    String title,
    String description,
    UUID projectId,
    FeatureStatus status,
    Priority priority,
    String releaseId,
    String scopeId,
    String responsibleId,
    String workstreamId,
    String type,
    List<String> tags,
    Instant createdAt,
    Instant modifiedAt) {

  /** Object-type prefix of feature display IDs (reference §3.2: features are "6-…"). */
  public static final String DISPLAY_ID_PREFIX = "6-";

  public Feature {
    tags = List.copyOf(tags);
  }

  public String displayId() {
    return DISPLAY_ID_PREFIX + number;
  }

  Feature withModifiedAt(Instant instant) {
    return new Feature(uuid, number, title, description, projectId, status, priority, releaseId, scopeId,
        responsibleId, workstreamId, type, tags, createdAt, instant);
  }

  Feature withStatus(FeatureStatus newStatus) {
    return new Feature(uuid, number, title, description, projectId, newStatus, priority, releaseId, scopeId,
        responsibleId, workstreamId, type, tags, createdAt, modifiedAt);
  }

  /** A copy with the given changes applied (values already validated). */
  Feature with(FeatureChanges changes) {
    return new Feature(uuid, number,
        changes.valueOr(FeatureField.TITLE, title),
        changes.valueOr(FeatureField.DESCRIPTION, description),
        changes.valueOr(FeatureField.PROJECT_ID, projectId),
        changes.valueOr(FeatureField.STATUS, status),
        changes.valueOr(FeatureField.PRIORITY, priority),
        changes.valueOr(FeatureField.RELEASE_ID, releaseId),
        changes.valueOr(FeatureField.SCOPE_ID, scopeId),
        changes.valueOr(FeatureField.RESPONSIBLE_ID, responsibleId),
        changes.valueOr(FeatureField.WORKSTREAM_ID, workstreamId),
        changes.valueOr(FeatureField.TYPE, type),
        changes.valueOr(FeatureField.TAGS, tags),
        createdAt, modifiedAt);
  }
}
