package io.jenkins.plugins.calm.sandbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load generator of bench/sandbox-throughput: GET of one feature over loopback from N
 * keep-alive connections for a fixed time, after a warm-up. It speaks HTTP/1.1 over plain
 * sockets so that the client costs little CPU and the figure measures the sandbox. Bounded in
 * time and in count, loopback only.
 *
 * <p>Arguments: {@code SERVICE_KEY_FILE CONNECTIONS WARMUP_SECONDS SECONDS}.
 */
public final class GetFeatureLoad {
  private static final long MAX_REQUESTS = 50_000_000L;

  private GetFeatureLoad() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: GetFeatureLoad SERVICE_KEY_FILE CONNECTIONS WARMUP_SECONDS SECONDS");
      System.exit(2);
    }
    JsonNode key = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
    int connections = Integer.parseInt(args[1]);
    int warmupSeconds = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    URI api = URI.create(key.path("endpoints").path("Api").asText());
    if (!"127.0.0.1".equals(api.getHost()) && !"localhost".equals(api.getHost())) {
      throw new IllegalArgumentException("Loopback only: the service key points at " + api.getHost());
    }
    String token = token(key);
    String path = api.getPath() + "/calm-features/v1/Features/" + firstFeature(api, token);
    byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + api.getHost() + ":" + api.getPort()
        + "\r\nAccept: application/json\r\nAuthorization: Bearer " + token + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);

    AtomicBoolean measuring = new AtomicBoolean();
    AtomicBoolean stop = new AtomicBoolean();
    LongAdder ok = new LongAdder();
    LongAdder errors = new LongAdder();
    LongAdder total = new LongAdder();
    CountDownLatch done = new CountDownLatch(connections);
    for (int i = 0; i < connections; i++) {
      Thread worker = new Thread(() -> {
        try (Socket socket = new Socket(api.getHost(), api.getPort())) {
          socket.setTcpNoDelay(true);
          OutputStream out = socket.getOutputStream();
          InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
          while (!stop.get() && total.sum() < MAX_REQUESTS) {
            out.write(request);
            out.flush();
            int status = readResponse(in);
            total.increment();
            if (measuring.get()) {
              if (status == 200) {
                ok.increment();
              } else {
                errors.increment();
              }
            }
          }
        } catch (IOException e) {
          errors.increment();
          System.err.println("connection failed: " + e);
        } finally {
          done.countDown();
        }
      }, "load-" + i);
      worker.setDaemon(true);
      worker.start();
    }
    Thread.sleep(warmupSeconds * 1000L);
    measuring.set(true);
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    measuring.set(false);
    double elapsed = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    done.await();
    System.out.println("sandbox_get_feature_rps=" + Math.round(ok.sum() / elapsed));
    System.out.println("sandbox_get_feature_errors=" + errors.sum());
    System.out.println("sandbox_bench_connections=" + connections);
    System.out.println("sandbox_bench_seconds=" + String.format(Locale.ROOT, "%.1f", elapsed));
  }

  private static String token(JsonNode key) throws IOException, InterruptedException {
    String credentials = key.path("uaa").path("clientid").asText() + ":" + key.path("uaa").path("clientsecret").asText();
    HttpRequest request = HttpRequest.newBuilder(URI.create(key.path("uaa").path("url").asText() + "/oauth/token"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
    }
    return new ObjectMapper().readTree(response.body()).path("access_token").asText();
  }

  private static String firstFeature(URI api, String token) throws IOException, InterruptedException {
    String query = URLEncoder.encode("$top", StandardCharsets.UTF_8) + "=1";
    HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/calm-features/v1/Features?" + query))
        .header("Authorization", "Bearer " + token).build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode first = new ObjectMapper().readTree(response.body()).path("value").path(0);
    if (first.isMissingNode()) {
      throw new IllegalStateException("the sandbox has no feature (start it with --seed demo): " + response.body());
    }
    return first.path("uuid").asText();
  }

  /** Reads one HTTP/1.1 response with a Content-Length body; returns its status. */
  private static int readResponse(InputStream in) throws IOException {
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.substring(9, 12));
    int length = 0;
    String header;
    while (!(header = line(in)).isEmpty()) {
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(header.substring(15).trim());
      }
    }
    long skipped = 0;
    while (skipped < length) {
      long n = in.skip(length - skipped);
      if (n <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed inside a body");
        }
        n = 1;
      }
      skipped += n;
    }
    return status;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }
}
