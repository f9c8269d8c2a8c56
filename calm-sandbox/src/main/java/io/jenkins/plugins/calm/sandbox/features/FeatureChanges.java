package io.jenkins.plugins.calm.sandbox.features;

import java.util.EnumMap;
import java.util.Map;

/** Validated values to set on a feature; a present key with a null value clears the property. */
public final class FeatureChanges {
  private final Map<FeatureField, Object> values = new EnumMap<>(FeatureField.class);

  public FeatureChanges set(FeatureField field, Object value) {
    values.put(field, value);
    return this;
  }

  public boolean has(FeatureField field) {
    return values.containsKey(field);
  }

  public Object get(FeatureField field) {
    return values.get(field);
  }

  public FeatureChanges without(FeatureField field) {
    FeatureChanges copy = new FeatureChanges();
    copy.values.putAll(values);
    copy.values.remove(field);
    return copy;
  }

  @SuppressWarnings("unchecked")
  <V> V valueOr(FeatureField field, V current) {
    return values.containsKey(field) ? (V) values.get(field) : current;
  }
}
