package io.jenkins.plugins.calm.it.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.calm.core.webhook.WebhookHandler;
import io.jenkins.plugins.calm.core.webhook.WebhookRequest;
import io.jenkins.plugins.calm.core.webhook.WebhookResponse;
import io.jenkins.plugins.calm.core.webhook.WebhookResult;
import io.jenkins.plugins.calm.core.webhook.gate.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * What the plugin's {@code /cloud-alm-webhook/} action does, without Jenkins: copies each HTTP
 * request into a {@link WebhookRequest}, lets calm-core's {@link WebhookHandler} decide, and sends
 * its answer. Every result is kept for the test to look at. (The wait engine's tests use {@code
 * it.support.WebhookReceiver}, which reads the envelope itself; this one exercises the handler.)
 */
final class HandlerReceiver implements AutoCloseable {

    static final String ROOT = "/cloud-alm-webhook";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<WebhookResult> results = new ArrayList<>();
    private final AtomicInteger failuresAfterHandling = new AtomicInteger();
    private volatile WebhookHandler handler;

    HandlerReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(ROOT, this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:N/cloud-alm-webhook} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + ROOT;
    }

    void handler(WebhookHandler value) {
        this.handler = value;
    }

    /**
     * The next {@code count} deliveries are handled, then answered 500 as if Jenkins had failed
     * to send its answer, so the sender delivers them again.
     */
    void failAfterHandling(int count) {
        failuresAfterHandling.set(count);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawPath = exchange.getRequestURI().getRawPath().substring(ROOT.length());
            long length = contentLength(exchange);
            RequestBody body;
            try (InputStream in = exchange.getRequestBody()) {
                body = RequestBody.read(in, length, handler.limits().maxBodyBytes());
            }
            WebhookRequest request = new WebhookRequest(
                    exchange.getRequestMethod(),
                    URLDecoder.decode(rawPath, StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestURI().getRawQuery(),
                    body);
            WebhookResult result = handler.handle(request);
            synchronized (this) {
                results.add(result);
                notifyAll();
            }
            WebhookResponse response = result.response();
            int status = failuresAfterHandling.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : response.status();
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", WebhookResponse.CONTENT_TYPE);
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static long contentLength(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return header == null ? -1 : Long.parseLong(header);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    synchronized List<WebhookResult> results() {
        return List.copyOf(results);
    }

    /** Waits until the results so far satisfy {@code condition}. */
    synchronized List<WebhookResult> await(Predicate<List<WebhookResult>> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(results)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("The deliveries did not reach the expected state within " + timeout + ": "
                        + results.stream().map(WebhookResult::logLine).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(results);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
