package io.jenkins.plugins.calm.sandbox.odata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The properties of one entity set that $filter and $orderby may use, with their types and how
 * to read them from the stored entity. Properties not listed here are rejected with 400, so a
 * client learns at once that it relies on something the sandbox (and maybe Cloud ALM) lacks.
 */
public final class EntitySchema<T> {
  /** One queryable property. {@code getter} returns UUID, String, Integer, Instant or null. */
  public record Property<T>(String name, EdmType type, Function<T, Object> getter) {}

  private final String entitySet;
  private final Map<String, Property<T>> properties = new LinkedHashMap<>();

  public EntitySchema(String entitySet) {
    this.entitySet = entitySet;
  }

  public EntitySchema<T> property(String name, EdmType type, Function<T, Object> getter) {
    properties.put(name, new Property<>(name, type, getter));
    return this;
  }

  public String entitySet() {
    return entitySet;
  }

  Property<T> find(String name) {
    return properties.get(name);
  }

  String names() {
    return String.join(", ", properties.keySet());
  }
}
