package io.jenkins.plugins.calm.sandbox.projects;

import java.util.UUID;

/** A Cloud ALM project as the Projects API shows it (reference §5): status "O" open, "C" closed. */
public record Project(UUID id, String name, String status) {}
