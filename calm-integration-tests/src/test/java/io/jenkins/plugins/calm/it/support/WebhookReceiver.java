package io.jenkins.plugins.calm.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local receiver of the sandbox's webhook events, standing in for the plugin's endpoint: checks
 * the Basic credentials, reads the "Resource Changes" envelope of feature events and hands each to
 * a consumer (a test passes {@code WaitEngine::onEvent}), answering 200 at once.
 */
public final class WebhookReceiver implements AutoCloseable {
    public static final String USER = "calm-webhook";
    public static final String PASSWORD = "webhook-secret-for-tests";

    /** One feature event as the receiver read it. */
    public record FeatureEvent(String eventId, String featureUuid, String statusCode) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads;
    private final Consumer<FeatureEvent> consumer;
    private final String expectedAuthorization;
    private final AtomicInteger refused = new AtomicInteger();

    private WebhookReceiver(Consumer<FeatureEvent> consumer) throws IOException {
        this.consumer = consumer;
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.threads = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static WebhookReceiver start(Consumer<FeatureEvent> consumer) throws IOException {
        return new WebhookReceiver(consumer);
    }

    /** Where the sandbox should POST ({@code --webhook-url}). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/calm-webhook/";
    }

    /** Deliveries refused for wrong credentials or an unreadable body. */
    public int refused() {
        return refused.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readAllBytes();
            if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode event;
            try {
                event = JSON.readTree(bytes);
            } catch (IOException e) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            JsonNode resource = event.path("resource");
            if ("FEATURE".equals(event.path("resourceType").asText()) && resource.hasNonNull("statusCode")) {
                consumer.accept(new FeatureEvent(event.path("eventId").asText(null), event.path("resourceId").asText(),
                        resource.path("statusCode").asText()));
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
