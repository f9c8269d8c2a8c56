package io.jenkins.plugins.calm.sandbox.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The features of the emulated tenant. Reads are lock-free (immutable snapshots in a concurrent
 * map); writers go through {@link FeatureService}, which serialises them on this store.
 */
public final class FeatureStore {
  private final ConcurrentHashMap<UUID, Feature> byUuid = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, UUID> byDisplayId = new ConcurrentHashMap<>();
  private int lastNumber;

  public Optional<Feature> find(UUID uuid) {
    return Optional.ofNullable(byUuid.get(uuid));
  }

  public Optional<Feature> findByDisplayId(String displayId) {
    UUID uuid = byDisplayId.get(displayId);
    return uuid == null ? Optional.empty() : find(uuid);
  }

  /** All features in display-ID order. */
  public List<Feature> all() {
    List<Feature> list = new ArrayList<>(byUuid.values());
    list.sort(Comparator.comparingInt(Feature::number));
    return list;
  }

  /** The number for the next display ID; callers hold this store's monitor. */
  int nextNumber() {
    return ++lastNumber;
  }

  /** Stores a new or changed snapshot; callers hold this store's monitor. */
  void put(Feature feature) {
    byUuid.put(feature.uuid(), feature);
    byDisplayId.put(feature.displayId(), feature.uuid());
    lastNumber = Math.max(lastNumber, feature.number());
  }
}
