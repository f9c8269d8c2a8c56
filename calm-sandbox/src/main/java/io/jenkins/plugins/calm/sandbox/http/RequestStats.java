package io.jenkins.plugins.calm.sandbox.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counts per route and status, for tests and benchmarks ({@code GET /sandbox/requests}). */
public final class RequestStats {
  /** Requests whose path matched no route. */
  public static final String UNMATCHED = "UNMATCHED";

  private final ConcurrentHashMap<String, ConcurrentHashMap<Integer, LongAdder>> counts = new ConcurrentHashMap<>();

  public void record(String route, int status) {
    counts.computeIfAbsent(route, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(status, k -> new LongAdder())
        .increment();
  }

  /** Route name → status → count; status 0 counts dropped connections. */
  public Map<String, Map<Integer, Long>> snapshot() {
    Map<String, Map<Integer, Long>> result = new TreeMap<>();
    counts.forEach((route, byStatus) -> {
      Map<Integer, Long> statuses = new TreeMap<>();
      byStatus.forEach((status, adder) -> statuses.put(status, adder.sum()));
      result.put(route, statuses);
    });
    return result;
  }

  public void reset() {
    counts.clear();
  }

  public ObjectNode toJson() {
    ObjectNode root = Json.object();
    long total = 0;
    ObjectNode routes = Json.object();
    for (var entry : snapshot().entrySet()) {
      ObjectNode route = routes.putObject(entry.getKey());
      ObjectNode statuses = route.putObject("statuses");
      long sum = 0;
      for (var status : entry.getValue().entrySet()) {
        statuses.put(String.valueOf(status.getKey()), status.getValue());
        sum += status.getValue();
      }
      route.put("count", sum);
      total += sum;
    }
    root.put("total", total);
    root.set("routes", routes);
    return root;
  }
}
