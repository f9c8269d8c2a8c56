package io.jenkins.plugins.calm.sandbox.transports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.ApiRequest;
import io.jenkins.plugins.calm.sandbox.http.ApiResponse;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.http.Multipart;
import io.jenkins.plugins.calm.sandbox.http.Route;
import io.jenkins.plugins.calm.sandbox.http.Router;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cloud ALM's Transport Management pass-through ({@code /api/imp-cdm-transport-management-api/v1},
 * reference §6.2): the CTMS v2 calls Project Piper makes. A transport request created by
 * {@code nodes/upload} or {@code nodes/export} then appears in /Transports, where a user (here:
 * {@code POST /sandbox/transports/{id}/assign}) assigns it to a feature.
 */
public final class TmsPassThrough {
  public static final String BASE = "/api/imp-cdm-transport-management-api/v1";
  /**
   * The Features app shows the CTMS destination name as a prefix of the transport ID (reference
   * §3.5); the sandbox's destination is called this, so transport request 1001 is listed as
   * {@code CALM_FTR_CTMS_SANDBOX-1001}. The exact format is INFERRED.
   */
  public static final String TRANSPORT_ID_PREFIX = "CALM_FTR_CTMS_SANDBOX-";

  private final Map<String, TmsNode> nodes = new LinkedHashMap<>();
  private final ConcurrentHashMap<Long, ObjectNode> files = new ConcurrentHashMap<>();
  private final AtomicLong nextFileId = new AtomicLong(5001);
  private final AtomicLong nextTransportRequest = new AtomicLong(1001);
  private final AtomicLong nextQueueId = new AtomicLong(1);
  private final TransportStore transports;
  private final Clock clock;

  public TmsPassThrough(List<TmsNode> landscape, TransportStore transports, Clock clock) {
    landscape.forEach(node -> nodes.put(node.name(), node));
    this.transports = transports;
    this.clock = clock;
  }

  public static String transportId(String transportRequestId) {
    return TRANSPORT_ID_PREFIX + transportRequestId;
  }

  public void register(Router router) {
    router.add("GET", BASE + "/v2/nodes", Route.Access.BEARER, Scopes.CDM_DISPLAY, this::listNodes);
    router.add("POST", BASE + "/v2/files/upload", Route.Access.BEARER, Scopes.CDM_MANAGE, this::uploadFile);
    router.add("POST", BASE + "/v2/nodes/upload", Route.Access.BEARER, Scopes.CDM_MANAGE, r -> createRequest(r, false));
    router.add("POST", BASE + "/v2/nodes/export", Route.Access.BEARER, Scopes.CDM_MANAGE, r -> createRequest(r, true));
  }

  private ApiResponse listNodes(ApiRequest request) {
    ObjectNode body = Json.object();
    ArrayNode list = body.putArray("nodes");
    for (TmsNode node : nodes.values()) {
      list.addObject().put("id", node.id()).put("name", node.name()).put("description", node.description())
          .put("uploadAllowed", node.uploadAllowed());
    }
    return ApiResponse.ok(body);
  }

  private ApiResponse uploadFile(ApiRequest request) {
    Multipart multipart = Multipart.parse(request);
    Multipart.Part file = multipart.part("file").orElseThrow(() -> ApiException.badRequest(
        "The upload has no 'file' part; send the archive as multipart form field 'file'."));
    if (file.fileName() == null || file.fileName().isBlank()) {
      throw ApiException.badRequest("The 'file' part has no filename in its Content-Disposition.");
    }
    if (file.content().length == 0) {
      throw ApiException.badRequest("The uploaded file '" + file.fileName() + "' is empty.");
    }
    long fileId = nextFileId.getAndIncrement();
    ObjectNode record = Json.object().put("fileId", fileId).put("fileName", file.fileName())
        .put("size", file.content().length)
        .put("namedUser", multipart.part("namedUser").map(Multipart.Part::text).orElse(null));
    files.put(fileId, record);
    return ApiResponse.created(Json.object().put("fileId", fileId).put("fileName", file.fileName()));
  }

  private ApiResponse createRequest(ApiRequest request, boolean export) {
    ObjectNode body = Json.parseObject(request.body());
    String contentType = text(body, "contentType");
    if (!"MTA".equals(contentType)) {
      throw ApiException.badRequest("contentType must be \"MTA\" (the only content type the sandbox emulates), not "
          + (contentType == null ? "missing" : "\"" + contentType + "\"") + ".");
    }
    String storageType = text(body, "storageType");
    if (!"FILE".equals(storageType)) {
      throw ApiException.badRequest("storageType must be \"FILE\" (entries refer to uploaded files), not "
          + (storageType == null ? "missing" : "\"" + storageType + "\"") + ".");
    }
    String nodeName = text(body, "nodeName");
    TmsNode node = nodeName == null ? null : nodes.get(nodeName);
    if (node == null) {
      throw ApiException.badRequest("Unknown nodeName " + (nodeName == null ? "(missing)" : "'" + nodeName + "'")
          + "; nodes: " + String.join(", ", nodes.keySet()) + " (GET " + BASE + "/v2/nodes).");
    }
    if (!export && !node.uploadAllowed()) {
      throw ApiException.badRequest("Node '" + node.name() + "' does not allow uploads.");
    }
    List<String> fileNames = entries(body);
    List<TmsNode> queues = new ArrayList<>();
    if (export) {
      if (node.next() != null) {
        queues.add(nodes.get(node.next()));
      }
    } else {
      queues.add(node);
    }
    long requestId = nextTransportRequest.getAndIncrement();
    String description = text(body, "description");
    if (description == null || description.isBlank()) {
      description = String.join(", ", fileNames);
    }
    var now = clock.instant();
    transports.put(new Transport(transportId(String.valueOf(requestId)), description, "CTMS", "RELEASED", node.name(),
        null, now, now));
    ObjectNode response = Json.object().put("transportRequestId", requestId)
        .put("transportRequestDescription", description);
    ArrayNode entries = response.putArray("queueEntries");
    for (TmsNode queue : queues) {
      entries.addObject().put("queueId", nextQueueId.getAndIncrement()).put("nodeId", queue.id())
          .put("nodeName", queue.name());
    }
    return ApiResponse.ok(response);
  }

  private List<String> entries(ObjectNode body) {
    JsonNode entries = body.get("entries");
    if (entries == null || !entries.isArray() || entries.isEmpty()) {
      throw ApiException.badRequest("entries must be a non-empty array like [{\"uri\":\"<fileId>\"}].");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode entry : entries) {
      String uri = entry.isObject() ? text((ObjectNode) entry, "uri") : null;
      ObjectNode file = null;
      try {
        file = uri == null ? null : files.get(Long.parseLong(uri.trim()));
      } catch (NumberFormatException e) {
        // reported below
      }
      if (file == null) {
        throw ApiException.badRequest("Entry " + entry + " does not refer to an uploaded file: \"uri\" must be a "
            + "fileId returned by " + BASE + "/v2/files/upload.");
      }
      names.add(file.get("fileName").asText());
    }
    return names;
  }

  private static String text(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
