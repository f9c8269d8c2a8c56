package io.jenkins.plugins.calm.core.testing;

import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer that plays XSUAA and Cloud ALM: token requests ({@code /uaa/oauth/token}) are
 * answered automatically (counted, tokens {@code token-1}, {@code token-2}, ...); API requests
 * ({@code /api/...}) get the responses the test enqueued, in order.
 */
public final class FakeCloudAlm extends Dispatcher implements AutoCloseable {

    public static final String CLIENT_ID = "sb-jenkins!b123|sapcloudalm!b456";
    public static final String SECRET = "S3cr3t-ClientSecret-Never-Shown";

    private final MockWebServer server = new MockWebServer();
    private final AtomicInteger tokenCount = new AtomicInteger();
    private final BlockingQueue<MockResponse> apiResponses = new LinkedBlockingQueue<>();
    private final List<RecordedRequest> apiRequests = Collections.synchronizedList(new ArrayList<>());
    private final List<RecordedRequest> tokenRequests = Collections.synchronizedList(new ArrayList<>());
    private volatile String tokenJsonExtra = ",\"scope\":\"uaa.resource\"";
    private volatile long expiresIn = 43199;
    private volatile MockResponse tokenFailure;
    private volatile long tokenDelayMillis;
    public final RecordingSleeper sleeper = new RecordingSleeper();

    private volatile String requiredProxyAuthorization;

    public FakeCloudAlm() throws IOException {
        this(server -> { });
    }

    /** @param beforeStart configures the server before it starts, e.g. {@code useHttps} */
    public FakeCloudAlm(Consumer<MockWebServer> beforeStart) throws IOException {
        server.setDispatcher(this);
        server.setServerSocketFactory(new NoDelayServerSockets());
        beforeStart.accept(server);
        server.start();
    }

    /** Acts as a proxy that answers 407 unless this Proxy-Authorization header is sent. */
    public void requireProxyAuthorization(String header) {
        this.requiredProxyAuthorization = header;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        if (requiredProxyAuthorization != null
                && !requiredProxyAuthorization.equals(request.getHeaders().get("Proxy-Authorization"))) {
            return new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"proxy\"")
                    .build();
        }
        if (path.startsWith("/uaa/")) {
            tokenRequests.add(request);
            if (tokenFailure != null) {
                return tokenFailure;
            }
            int n = tokenCount.incrementAndGet();
            return new MockResponse.Builder()
                    .headersDelay(tokenDelayMillis, TimeUnit.MILLISECONDS)
                    .addHeader("Content-Type", "application/json")
                    .body("{\"access_token\":\"token-" + n + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn
                            + tokenJsonExtra + ",\"jti\":\"j" + n + "\"}")
                    .build();
        }
        apiRequests.add(request);
        MockResponse next = apiResponses.poll(5, TimeUnit.SECONDS);
        return next != null ? next
                : new MockResponse.Builder().code(599).body("no response enqueued for " + path).build();
    }

    public MockWebServer server() {
        return server;
    }

    /** Service key JSON with this server as XSUAA and Cloud ALM. */
    public String serviceKeyJson() {
        return "{\"endpoints\":{\"Api\":\"" + server.url("/api") + "\"},\"uaa\":{\"url\":\"" + server.url("/uaa")
                + "\",\"clientid\":\"" + CLIENT_ID + "\",\"clientsecret\":\"" + SECRET
                + "\",\"identityzone\":\"tenant\",\"credential-type\":\"binding-secret\"}}";
    }

    public ServiceKey key() {
        return ServiceKey.parse(serviceKeyJson());
    }

    /** Settings for tests: recorded sleeps, fixed jitter, fast retries. */
    public ClientSettings.Builder settings() {
        return ClientSettings.builder()
                .sleeper(sleeper)
                .jitter(() -> 0.5)
                .retryPolicy(RetryPolicy.of(3, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofSeconds(60)))
                .readTimeout(Duration.ofSeconds(10));
    }

    public CloudAlmClient client() {
        return CloudAlmClient.create(key(), settings().build());
    }

    public CloudAlmClient client(Consumer<ClientSettings.Builder> customizer) {
        ClientSettings.Builder builder = settings();
        customizer.accept(builder);
        return CloudAlmClient.create(key(), builder.build());
    }

    public FakeCloudAlm enqueue(MockResponse response) {
        apiResponses.add(response);
        return this;
    }

    public FakeCloudAlm enqueueJson(String json) {
        return enqueue(200, json);
    }

    public FakeCloudAlm enqueue(int code, String json) {
        return enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(json).build());
    }

    public void tokenResponseExtra(String jsonFields) {
        this.tokenJsonExtra = jsonFields;
    }

    public void expiresIn(long seconds) {
        this.expiresIn = seconds;
    }

    public void failTokens(MockResponse response) {
        this.tokenFailure = response;
    }

    public void tokenDelay(long millis) {
        this.tokenDelayMillis = millis;
    }

    public int tokenRequestCount() {
        return tokenRequests.size();
    }

    public List<RecordedRequest> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    public List<RecordedRequest> apiRequests() {
        return List.copyOf(apiRequests);
    }

    public RecordedRequest lastApiRequest() {
        List<RecordedRequest> all = apiRequests();
        return all.get(all.size() - 1);
    }

    /** The API path with query, relative to the server, e.g. {@code /api/calm-features/v1/Features?...}. */
    public static String target(RecordedRequest request) {
        return request.getTarget();
    }

    @Override
    public void close() {
        server.close();
    }
}
