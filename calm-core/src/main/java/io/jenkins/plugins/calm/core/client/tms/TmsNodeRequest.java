package io.jenkins.plugins.calm.core.client.tms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.http.Json;
import java.util.List;
import java.util.Objects;

/**
 * What {@code POST /v2/nodes/upload} and {@code /v2/nodes/export} take: content type
 * ({@code MTA} by default), storage type ({@code FILE}), the node name, a description, the named
 * user, and the entries (file IDs of earlier uploads).
 */
public final class TmsNodeRequest {

    private final String nodeName;
    private final String description;
    private final String namedUser;
    private final List<String> entries;
    private final String contentType;
    private final String storageType;

    private TmsNodeRequest(String nodeName, String description, String namedUser, List<String> entries,
            String contentType, String storageType) {
        this.nodeName = nodeName;
        this.description = description;
        this.namedUser = namedUser;
        this.entries = entries;
        this.contentType = contentType;
        this.storageType = storageType;
    }

    /**
     * An MTA stored as a file.
     *
     * @param nodeName the transport node (upload: the first target node; export: the node whose
     *     follow-on nodes get the request)
     * @param description the transport request's description (e.g. the commit ID)
     * @param namedUser the user to record (e.g. who started the Jenkins build)
     * @param file the uploaded file
     */
    public static TmsNodeRequest mta(String nodeName, String description, String namedUser, TmsFile file) {
        return new TmsNodeRequest(nonBlank(nodeName, "nodeName"), Objects.requireNonNullElse(description, ""),
                nonBlank(namedUser, "namedUser"), List.of(Long.toString(file.fileId())), "MTA", "FILE");
    }

    /** The same request with another content type (e.g. {@code BTP_ABAP}) and entries. */
    public TmsNodeRequest withContent(String newContentType, String newStorageType, List<String> newEntries) {
        if (newEntries.isEmpty()) {
            throw new IllegalArgumentException("a transport request needs at least one entry");
        }
        return new TmsNodeRequest(nodeName, description, namedUser, List.copyOf(newEntries),
                nonBlank(newContentType, "contentType"), nonBlank(newStorageType, "storageType"));
    }

    public String nodeName() {
        return nodeName;
    }

    ObjectNode toJson() {
        ObjectNode body = Json.object();
        body.put("contentType", contentType);
        body.put("storageType", storageType);
        body.put("nodeName", nodeName);
        body.put("description", description);
        body.put("namedUser", namedUser);
        ArrayNode list = body.putArray("entries");
        entries.forEach(uri -> list.addObject().put("uri", uri));
        return body;
    }

    private static String nonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.trim();
    }
}
