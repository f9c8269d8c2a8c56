package io.jenkins.plugins.calm.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A webhook/workflow receiver on loopback that records requests and answers as the test says. */
final class Receiver implements AutoCloseable {
  record Request(String method, String path, String authorization, String body) {
    com.fasterxml.jackson.databind.JsonNode json() {
      return Api.json(body);
    }
  }

  record Answer(int status, String body) {}

  private final HttpServer server;
  private final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
  private volatile Function<Request, Answer> answers = r -> new Answer(200, "{}");

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
          exchange.getRequestHeaders().getFirst("Authorization"), body);
      Answer answer = answers.apply(request);
      received.add(request);
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void answer(Function<Request, Answer> answers) {
    this.answers = answers;
  }

  /** The next request, waiting up to {@code timeout}; fails the test if none comes. */
  Request take(Duration timeout) throws InterruptedException {
    Request request = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (request == null) {
      throw new AssertionError("no request reached the receiver within " + timeout);
    }
    return request;
  }

  int pending() {
    return received.size();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
