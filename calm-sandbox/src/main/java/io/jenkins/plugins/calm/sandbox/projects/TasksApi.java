package io.jenkins.plugins.calm.sandbox.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.ApiRequest;
import io.jenkins.plugins.calm.sandbox.http.ApiResponse;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.http.Route;
import io.jenkins.plugins.calm.sandbox.http.Router;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The part of the Tasks REST service {@code /api/calm-tasks/v1} (§4) a deployment tool uses:
 * reading tasks (user stories…) and their comments, and adding comments ({@code {"text"}} → 201).
 * Like the real service, {@code /tasks} rejects OData options with 400.
 */
public final class TasksApi {
  public static final String BASE = "/api/calm-tasks/v1";

  private final TaskStore tasks;
  private final Clock clock;

  public TasksApi(TaskStore tasks, Clock clock) {
    this.tasks = tasks;
    this.clock = clock;
  }

  public void register(Router router) {
    router.add("GET", BASE + "/tasks", Route.Access.BEARER, Scopes.TASKS_READ, this::list);
    router.add("GET", BASE + "/tasks/{id}", Route.Access.BEARER, Scopes.TASKS_READ, r -> ApiResponse.ok(toJson(find(r))));
    router.add("GET", BASE + "/tasks/{id}/comments", Route.Access.BEARER, Scopes.TASKS_READ, this::comments);
    router.add("POST", BASE + "/tasks/{id}/comments", Route.Access.BEARER, Scopes.TASKS_WRITE, this::addComment);
    router.add("DELETE", BASE + "/tasks/{id}/comments/{commentId}", Route.Access.BEARER, Scopes.TASKS_WRITE,
        this::deleteComment);
  }

  private ApiResponse list(ApiRequest request) {
    for (String name : request.parameters().keySet()) {
      if (name.startsWith("$")) {
        throw ApiException.badRequest("Query option " + name + " is not supported yet on /tasks; use projectId, type, "
            + "status, offset and limit.");
      }
    }
    String projectText = request.parameter("projectId").orElseThrow(() -> ApiException.badRequest(
        "The query parameter projectId is required: GET " + BASE + "/tasks?projectId=<project id>."));
    UUID projectId = uuid(projectText, "projectId");
    String type = request.parameter("type").orElse(null);
    String status = request.parameter("status").orElse(null);
    int offset = number(request, "offset", 0);
    int limit = number(request, "limit", Integer.MAX_VALUE);
    ArrayNode array = Json.array();
    tasks.all().stream()
        .filter(t -> t.projectId().equals(projectId))
        .filter(t -> type == null || type.equals(t.type()))
        .filter(t -> status == null || status.equals(t.status()))
        .skip(offset).limit(limit)
        .forEach(t -> array.add(toJson(t)));
    return ApiResponse.ok(array);
  }

  private ApiResponse comments(ApiRequest request) {
    Task task = find(request);
    ArrayNode array = Json.array();
    tasks.comments(task.id()).forEach(c -> array.add(toJson(c)));
    return ApiResponse.ok(array);
  }

  private ApiResponse addComment(ApiRequest request) {
    Task task = find(request);
    ObjectNode body = Json.parseObject(request.body());
    JsonNode text = body.get("text");
    if (text == null || !text.isTextual() || text.textValue().isBlank()) {
      throw ApiException.badRequest("'text' is required: POST {\"text\":\"…\"}" + (body.has("content")
          ? " ('content' is not the field name)." : "."));
    }
    TaskComment comment = tasks.addComment(new TaskComment(UUID.randomUUID(), task.id(), text.textValue(),
        request.clientId(), clock.instant()));
    return ApiResponse.created(toJson(comment));
  }

  private ApiResponse deleteComment(ApiRequest request) {
    Task task = find(request);
    UUID commentId = uuid(request.pathVariable("commentId"), "comment id");
    if (!tasks.deleteComment(task.id(), commentId)) {
      throw ApiException.notFound("Task " + task.id() + " has no comment " + commentId + ".");
    }
    return ApiResponse.noContent();
  }

  private Task find(ApiRequest request) {
    UUID id = uuid(request.pathVariable("id"), "task id");
    return tasks.find(id).orElseThrow(() -> ApiException.notFound("Task " + id + " does not exist."));
  }

  private static UUID uuid(String text, String what) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'" + text + "' is not a valid " + what + " (a GUID).");
    }
  }

  private static int number(ApiRequest request, String name, int fallback) {
    String value = request.parameter(name).orElse(null);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest(name + " must be a non-negative integer, not '" + value + "'.");
  }

  private static ObjectNode toJson(Task task) {
    return Json.object().put("id", task.id().toString()).put("projectId", task.projectId().toString())
        .put("title", task.title()).put("type", task.type()).put("status", task.status())
        .put("description", task.description())
        .put("createdAt", DateTimeFormatter.ISO_INSTANT.format(task.createdAt()))
        .put("modifiedAt", DateTimeFormatter.ISO_INSTANT.format(task.modifiedAt()));
  }

  private static ObjectNode toJson(TaskComment comment) {
    return Json.object().put("id", comment.id().toString()).put("taskId", comment.taskId().toString())
        .put("text", comment.text()).put("createdBy", comment.createdBy())
        .put("createdAt", DateTimeFormatter.ISO_INSTANT.format(comment.createdAt()));
  }
}
