package io.jenkins.plugins.calm.core.client.projects;

import io.jenkins.plugins.calm.core.client.http.ApiRequest;
import io.jenkins.plugins.calm.core.client.http.CloudAlmEndpoint;
import io.jenkins.plugins.calm.core.client.odata.ODataCollections;
import java.util.List;

/**
 * The Projects API ({@code /calm-projects/v1}). {@code GET /projects} answers a bare JSON array in
 * SAP's samples and an OData envelope {@code {"value":[...]}} elsewhere; both are accepted.
 */
public final class ProjectsApi {

    private final CloudAlmEndpoint endpoint;

    public ProjectsApi(CloudAlmEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** All projects the service key can see. */
    public List<Project> list() {
        return ODataCollections.all(endpoint,
                ApiRequest.get(endpoint.service("calm-projects/v1/projects").build()).build(), Project::fromJson);
    }
}
