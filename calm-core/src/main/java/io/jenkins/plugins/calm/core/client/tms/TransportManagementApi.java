package io.jenkins.plugins.calm.core.client.tms;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.client.UnexpectedResponseException;
import io.jenkins.plugins.calm.core.client.http.ApiRequest;
import io.jenkins.plugins.calm.core.client.http.CloudAlmEndpoint;
import io.jenkins.plugins.calm.core.client.http.ErrorTranslator;
import io.jenkins.plugins.calm.core.client.http.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Cloud Transport Management through Cloud ALM's pass-through
 * ({@code endpoints.Api + /imp-cdm-transport-management-api/v1}, the CTMS v2 calls with a Cloud ALM
 * token). Needs the deployment management scopes ({@code imp-cdm-feature-manage-ui}).
 */
public final class TransportManagementApi {

    static final String SERVICE = "imp-cdm-transport-management-api/v1";
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private final CloudAlmEndpoint endpoint;

    public TransportManagementApi(CloudAlmEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The transport nodes ({@code GET /v2/nodes}). */
    public List<TmsNode> nodes() {
        ApiRequest request = ApiRequest.get(url("v2/nodes")).build();
        JsonNode nodes = endpoint.execute(request).json().get("nodes");
        if (nodes == null || !nodes.isArray()) {
            throw new UnexpectedResponseException(request.method(), request.url().toString(), 200,
                    ErrorTranslator.call(request) + " returned JSON without a \"nodes\" array.");
        }
        List<TmsNode> result = new ArrayList<>();
        for (JsonNode node : nodes) {
            result.add(new TmsNode(node.path("id").asLong(), Json.text(node, "name")));
        }
        return result;
    }

    /**
     * Uploads a file ({@code POST /v2/files/upload}, multipart: {@code file} and {@code namedUser}).
     * The file is streamed from disk, never held in memory, and may be sent twice only if the
     * token had to be renewed (a 401 means it was not accepted the first time). Never retried
     * otherwise: a second upload would create a second file.
     */
    public TmsFile uploadFile(Path file, String namedUser) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new LocalFileException("Cannot upload " + file.toAbsolutePath() + ": it does not exist, is not a "
                    + "regular file or is not readable. Check the path given to the step (relative paths are "
                    + "resolved against the workspace).");
        }
        if (namedUser == null || namedUser.isBlank()) {
            throw new IllegalArgumentException("namedUser must not be blank");
        }
        MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("file", file.getFileName().toString(), RequestBody.create(file.toFile(), OCTET_STREAM))
                .addFormDataPart("namedUser", namedUser)
                .build();
        ApiRequest request = ApiRequest.post(url("v2/files/upload"), body)
                .callTimeout(endpoint.settings().uploadTimeout())
                .build();
        JsonNode response = endpoint.execute(request).json();
        if (!response.path("fileId").canConvertToLong()) {
            throw new UnexpectedResponseException(request.method(), request.url().toString(), 200,
                    ErrorTranslator.call(request) + " returned no numeric \"fileId\".");
        }
        return new TmsFile(response.get("fileId").asLong(), Json.text(response, "fileName"));
    }

    /** Creates a transport request in the node itself ({@code POST /v2/nodes/upload}). */
    public TmsTransportRequest uploadToNode(TmsNodeRequest nodeRequest) {
        return nodeCall("v2/nodes/upload", nodeRequest);
    }

    /** Creates a transport request for the node's follow-on nodes ({@code POST /v2/nodes/export}). */
    public TmsTransportRequest exportFromNode(TmsNodeRequest nodeRequest) {
        return nodeCall("v2/nodes/export", nodeRequest);
    }

    private TmsTransportRequest nodeCall(String path, TmsNodeRequest nodeRequest) {
        ApiRequest request = ApiRequest.post(url(path), nodeRequest.toJson())
                .rejectedHint("Transport Management refused the request; check that node \"" + nodeRequest.nodeName()
                        + "\" exists and allows uploads, and that the file ID is from an earlier upload.")
                .notFoundHint("Transport Management does not know the node \"" + nodeRequest.nodeName()
                        + "\" (or the pass-through is not available for this tenant).")
                .build();
        JsonNode response = endpoint.execute(request).json();
        if (!response.path("transportRequestId").canConvertToLong()) {
            throw new UnexpectedResponseException(request.method(), request.url().toString(), 200,
                    ErrorTranslator.call(request) + " returned no numeric \"transportRequestId\".");
        }
        List<TmsTransportRequest.QueueEntry> queues = new ArrayList<>();
        for (JsonNode entry : response.path("queueEntries")) {
            queues.add(new TmsTransportRequest.QueueEntry(entry.path("queueId").asLong(), entry.path("nodeId").asLong(),
                    Json.text(entry, "nodeName")));
        }
        return new TmsTransportRequest(response.get("transportRequestId").asLong(),
                Json.text(response, "transportRequestDescription"), queues);
    }

    private HttpUrl url(String path) {
        return endpoint.service(SERVICE).addPathSegments(path).build();
    }
}
