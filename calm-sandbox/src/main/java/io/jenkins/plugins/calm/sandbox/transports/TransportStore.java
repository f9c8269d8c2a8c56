package io.jenkins.plugins.calm.sandbox.transports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The transports Cloud ALM knows, in the order they appeared. */
public final class TransportStore {
  private final ConcurrentHashMap<String, Transport> byId = new ConcurrentHashMap<>();
  private final List<String> order = new ArrayList<>();

  public synchronized void put(Transport transport) {
    if (byId.put(transport.id(), transport) == null) {
      order.add(transport.id());
    }
  }

  public Optional<Transport> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public synchronized List<Transport> all() {
    List<Transport> result = new ArrayList<>(order.size());
    for (String id : order) {
      result.add(byId.get(id));
    }
    return result;
  }
}
