package io.jenkins.plugins.calm.sandbox.transports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import io.jenkins.plugins.calm.sandbox.features.Feature;
import io.jenkins.plugins.calm.sandbox.features.FeatureJson;
import io.jenkins.plugins.calm.sandbox.features.FeatureStore;
import io.jenkins.plugins.calm.sandbox.features.FeaturesApi;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.ApiRequest;
import io.jenkins.plugins.calm.sandbox.http.ApiResponse;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.http.Route;
import io.jenkins.plugins.calm.sandbox.http.Router;
import io.jenkins.plugins.calm.sandbox.odata.CollectionQuery;
import io.jenkins.plugins.calm.sandbox.odata.EdmType;
import io.jenkins.plugins.calm.sandbox.odata.EntitySchema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The read-only transport views of the Features service (§3.5): /Transports, one transport,
 * {@code /Transports/{id}/parent} (the feature it is assigned to, 3rd-party VERIFIED) and
 * /TransportReferences (transport ⇄ feature pairs; fields INFERRED).
 */
public final class TransportsApi {
  private static final String BASE = FeaturesApi.BASE;

  private final TransportStore transports;
  private final FeatureStore features;
  private final FeatureJson featureJson;
  private final CollectionQuery<Transport> transportQuery;
  private final CollectionQuery<Transport> referenceQuery;

  public TransportsApi(TransportStore transports, FeatureStore features, FeatureJson featureJson, int pageSize) {
    this.transports = transports;
    this.features = features;
    this.featureJson = featureJson;
    this.transportQuery = new CollectionQuery<>(new EntitySchema<Transport>("Transports")
        .property("id", EdmType.STRING, Transport::id)
        .property("type", EdmType.STRING, Transport::type)
        .property("status", EdmType.STRING, Transport::status)
        .property("createdAt", EdmType.DATETIME, Transport::createdAt)
        .property("modifiedAt", EdmType.DATETIME, Transport::modifiedAt), TransportsApi::toJson, pageSize);
    this.referenceQuery = new CollectionQuery<>(new EntitySchema<Transport>("TransportReferences")
        .property("transportId", EdmType.STRING, Transport::id)
        .property("parentUuid", EdmType.GUID, Transport::feature), TransportsApi::referenceJson, pageSize);
  }

  public void register(Router router) {
    router.add("GET", BASE + "/Transports", Route.Access.BEARER, Scopes.FEATURES_READ,
        r -> ApiResponse.ok(transportQuery.answer(r, transports.all())));
    router.add("GET", BASE + "/Transports/{id}", Route.Access.BEARER, Scopes.FEATURES_READ,
        r -> ApiResponse.ok(toJson(find(r))));
    router.add("GET", BASE + "/Transports/{id}/parent", Route.Access.BEARER, Scopes.FEATURES_READ, this::parent);
    router.add("GET", BASE + "/TransportReferences", Route.Access.BEARER, Scopes.FEATURES_READ,
        r -> ApiResponse.ok(referenceQuery.answer(r, assigned())));
  }

  private Transport find(ApiRequest request) {
    String id = request.pathVariable("id");
    return transports.find(id).orElseThrow(() -> ApiException.notFound("Transport " + id + " does not exist."));
  }

  private ApiResponse parent(ApiRequest request) {
    Transport transport = find(request);
    Feature feature = transport.feature() == null ? null : features.find(transport.feature()).orElse(null);
    if (feature == null) {
      throw ApiException.notFound("Transport " + transport.id() + " is not assigned to a feature.");
    }
    return ApiResponse.ok(featureJson.toJson(feature));
  }

  private List<Transport> assigned() {
    return transports.all().stream().filter(t -> t.feature() != null).collect(Collectors.toList());
  }

  public static ObjectNode toJson(Transport transport) {
    return Json.object().put("id", transport.id()).put("description", transport.description())
        .put("type", transport.type()).put("status", transport.status()).put("sourceNode", transport.sourceNode())
        .put("createdAt", FeatureJson.timestamp(transport.createdAt()))
        .put("modifiedAt", FeatureJson.timestamp(transport.modifiedAt()));
  }

  private static ObjectNode referenceJson(Transport transport) {
    return Json.object().put("transportId", transport.id()).put("parentUuid", transport.feature().toString());
  }
}
