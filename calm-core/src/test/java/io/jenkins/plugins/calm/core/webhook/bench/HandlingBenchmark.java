package io.jenkins.plugins.calm.core.webhook.bench;

import io.jenkins.plugins.calm.core.webhook.WebhookConnection;
import io.jenkins.plugins.calm.core.webhook.WebhookConnections;
import io.jenkins.plugins.calm.core.webhook.WebhookHandler;
import io.jenkins.plugins.calm.core.webhook.WebhookRequest;
import io.jenkins.plugins.calm.core.webhook.WebhookResult;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookAuthPolicy;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookSecret;
import io.jenkins.plugins.calm.core.webhook.gate.RequestBody;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The time to handle one delivery end to end, as the endpoint does on its request thread: body
 * gate, secret check (Basic, SHA-256, constant time), JSON parse under limits, payload mapping,
 * deduplication and routing against 10,000 triggers (bench/webhook-routing).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HandlingBenchmark {

    private static final String SECRET = "bench-webhook-secret-0123456789abcdef";
    private static final int DISTINCT_DELIVERIES = 16_384;

    private WebhookHandler handler;
    private WebhookRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        List<WebhookConnection> connections = new ArrayList<>();
        for (int c = 0; c < BenchFixtures.CONNECTIONS; c++) {
            connections.add(new WebhookConnection(BenchFixtures.connection(c),
                    WebhookAuthPolicy.requireSecret(WebhookSecret.of(SECRET)), null, BenchFixtures.resolver()));
        }
        handler = WebhookHandler.builder(WebhookConnections.of(connections), new TriggerRouter(BenchFixtures.triggers()),
                handle -> BuildState.NOT_FOUND).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(("cloudalm:" + SECRET).getBytes(StandardCharsets.UTF_8));
        Random random = new Random(11);
        // More distinct deliveries than the deduplicator remembers, so none is ever a duplicate.
        requests = new WebhookRequest[DISTINCT_DELIVERIES];
        for (int i = 0; i < requests.length; i++) {
            int status = random.nextInt(BenchFixtures.STATUS_NAMES.length);
            String body = """
                    {"subscriptionId":"sub-%d","resourceType":"Feature","eventType":"FEATURE.UPDATED","eventId":"evt-%d",
                     "resourceId":"uuid-%d","resource":{"uuid":"uuid-%d","displayId":"6-%d","title":"%s %s for feature %d",
                       "projectId":"%s","statusCode":"%s","previousStatusCode":"%s","priorityCode":20,"releaseId":null,
                       "scopeId":"scope-1","responsibleId":"jane.doe@example.com","workstreamId":null,"type":"feature",
                       "tags":["%s"],"createdAt":"2026-01-10T09:12:00Z","modifiedAt":"2026-02-01T14:03:11Z",
                       "description":"<p>Bench feature with a description of ordinary length, as Cloud ALM stores HTML.</p>"}}
                    """.formatted(i, i, i, i, i,
                    BenchFixtures.TITLE_WORDS[random.nextInt(BenchFixtures.TITLE_WORDS.length)],
                    BenchFixtures.TITLE_WORDS[random.nextInt(BenchFixtures.TITLE_WORDS.length)], i,
                    BenchFixtures.project(random.nextInt(BenchFixtures.PROJECTS)), BenchFixtures.code(status),
                    BenchFixtures.code((status + 6) % BenchFixtures.STATUS_NAMES.length),
                    BenchFixtures.TAGS[random.nextInt(BenchFixtures.TAGS.length)]);
            requests[i] = new WebhookRequest("POST", "/" + BenchFixtures.connection(random.nextInt(BenchFixtures.CONNECTIONS)),
                    authorization, "application/json; charset=utf-8", null,
                    RequestBody.of(body.getBytes(StandardCharsets.UTF_8), handler.limits().maxBodyBytes()));
        }
    }

    @Benchmark
    public WebhookResult handle() {
        WebhookRequest request = requests[next];
        next = (next + 1) & (requests.length - 1);
        return handler.handle(request);
    }
}
