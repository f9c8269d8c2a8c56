package io.jenkins.plugins.calm.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decoding of query strings and form bodies. */
public final class Percent {
  private Percent() {}

  /**
   * Decodes {@code a=1&b=x%20y} into ordered multi-values. A '+' decodes to a space (form
   * semantics, which is what Java's URLEncoder produces), so a literal '+' must be sent as %2B.
   */
  public static Map<String, List<String>> decodeParameters(String raw) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return result;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return result;
  }

  public static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Malformed percent-encoding in '" + s + "'.");
    }
  }

  /** Percent-decodes a path segment: unlike a query, '+' stays '+'. */
  public static String decodePathSegment(String s) {
    return s.indexOf('%') < 0 ? s : decode(s.replace("+", "%2B"));
  }
}
