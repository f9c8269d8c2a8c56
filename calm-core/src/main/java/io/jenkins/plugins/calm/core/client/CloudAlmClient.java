package io.jenkins.plugins.calm.core.client;

import io.jenkins.plugins.calm.core.auth.AccessToken;
import io.jenkins.plugins.calm.core.auth.ClientCredentialsTokenProvider;
import io.jenkins.plugins.calm.core.client.features.FeaturesApi;
import io.jenkins.plugins.calm.core.client.features.ReferencesApi;
import io.jenkins.plugins.calm.core.client.features.TransportsApi;
import io.jenkins.plugins.calm.core.client.http.CallExecutor;
import io.jenkins.plugins.calm.core.client.http.CloudAlmEndpoint;
import io.jenkins.plugins.calm.core.client.http.ErrorTranslator;
import io.jenkins.plugins.calm.core.client.http.HttpClients;
import io.jenkins.plugins.calm.core.client.http.RouteScopes;
import io.jenkins.plugins.calm.core.client.projects.ProjectsApi;
import io.jenkins.plugins.calm.core.client.tasks.TasksApi;
import io.jenkins.plugins.calm.core.client.tms.TransportManagementApi;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.tls.Pem;
import java.io.Closeable;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The client of one Cloud ALM tenant, for one service key. Thread-safe; create one per
 * connection and share it: it caches the access token and the code lists.
 *
 * <pre>{@code
 * try (CloudAlmClient client = CloudAlmClient.create(ServiceKey.parse(json), ClientSettings.defaults())) {
 *     Feature feature = client.features().findByDisplayId("6-123").orElseThrow();
 *     client.features().switchStatus(feature.uuid(), "In Testing");
 * }
 * }</pre>
 */
public final class CloudAlmClient implements Closeable {

    private final ServiceKey key;
    private final ClientSettings settings;
    private final OkHttpClient apiHttp;
    private final OkHttpClient tokenHttp;
    private final ClientCredentialsTokenProvider tokens;
    private final FeaturesApi features;
    private final TransportsApi transports;
    private final ReferencesApi references;
    private final ProjectsApi projects;
    private final TasksApi tasks;
    private final TransportManagementApi transportManagement;

    private CloudAlmClient(ServiceKey key, ClientSettings settings) {
        this.key = key;
        this.settings = settings;
        HttpUrl apiRoot = HttpUrl.get(key.apiUrl());
        ErrorTranslator translator = new ErrorTranslator(new RouteScopes(apiRoot));
        this.apiHttp = HttpClients.create(settings, null, null);
        this.tokenHttp = key.isX509()
                ? HttpClients.create(settings, Pem.privateKey(key.privateKeyPem(), "uaa.key"),
                        Pem.certificates(key.certificatePem(), "uaa.certificate"))
                : apiHttp;
        CallExecutor tokenExecutor = new CallExecutor(tokenHttp, null, translator, settings.retryPolicy(),
                settings.sleeper(), settings.clock(), settings.jitter(), settings.userAgent());
        this.tokens = new ClientCredentialsTokenProvider(key, tokenExecutor, settings.clock(),
                settings.tokenExpiryMargin());
        CallExecutor apiExecutor = new CallExecutor(apiHttp, tokens, translator, settings.retryPolicy(),
                settings.sleeper(), settings.clock(), settings.jitter(), settings.userAgent());
        CloudAlmEndpoint endpoint = new CloudAlmEndpoint(apiRoot, apiExecutor, settings);
        this.features = new FeaturesApi(endpoint);
        this.transports = new TransportsApi(endpoint);
        this.references = new ReferencesApi(endpoint, settings.referenceMapping());
        this.projects = new ProjectsApi(endpoint);
        this.tasks = new TasksApi(endpoint);
        this.transportManagement = new TransportManagementApi(endpoint);
    }

    /** A client for the tenant of {@code key}. Makes no call yet. */
    public static CloudAlmClient create(ServiceKey key, ClientSettings settings) {
        return new CloudAlmClient(Objects.requireNonNull(key, "key"), Objects.requireNonNull(settings, "settings"));
    }

    /** Features, their status/priority code lists ({@code /calm-features/v1}). */
    public FeaturesApi features() {
        return features;
    }

    /** Transports and the feature a transport belongs to. */
    public TransportsApi transports() {
        return transports;
    }

    /** URL and external references on features. */
    public ReferencesApi references() {
        return references;
    }

    /** Projects ({@code /calm-projects/v1}). */
    public ProjectsApi projects() {
        return projects;
    }

    /** Comments on tasks and user stories ({@code /calm-tasks/v1}). */
    public TasksApi tasks() {
        return tasks;
    }

    /** Cloud Transport Management through Cloud ALM's pass-through. */
    public TransportManagementApi transportManagement() {
        return transportManagement;
    }

    public ServiceKey serviceKey() {
        return key;
    }

    public ClientSettings settings() {
        return settings;
    }

    /**
     * Checks the connection end to end: gets a token, lists the projects, and compares the
     * token's scopes (when the token service tells them) with those the plugin uses.
     *
     * @throws CloudAlmException (a subclass naming the problem) when either step fails
     */
    public ConnectionCheck checkConnection() {
        AccessToken token = tokens.token();
        int projectCount = projects.list().size();
        return new ConnectionCheck(key.tenantHost(), projectCount, token.scopes().orElse(null));
    }

    /**
     * Releases pooled connections. A base client given in the settings stays usable: its
     * dispatcher and pool belong to whoever created it, so only idle connections are closed.
     */
    @Override
    public void close() {
        apiHttp.connectionPool().evictAll();
        tokenHttp.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "CloudAlmClient[" + key + "]";
    }
}
