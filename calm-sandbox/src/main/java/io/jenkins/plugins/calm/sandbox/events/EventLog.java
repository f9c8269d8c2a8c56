package io.jenkins.plugins.calm.sandbox.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.http.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Every outbound event and its delivery attempts, newest last, bounded so that a long run
 * cannot exhaust memory. Waiters are woken on every change ({@link #await}), so tests wait for
 * a delivery state instead of sleeping.
 */
public final class EventLog {
  static final int CAPACITY = 10_000;

  private final Clock clock;
  private final Map<String, SandboxEvent> byId = new LinkedHashMap<>();
  private final Deque<String> order = new ArrayDeque<>();

  public EventLog(Clock clock) {
    this.clock = clock;
  }

  /** A new unique event ID. */
  public static String newEventId() {
    return UUID.randomUUID().toString();
  }

  /** Records a new event under its unique ID. */
  public synchronized SandboxEvent open(String id, String eventType, String resourceId, String method, String url,
      JsonNode payload, SandboxEvent.State state) {
    SandboxEvent event = new SandboxEvent(id, eventType, resourceId, method, url, clock.instant(), state, List.of(),
        payload);
    byId.put(id, event);
    order.addLast(id);
    while (order.size() > CAPACITY) {
      byId.remove(order.removeFirst());
    }
    notifyAll();
    return event;
  }

  /** Adds an attempt and the state it leads to. */
  public synchronized void attempt(String eventId, int status, String error, SandboxEvent.State state) {
    SandboxEvent event = byId.get(eventId);
    if (event == null) {
      return;
    }
    List<SandboxEvent.Attempt> attempts = new ArrayList<>(event.attempts());
    attempts.add(new SandboxEvent.Attempt(attempts.size() + 1, clock.instant(), status, error));
    byId.put(eventId, new SandboxEvent(event.eventId(), event.eventType(), event.resourceId(), event.method(),
        event.url(), event.createdAt(), state, List.copyOf(attempts), event.payload()));
    notifyAll();
  }

  public synchronized List<SandboxEvent> snapshot() {
    return new ArrayList<>(byId.values());
  }

  /**
   * Waits until {@code condition} holds for the events, or the timeout passes.
   *
   * @return the events that satisfied the condition
   * @throws IllegalStateException on timeout, listing what was there
   */
  public synchronized List<SandboxEvent> await(Predicate<List<SandboxEvent>> condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<SandboxEvent> events = snapshot();
      if (condition.test(events)) {
        return events;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException("Timed out after " + timeout + " waiting for sandbox events; events so far: "
            + Json.string(toJson(events)));
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  public static ArrayNode toJson(List<SandboxEvent> events) {
    ArrayNode array = Json.array();
    for (SandboxEvent event : events) {
      ObjectNode json = array.addObject();
      json.put("eventId", event.eventId());
      json.put("eventType", event.eventType());
      json.put("resourceId", event.resourceId());
      json.put("method", event.method());
      json.put("url", event.url());
      json.put("createdAt", format(event.createdAt()));
      json.put("state", event.state().name());
      ArrayNode attempts = json.putArray("attempts");
      for (SandboxEvent.Attempt attempt : event.attempts()) {
        ObjectNode a = attempts.addObject();
        a.put("number", attempt.number());
        a.put("at", format(attempt.at()));
        if (attempt.status() != 0) {
          a.put("status", attempt.status());
        }
        if (attempt.error() != null) {
          a.put("error", attempt.error());
        }
      }
      json.set("payload", event.payload());
    }
    return array;
  }

  private static String format(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
