package io.jenkins.plugins.calm.sandbox.features;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.ApiRequest;
import io.jenkins.plugins.calm.sandbox.http.ApiResponse;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.http.Route;
import io.jenkins.plugins.calm.sandbox.http.Router;
import io.jenkins.plugins.calm.sandbox.odata.CollectionQuery;
import io.jenkins.plugins.calm.sandbox.odata.EdmType;
import io.jenkins.plugins.calm.sandbox.odata.EntitySchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * URLReferences and ExternalReferences of the Features service (§3.4): list (filter by
 * {@code parentUuid eq <guid>}), create (201), delete (204). URL references are deleted by their
 * {@code id}; external references by {@code /ExternalReferences/{id}/{parentUuid}}.
 */
public final class ReferencesApi {
  private static final String BASE = FeaturesApi.BASE;

  private final FeatureStore features;
  private final Clock clock;
  private final List<UrlReference> urlReferences = new ArrayList<>();
  private final List<ExternalReference> externalReferences = new ArrayList<>();
  private final CollectionQuery<UrlReference> urlQuery;
  private final CollectionQuery<ExternalReference> externalQuery;

  public ReferencesApi(FeatureStore features, Clock clock, int pageSize) {
    this.features = features;
    this.clock = clock;
    this.urlQuery = new CollectionQuery<>(new EntitySchema<UrlReference>("URLReferences")
        .property("id", EdmType.GUID, UrlReference::id)
        .property("parentUuid", EdmType.GUID, UrlReference::parentUuid)
        .property("name", EdmType.STRING, UrlReference::name)
        .property("url", EdmType.STRING, UrlReference::url), ReferencesApi::toJson, pageSize);
    this.externalQuery = new CollectionQuery<>(new EntitySchema<ExternalReference>("ExternalReferences")
        .property("id", EdmType.STRING, ExternalReference::id)
        .property("parentUuid", EdmType.GUID, ExternalReference::parentUuid)
        .property("name", EdmType.STRING, ExternalReference::name)
        .property("url", EdmType.STRING, ExternalReference::url), ReferencesApi::toJson, pageSize);
  }

  public void register(Router router) {
    router.add("GET", BASE + "/URLReferences", Route.Access.BEARER, Scopes.FEATURES_READ, this::listUrl);
    router.add("POST", BASE + "/URLReferences", Route.Access.BEARER, Scopes.FEATURES_WRITE, this::createUrl);
    router.add("DELETE", BASE + "/URLReferences/{id}", Route.Access.BEARER, Scopes.FEATURES_WRITE, this::deleteUrl);
    router.add("GET", BASE + "/ExternalReferences", Route.Access.BEARER, Scopes.FEATURES_READ, this::listExternal);
    router.add("POST", BASE + "/ExternalReferences", Route.Access.BEARER, Scopes.FEATURES_WRITE, this::createExternal);
    router.add("DELETE", BASE + "/ExternalReferences/{id}/{parentUuid}", Route.Access.BEARER, Scopes.FEATURES_WRITE,
        this::deleteExternal);
  }

  private synchronized ApiResponse listUrl(ApiRequest request) {
    return ApiResponse.ok(urlQuery.answer(request, List.copyOf(urlReferences)));
  }

  private synchronized ApiResponse listExternal(ApiRequest request) {
    return ApiResponse.ok(externalQuery.answer(request, List.copyOf(externalReferences)));
  }

  private synchronized ApiResponse createUrl(ApiRequest request) {
    ObjectNode body = Json.parseObject(request.body());
    only(body, Set.of("parentUuid", "name", "url"), "a URL reference");
    UUID parent = parent(body);
    UrlReference reference = new UrlReference(UUID.randomUUID(), parent, required(body, "name"), required(body, "url"),
        clock.instant());
    urlReferences.add(reference);
    return ApiResponse.created(toJson(reference));
  }

  private synchronized ApiResponse deleteUrl(ApiRequest request) {
    UUID id = FeaturesApi.guid(request.pathVariable("id"), "the URL reference id");
    if (!urlReferences.removeIf(r -> r.id().equals(id))) {
      throw ApiException.notFound("URL reference " + id + " does not exist.");
    }
    return ApiResponse.noContent();
  }

  private synchronized ApiResponse createExternal(ApiRequest request) {
    ObjectNode body = Json.parseObject(request.body());
    only(body, Set.of("id", "parentUuid", "name", "url"), "an external reference");
    UUID parent = parent(body);
    String id = required(body, "id");
    if (externalReferences.stream().anyMatch(r -> r.id().equals(id) && r.parentUuid().equals(parent))) {
      throw ApiException.conflict("Feature " + parent + " already has the external reference '" + id + "'.");
    }
    JsonNode url = body.get("url");
    ExternalReference reference = new ExternalReference(id, parent, required(body, "name"),
        url == null || url.isNull() ? null : url.asText(), clock.instant());
    externalReferences.add(reference);
    return ApiResponse.created(toJson(reference));
  }

  private synchronized ApiResponse deleteExternal(ApiRequest request) {
    String id = request.pathVariable("id");
    UUID parent = FeaturesApi.guid(request.pathVariable("parentUuid"), "the parent feature uuid");
    if (!externalReferences.removeIf(r -> r.id().equals(id) && r.parentUuid().equals(parent))) {
      throw ApiException.notFound("Feature " + parent + " has no external reference '" + id + "'.");
    }
    return ApiResponse.noContent();
  }

  private UUID parent(ObjectNode body) {
    UUID parent = FeaturesApi.guid(required(body, "parentUuid"), "parentUuid");
    if (features.find(parent).isEmpty()) {
      throw ApiException.badRequest("parentUuid " + parent + " is not an existing feature.");
    }
    return parent;
  }

  private static void only(ObjectNode body, Set<String> allowed, String what) {
    body.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        throw ApiException.badRequest("Unknown property '" + name + "' for " + what + "; accepted: "
            + String.join(", ", allowed) + ".");
      }
    });
  }

  private static String required(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw ApiException.badRequest("'" + field + "' is required (a non-empty string).");
    }
    return value.textValue();
  }

  private static ObjectNode toJson(UrlReference reference) {
    return Json.object().put("id", reference.id().toString()).put("parentUuid", reference.parentUuid().toString())
        .put("name", reference.name()).put("url", reference.url())
        .put("createdAt", FeatureJson.timestamp(reference.createdAt()));
  }

  private static ObjectNode toJson(ExternalReference reference) {
    return Json.object().put("id", reference.id()).put("parentUuid", reference.parentUuid().toString())
        .put("name", reference.name()).put("url", reference.url())
        .put("createdAt", FeatureJson.timestamp(reference.createdAt()));
  }
}
