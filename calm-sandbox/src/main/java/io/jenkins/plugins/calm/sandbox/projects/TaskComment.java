package io.jenkins.plugins.calm.sandbox.projects;

import java.time.Instant;
import java.util.UUID;

/** A comment on a task: POST {@code {"text"}} → 201 (reference §4). */
public record TaskComment(UUID id, UUID taskId, String text, String createdBy, Instant createdAt) {}
