package io.jenkins.plugins.calm.core.client.http;

import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.UnexpectedResponseException;
import okhttp3.HttpUrl;

/**
 * What every API class needs: the API root ({@code endpoints.Api}), the executor, and the
 * settings. Builds service URLs below the root and guards against following links elsewhere.
 */
public final class CloudAlmEndpoint {

    private final HttpUrl apiRoot;
    private final CallExecutor executor;
    private final ClientSettings settings;

    public CloudAlmEndpoint(HttpUrl apiRoot, CallExecutor executor, ClientSettings settings) {
        this.apiRoot = apiRoot;
        this.executor = executor;
        this.settings = settings;
    }

    /** A URL builder for {@code apiRoot + "/" + servicePath}, e.g. {@code service("calm-features/v1/Features")}. */
    public HttpUrl.Builder service(String servicePath) {
        return apiRoot.newBuilder().addPathSegments(servicePath);
    }

    public ApiResponse execute(ApiRequest request) {
        return executor.execute(request);
    }

    public ClientSettings settings() {
        return settings;
    }

    public HttpUrl apiRoot() {
        return apiRoot;
    }

    /**
     * Resolves a link from a response (e.g. {@code @nextLink}) against the URL it came from and makes
     * sure it stays on the API's scheme, host and port: the bearer token must never go elsewhere.
     */
    public HttpUrl followLink(ApiRequest from, String link) {
        HttpUrl next = from.url().resolve(link);
        if (next == null || !next.scheme().equals(apiRoot.scheme()) || !next.host().equals(apiRoot.host())
                || next.port() != apiRoot.port()) {
            throw new UnexpectedResponseException(from.method(), from.url().toString(), 200,
                    ErrorTranslator.call(from) + " returned a link to "
                            + (next == null ? "an unreadable URL" : next.scheme() + "://" + next.host() + ":" + next.port())
                            + ", outside the API URL " + apiRoot + ". It was not followed, to keep the access token "
                            + "from leaving Cloud ALM. Check the API URL of the connection.");
        }
        return next;
    }
}
