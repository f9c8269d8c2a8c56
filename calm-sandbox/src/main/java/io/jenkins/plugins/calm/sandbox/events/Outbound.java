package io.jenkins.plugins.calm.sandbox.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.sandbox.http.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Makes the sandbox's outbound HTTP calls (webhook events, approval workflow calls) off the
 * request threads, records each attempt in the {@link EventLog}, and retries with backoff while
 * the receiver fails.
 */
public final class Outbound {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final EventLog log;
  private final RetryPolicy policy;
  private final DeliveryFaults faults;
  private final ScheduledExecutorService scheduler;
  private final HttpClient http;

  public Outbound(EventLog log, RetryPolicy policy, DeliveryFaults faults, ScheduledExecutorService scheduler) {
    this.log = log;
    this.policy = policy;
    this.faults = faults;
    this.scheduler = scheduler;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** One outbound call. {@code retry} false: a single attempt (e.g. a poll that repeats anyway). */
  public record Call(String eventId, String eventType, String resourceId, String method, URI url, String authorization,
      JsonNode body, boolean retry, Consumer<HttpResponse<String>> onDelivered, Runnable onGaveUp) {}

  /** Records the call and makes its first attempt soon, on the scheduler. */
  public void send(Call call) {
    log.open(call.eventId(), call.eventType(), call.resourceId(), call.method(), call.url().toString(), call.body(),
        SandboxEvent.State.PENDING);
    schedule(call, 1, Duration.ZERO);
  }

  /** Records an event that has no receiver. */
  public void recordUnsent(String eventId, String eventType, String resourceId, JsonNode body) {
    log.open(eventId, eventType, resourceId, "POST", null, body, SandboxEvent.State.NOT_SENT);
  }

  private void schedule(Call call, int attempt, Duration delay) {
    try {
      scheduler.schedule(() -> attempt(call, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // The sandbox is closing: the event stays PENDING in the log, which is the truth.
    }
  }

  private void attempt(Call call, int attempt) {
    int status = 0;
    String error = faults.failure(call.eventType());
    HttpResponse<String> response = null;
    if (error == null) {
      try {
        response = http.send(request(call), HttpResponse.BodyHandlers.ofString());
        status = response.statusCode();
        if (status / 100 != 2) {
          error = "receiver answered HTTP " + status;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      }
    }
    boolean delivered = error == null;
    boolean again = !delivered && call.retry() && attempt < policy.maxAttempts();
    SandboxEvent.State state = delivered ? SandboxEvent.State.DELIVERED
        : again ? SandboxEvent.State.PENDING : SandboxEvent.State.FAILED;
    log.attempt(call.eventId(), status, error, state);
    if (delivered) {
      if (call.onDelivered() != null) {
        call.onDelivered().accept(response);
      }
    } else if (again) {
      schedule(call, attempt + 1, policy.backoffAfter(attempt));
    } else if (call.onGaveUp() != null) {
      call.onGaveUp().run();
    }
  }

  private static HttpRequest request(Call call) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(call.url()).timeout(REQUEST_TIMEOUT)
        .header("User-Agent", "SAP-Cloud-ALM-sandbox")
        .header("Accept", "application/json");
    if (call.authorization() != null) {
      builder.header("Authorization", call.authorization());
    }
    if (call.body() == null) {
      builder.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", "application/json")
          .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(Json.bytes(call.body())));
    }
    return builder.build();
  }
}
