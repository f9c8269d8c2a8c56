package io.jenkins.plugins.calm.sandbox.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The projects of the emulated tenant, in creation order. */
public final class ProjectStore {
  private final ConcurrentHashMap<UUID, Project> byId = new ConcurrentHashMap<>();
  private final List<Project> ordered = new ArrayList<>();

  public synchronized Project add(Project project) {
    if (byId.putIfAbsent(project.id(), project) != null) {
      throw new IllegalArgumentException("project " + project.id() + " exists");
    }
    ordered.add(project);
    return project;
  }

  public Optional<Project> find(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  public synchronized List<Project> all() {
    return List.copyOf(ordered);
  }

}
