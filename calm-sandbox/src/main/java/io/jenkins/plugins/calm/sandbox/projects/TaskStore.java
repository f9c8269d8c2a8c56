package io.jenkins.plugins.calm.sandbox.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Tasks and their comments, in creation order. */
public final class TaskStore {
  private final Map<UUID, Task> tasks = new ConcurrentHashMap<>();
  private final List<UUID> order = new ArrayList<>();
  private final Map<UUID, List<TaskComment>> comments = new ConcurrentHashMap<>();

  public synchronized Task add(Task task) {
    tasks.put(task.id(), task);
    order.add(task.id());
    return task;
  }

  public Optional<Task> find(UUID id) {
    return Optional.ofNullable(tasks.get(id));
  }

  public synchronized List<Task> all() {
    List<Task> result = new ArrayList<>(order.size());
    for (UUID id : order) {
      result.add(tasks.get(id));
    }
    return result;
  }

  public synchronized TaskComment addComment(TaskComment comment) {
    comments.computeIfAbsent(comment.taskId(), k -> new ArrayList<>()).add(comment);
    return comment;
  }

  public synchronized List<TaskComment> comments(UUID taskId) {
    return List.copyOf(comments.getOrDefault(taskId, List.of()));
  }

  public synchronized boolean deleteComment(UUID taskId, UUID commentId) {
    List<TaskComment> list = comments.get(taskId);
    return list != null && list.removeIf(c -> c.id().equals(commentId));
  }
}
