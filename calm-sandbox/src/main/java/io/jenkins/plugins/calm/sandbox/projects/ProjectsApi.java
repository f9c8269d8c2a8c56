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
import java.util.UUID;

/**
 * The Projects REST service {@code /api/calm-projects/v1} (§5). {@code GET /projects} answers a
 * bare JSON array of {@code {id, name, status}}, as SAP's samples show.
 */
public final class ProjectsApi {
  public static final String BASE = "/api/calm-projects/v1";

  private final ProjectStore projects;

  public ProjectsApi(ProjectStore projects) {
    this.projects = projects;
  }

  public void register(Router router) {
    router.add("GET", BASE + "/projects", Route.Access.BEARER, Scopes.PROJECTS_READ, this::list);
    router.add("POST", BASE + "/projects", Route.Access.BEARER, Scopes.PROJECTS_WRITE, this::create);
    router.add("GET", BASE + "/projects/{id}", Route.Access.BEARER, Scopes.PROJECTS_READ, this::get);
  }

  private ApiResponse list(ApiRequest request) {
    ArrayNode array = Json.array();
    projects.all().forEach(p -> array.add(toJson(p)));
    return ApiResponse.ok(array);
  }

  private ApiResponse get(ApiRequest request) {
    String text = request.pathVariable("id");
    UUID id;
    try {
      id = UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("'" + text + "' is not a project id (a GUID).");
    }
    return ApiResponse.ok(toJson(projects.find(id)
        .orElseThrow(() -> ApiException.notFound("Project " + id + " does not exist."))));
  }

  private ApiResponse create(ApiRequest request) {
    ObjectNode body = Json.parseObject(request.body());
    JsonNode name = body.get("name");
    if (name == null || !name.isTextual() || name.textValue().isBlank()) {
      throw ApiException.badRequest("'name' is required to create a project.");
    }
    Project project = projects.add(new Project(UUID.randomUUID(), name.textValue(), "O"));
    return ApiResponse.created(toJson(project));
  }

  static ObjectNode toJson(Project project) {
    return Json.object().put("id", project.id().toString()).put("name", project.name()).put("status", project.status());
  }
}
