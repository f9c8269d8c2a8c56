package io.jenkins.plugins.calm.core.client.http;

import okhttp3.HttpUrl;

/**
 * Which scope a Cloud ALM route needs (reference "Scopes"), so that a 403 can name it. Names are
 * given without the {@code $XSMASTERAPPNAME.} prefix the service instance's authorities carry.
 */
public final class RouteScopes {

    public static final String FEATURES_READ = "calm-api.features.read";
    public static final String FEATURES_WRITE = "calm-api.features.write";
    public static final String PROJECTS_READ = "calm-api.projects.read";
    public static final String PROJECTS_WRITE = "calm-api.projects.write";
    public static final String TASKS_READ = "calm-api.tasks.read";
    public static final String TASKS_WRITE = "calm-api.tasks.write";
    /** Deployment management display scope; needed by the Transport Management pass-through. */
    public static final String CDM_DISPLAY = "imp-cdm-feature-display-ui";
    /** Deployment management manage scope; needed to create transports through the pass-through. */
    public static final String CDM_MANAGE = "imp-cdm-feature-manage-ui";

    private final String apiPath;

    /** @param apiRoot the API URL ({@code endpoints.Api}); routes are looked up relative to it */
    public RouteScopes(HttpUrl apiRoot) {
        String path = apiRoot.encodedPath();
        this.apiPath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The scope {@code method url} needs, or {@code null} when the route is not one this client knows. */
    public String scopeFor(String method, HttpUrl url) {
        String path = url.encodedPath();
        if (!path.startsWith(apiPath)) {
            return null;
        }
        String route = path.substring(apiPath.length());
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (route.startsWith("/calm-features/")) {
            return read ? FEATURES_READ : FEATURES_WRITE;
        }
        if (route.startsWith("/calm-projects/")) {
            return read ? PROJECTS_READ : PROJECTS_WRITE;
        }
        if (route.startsWith("/calm-tasks/")) {
            return read ? TASKS_READ : TASKS_WRITE;
        }
        if (route.startsWith("/imp-cdm-transport-management-api/")) {
            return read ? CDM_DISPLAY : CDM_MANAGE;
        }
        return null;
    }
}
