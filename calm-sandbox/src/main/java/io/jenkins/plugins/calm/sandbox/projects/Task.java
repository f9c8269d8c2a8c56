package io.jenkins.plugins.calm.sandbox.projects;

import java.time.Instant;
import java.util.UUID;

/** A task (user story, requirement, project task…) of the Tasks API (reference §4), reduced. */
public record Task(UUID id, UUID projectId, String title, String type, String status, String description,
    Instant createdAt, Instant modifiedAt) {}
