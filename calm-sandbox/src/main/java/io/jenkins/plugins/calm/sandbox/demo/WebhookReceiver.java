package io.jenkins.plugins.calm.sandbox.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The demo's stand-in for the Jenkins webhook endpoint: a loopback HTTP server that accepts
 * Cloud ALM events with Basic authentication (how a BTP destination calls it), answers at once,
 * and hands feature events on. Anything else is refused with a status that says why.
 */
final class WebhookReceiver implements AutoCloseable {
  static final String PATH = "/calm-webhook";
  private static final int MAX_BODY_BYTES = 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] expectedAuthorization;
  private final Consumer<FeatureEvent> events;
  private final Consumer<String> problems;

  private WebhookReceiver(String user, String password, Consumer<FeatureEvent> events, Consumer<String> problems)
      throws IOException {
    this.expectedAuthorization = ("Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    this.events = events;
    this.problems = problems;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    this.executor = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "calm-demo-webhook");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext(PATH, this::handle);
    server.start();
  }

  /**
   * Starts a receiver on a free loopback port.
   *
   * @param events told about every accepted feature event, after it was answered
   * @param problems told about every refused request, in a sentence
   */
  static WebhookReceiver start(String user, String password, Consumer<FeatureEvent> events, Consumer<String> problems)
      throws IOException {
    return new WebhookReceiver(user, password, events, problems);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        refuse(exchange, 405, exchange.getRequestMethod() + " is not accepted; events are POSTed");
        return;
      }
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization == null || !MessageDigest.isEqual(expectedAuthorization,
          authorization.getBytes(StandardCharsets.UTF_8))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"calm-demo\"");
        refuse(exchange, 401, "a request without the webhook credentials was refused");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        refuse(exchange, 413, "an event larger than 1 MiB was refused");
        return;
      }
      Optional<FeatureEvent> event;
      try {
        event = FeatureEvent.parse(body);
      } catch (IllegalArgumentException e) {
        refuse(exchange, 400, "an event was refused: " + e.getMessage());
        return;
      }
      // Answer first, then act: the sender must never wait for what the receiver does with an event.
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      event.ifPresent(events);
    }
  }

  private void refuse(HttpExchange exchange, int status, String problem) throws IOException {
    problems.accept(problem + " (HTTP " + status + ")");
    exchange.sendResponseHeaders(status, -1);
  }

  /** Stops accepting requests, then lets events already answered finish being handed on. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
