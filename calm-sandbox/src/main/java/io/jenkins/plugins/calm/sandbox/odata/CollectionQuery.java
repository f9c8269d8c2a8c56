package io.jenkins.plugins.calm.sandbox.odata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.ApiRequest;
import io.jenkins.plugins.calm.sandbox.http.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Serves an OData collection: $filter, $orderby, $skip, $top, $count=true, $select, and
 * server-driven paging. The envelope uses Cloud ALM's unprefixed annotations:
 * {@code {"@count":n,"value":[…],"@nextLink":"…"}} (reference §2).
 */
public final class CollectionQuery<T> {
  private static final Set<String> SUPPORTED = Set.of("$filter", "$orderby", "$skip", "$top", "$count", "$select",
      "$format");

  private final EntitySchema<T> schema;
  private final Function<T, ObjectNode> toJson;
  private final int pageSize;

  public CollectionQuery(EntitySchema<T> schema, Function<T, ObjectNode> toJson, int pageSize) {
    this.schema = schema;
    this.toJson = toJson;
    this.pageSize = pageSize;
  }

  /**
   * Answers {@code request} from {@code entities} (in their natural order, which $orderby
   * refines). Parameters without a '$' (such as {@code projectId}) are the caller's business.
   */
  public ObjectNode answer(ApiRequest request, List<T> entities) {
    for (String name : request.parameters().keySet()) {
      if (name.startsWith("$") && !SUPPORTED.contains(name)) {
        throw ApiException.badRequest("The query option " + name + " is not supported by the Cloud ALM sandbox on "
            + schema.entitySet() + " (supported: $filter, $orderby, $skip, $top, $count, $select).");
      }
    }
    List<T> selected = new ArrayList<>(entities.size());
    Predicate<T> filter = request.parameter("$filter").map(f -> FilterParser.parse(schema, f)).orElse(null);
    for (T entity : entities) {
      if (filter == null || filter.test(entity)) {
        selected.add(entity);
      }
    }
    request.parameter("$orderby").ifPresent(orderBy -> selected.sort(comparator(orderBy)));
    int skip = nonNegative(request, "$skip", 0);
    Integer top = request.parameter("$top").map(v -> nonNegative(request, "$top", 0)).orElse(null);
    boolean count = booleanOption(request, "$count");
    Set<String> select = request.parameter("$select").map(this::selection).orElse(null);

    int from = Math.min(skip, selected.size());
    int wanted = top == null ? selected.size() - from : Math.min(top, selected.size() - from);
    int pageLength = Math.min(wanted, pageSize);

    ObjectNode envelope = Json.object();
    if (count) {
      envelope.put("@count", selected.size());
    }
    ArrayNode values = envelope.putArray("value");
    for (T entity : selected.subList(from, from + pageLength)) {
      ObjectNode json = toJson.apply(entity);
      if (select != null) {
        json.retain(select);
      }
      values.add(json);
    }
    if (pageLength < wanted) {
      envelope.put("@nextLink", nextLink(request, from + pageLength, top == null ? null : top - pageLength));
    }
    return envelope;
  }

  private Comparator<T> comparator(String orderBy) {
    Comparator<T> result = null;
    for (String clause : orderBy.split(",")) {
      String[] parts = clause.trim().split("\\s+");
      if (parts.length == 0 || parts[0].isEmpty() || parts.length > 2) {
        throw ApiException.badRequest("Invalid $orderby '" + orderBy + "': write 'property [asc|desc]', comma-separated.");
      }
      EntitySchema.Property<T> property = schema.find(parts[0]);
      if (property == null) {
        throw ApiException.badRequest("Property '" + parts[0] + "' cannot be used in $orderby on " + schema.entitySet()
            + "; supported: " + schema.names() + ".");
      }
      boolean descending = false;
      if (parts.length == 2) {
        if (parts[1].equalsIgnoreCase("desc")) {
          descending = true;
        } else if (!parts[1].equalsIgnoreCase("asc")) {
          throw ApiException.badRequest("Invalid $orderby direction '" + parts[1] + "': use asc or desc.");
        }
      }
      @SuppressWarnings({"unchecked", "rawtypes"})
      Comparator<T> one = Comparator.comparing(e -> (Comparable) property.getter().apply(e),
          Comparator.nullsFirst(Comparator.naturalOrder()));
      if (descending) {
        one = one.reversed();
      }
      result = result == null ? one : result.thenComparing(one);
    }
    return result;
  }

  private Set<String> selection(String select) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : select.split(",")) {
      String trimmed = name.trim();
      if (!trimmed.isEmpty()) {
        names.add(trimmed);
      }
    }
    if (names.isEmpty()) {
      throw ApiException.badRequest("$select is empty; name the properties to return, comma-separated.");
    }
    return names;
  }

  private static int nonNegative(ApiRequest request, String option, int fallback) {
    String value = request.parameter(option).orElse(null);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed >= 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.badRequest(option + " must be a non-negative integer, not '" + value + "'.");
  }

  private static boolean booleanOption(ApiRequest request, String option) {
    String value = request.parameter(option).orElse("false").trim();
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw ApiException.badRequest(option + " must be true or false, not '" + value + "'.");
  }

  private static String nextLink(ApiRequest request, int skip, Integer top) {
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, List<String>> parameter : request.parameters().entrySet()) {
      String name = parameter.getKey();
      if (name.equals("$skip") || name.equals("$top")) {
        continue;
      }
      for (String value : parameter.getValue()) {
        append(query, name, value);
      }
    }
    if (top != null) {
      append(query, "$top", String.valueOf(top));
    }
    append(query, "$skip", String.valueOf(skip));
    return request.origin() + request.path() + "?" + query;
  }

  private static void append(StringBuilder query, String name, String value) {
    if (query.length() > 0) {
      query.append('&');
    }
    query.append(encode(name)).append('=').append(encode(value));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$").replace("%27", "'");
  }
}
