package io.jenkins.plugins.calm.sandbox.features;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.ApiRequest;
import io.jenkins.plugins.calm.sandbox.http.ApiResponse;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.http.Route;
import io.jenkins.plugins.calm.sandbox.http.Router;
import io.jenkins.plugins.calm.sandbox.odata.CollectionQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Features OData service {@code /api/calm-features/v1}: Features and the code lists (§3.1). */
public final class FeaturesApi {
  public static final String BASE = "/api/calm-features/v1";

  private final FeatureService service;
  private final FeatureJson json;
  private final CollectionQuery<Feature> query;
  private final boolean projectIdRequired;

  public FeaturesApi(FeatureService service, FeatureJson json, int pageSize, boolean projectIdRequired) {
    this.service = service;
    this.json = json;
    this.query = new CollectionQuery<>(json.schema(), json::toJson, pageSize);
    this.projectIdRequired = projectIdRequired;
  }

  public void register(Router router) {
    router.add("GET", BASE + "/Features", Route.Access.BEARER, Scopes.FEATURES_READ, this::list);
    router.add("POST", BASE + "/Features", Route.Access.BEARER, Scopes.FEATURES_WRITE, this::create);
    router.add("GET", BASE + "/Features/{uuid}", Route.Access.BEARER, Scopes.FEATURES_READ, this::get);
    router.add("PATCH", BASE + "/Features/{uuid}", Route.Access.BEARER, Scopes.FEATURES_WRITE, this::patch);
    router.add("GET", BASE + "/FeatureStatus", Route.Access.BEARER, Scopes.FEATURES_READ, this::statuses);
    router.add("GET", BASE + "/FeaturePriorities", Route.Access.BEARER, Scopes.FEATURES_READ, this::priorities);
  }

  private ApiResponse list(ApiRequest request) {
    Optional<String> projectParameter = request.parameter("projectId");
    if (projectParameter.isEmpty() && projectIdRequired) {
      throw ApiException.badRequest("The query parameter projectId is required: GET " + BASE
          + "/Features?projectId=<project uuid> (not inside $filter).");
    }
    UUID projectId = projectParameter.map(p -> guid(p, "projectId")).orElse(null);
    List<Feature> features = new ArrayList<>();
    for (Feature feature : service.store().all()) {
      if (projectId == null || projectId.equals(feature.projectId())) {
        features.add(feature);
      }
    }
    return ApiResponse.ok(query.answer(request, features));
  }

  private ApiResponse get(ApiRequest request) {
    UUID uuid = guid(request.pathVariable("uuid"), "the feature key");
    Feature feature = service.store().find(uuid)
        .orElseThrow(() -> ApiException.notFound("Feature " + uuid + " does not exist."));
    return ApiResponse.ok(json.toJson(feature));
  }

  private ApiResponse create(ApiRequest request) {
    ObjectNode body = Json.parseObject(request.body());
    Feature feature = service.create(json.readChanges(body, true), request.clientId());
    return ApiResponse.created(json.toJson(feature))
        .header("Location", request.origin() + BASE + "/Features/" + feature.uuid());
  }

  private ApiResponse patch(ApiRequest request) {
    UUID uuid = guid(request.pathVariable("uuid"), "the feature key");
    ObjectNode body = Json.parseObject(request.body());
    FeatureService.PatchResult result = service.patch(uuid, json.readChanges(body, false), request.clientId());
    return ApiResponse.ok(json.toJson(result.feature()));
  }

  private ApiResponse statuses(ApiRequest request) {
    ObjectNode body = Json.object();
    ArrayNode values = body.putArray("value");
    for (FeatureStatus status : json.codes().listedStatuses()) {
      values.addObject().put("code", json.codes().code(status)).put("name", status.displayName());
    }
    return ApiResponse.ok(body);
  }

  private ApiResponse priorities(ApiRequest request) {
    ObjectNode body = Json.object();
    ArrayNode values = body.putArray("value");
    for (Priority priority : json.codes().listedPriorities()) {
      values.addObject().put("code", json.codes().code(priority)).put("name", priority.displayName());
    }
    return ApiResponse.ok(body);
  }

  static UUID guid(String text, String what) {
    try {
      if (text.length() == 36) {
        return UUID.fromString(text);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw ApiException.badRequest("'" + text + "' is not a GUID (" + what + "). Features are addressed by their uuid; "
        + "find one by display ID with $filter=displayId eq '6-123'.");
  }
}
