package io.jenkins.plugins.calm.sandbox.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A parsed {@code --faults} SPEC. Grammar (documented in docs/sandbox.md):
 *
 * <pre>
 * SPEC   = ITEM *( ";" ITEM )
 * ITEM   = "seed=" INTEGER | RULE
 * RULE   = KIND [ ":" ARG ] *( "," OPTION )
 * KIND   = "latency" ":" DURATION          delay, then answer normally
 *        | "429" [ ":" SECONDS ]           429 with Retry-After (default 1)
 *        | "503" [ ":" SECONDS ]           503, with Retry-After if given
 *        | "drop"                          close the connection without an answer
 *        | "token-expiry"                  expire the caller's token now: 401 from here on
 *        | "webhook-fail"                  fail the webhook delivery attempt (it is retried)
 * OPTION = "path=" GLOB      request path, '*' within a segment, '**' across (default: all
 *                            emulated paths; token-expiry: /api/**)
 *        | "method=" METHOD  request method (default: any)
 *        | "event=" GLOB     event type for webhook-fail, e.g. FEATURE.* (default: all)
 *        | "rate=" NUMBER    probability 0..1 per matching request (default 1)
 *        | "count=" INTEGER  fire at most this many times (default: unlimited)
 * DURATION = INTEGER ( "ms" | "s" )
 * </pre>
 *
 * <p>Example: {@code seed=7;latency:200ms,path=/api/calm-features/**;503,rate=0.1;webhook-fail,count=2}.
 * Random draws come from one generator seeded with {@code seed} (default 1), so a sequence of
 * requests sees the same faults on every run.
 */
public final class FaultSpec {
  public static final FaultSpec NONE = new FaultSpec(List.of(), 1L, "");

  final List<FaultRule> rules;
  final long seed;
  private final String text;

  private FaultSpec(List<FaultRule> rules, long seed, String text) {
    this.rules = List.copyOf(rules);
    this.seed = seed;
    this.text = text;
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }

  @Override
  public String toString() {
    return text;
  }

  /** Parses a SPEC or throws an IllegalArgumentException naming the item that is wrong and why. */
  public static FaultSpec parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return NONE;
    }
    List<FaultRule> rules = new ArrayList<>();
    long seed = 1L;
    for (String rawItem : spec.split(";")) {
      String item = rawItem.trim();
      if (item.isEmpty()) {
        continue;
      }
      if (item.startsWith("seed=")) {
        seed = parseLong(item, item.substring(5), "seed");
        continue;
      }
      rules.add(parseRule(item));
    }
    return new FaultSpec(rules, seed, spec.trim());
  }

  private static FaultRule parseRule(String item) {
    String[] parts = item.split(",");
    String head = parts[0].trim();
    int colon = head.indexOf(':');
    String kindName = (colon < 0 ? head : head.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    String argument = colon < 0 ? null : head.substring(colon + 1).trim();
    FaultRule.Kind kind = null;
    for (FaultRule.Kind candidate : FaultRule.Kind.values()) {
      if (candidate.specName.equals(kindName)) {
        kind = candidate;
      }
    }
    if (kind == null) {
      throw invalid(item, "unknown fault '" + kindName + "' (known: latency, 429, 503, drop, token-expiry, webhook-fail)");
    }
    Duration latency = Duration.ZERO;
    int retryAfter = 0;
    switch (kind) {
      case LATENCY:
        if (argument == null) {
          throw invalid(item, "latency needs a duration, e.g. latency:200ms");
        }
        latency = parseDuration(item, argument);
        break;
      case TOO_MANY_REQUESTS:
        retryAfter = argument == null ? 1 : (int) parseLong(item, argument, "Retry-After seconds");
        break;
      case SERVICE_UNAVAILABLE:
        retryAfter = argument == null ? 0 : (int) parseLong(item, argument, "Retry-After seconds");
        break;
      default:
        if (argument != null) {
          throw invalid(item, kind.specName + " takes no ':' argument");
        }
    }
    String method = null;
    String path = kind == FaultRule.Kind.TOKEN_EXPIRY ? "/api/**" : "/**";
    String event = "**";
    double rate = 1.0;
    long count = -1;
    for (int i = 1; i < parts.length; i++) {
      String option = parts[i].trim();
      int eq = option.indexOf('=');
      if (eq < 0) {
        throw invalid(item, "option '" + option + "' must be name=value");
      }
      String name = option.substring(0, eq).trim();
      String value = option.substring(eq + 1).trim();
      switch (name) {
        case "path":
          if (!value.startsWith("/")) {
            throw invalid(item, "path must start with '/', e.g. path=/api/calm-features/**");
          }
          path = value;
          break;
        case "method":
          method = value.toUpperCase(Locale.ROOT);
          break;
        case "event":
          event = value;
          break;
        case "rate":
          try {
            rate = Double.parseDouble(value);
          } catch (NumberFormatException e) {
            rate = -1;
          }
          if (!(rate >= 0 && rate <= 1)) {
            throw invalid(item, "rate must be a number from 0 to 1, not '" + value + "'");
          }
          break;
        case "count":
          count = parseLong(item, value, "count");
          break;
        default:
          throw invalid(item, "unknown option '" + name + "' (known: path, method, event, rate, count)");
      }
    }
    if (kind != FaultRule.Kind.WEBHOOK_FAIL && !event.equals("**")) {
      throw invalid(item, "event= applies to webhook-fail only");
    }
    if (kind == FaultRule.Kind.WEBHOOK_FAIL && (method != null || !path.equals("/**"))) {
      throw invalid(item, "webhook-fail selects events with event=, not path= or method=");
    }
    return new FaultRule(kind, latency, retryAfter, method, glob(path), glob(event), rate, count, item);
  }

  /** '*' matches within one path segment (or event-name part), '**' matches anything. */
  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          regex.append(".*");
          i++;
        } else {
          regex.append("[^/]*");
        }
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  private static Duration parseDuration(String item, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ms")) {
      return Duration.ofMillis(parseLong(item, lower.substring(0, lower.length() - 2), "duration"));
    }
    if (lower.endsWith("s")) {
      return Duration.ofSeconds(parseLong(item, lower.substring(0, lower.length() - 1), "duration"));
    }
    throw invalid(item, "duration '" + text + "' needs a unit: ms or s (e.g. 200ms, 2s)");
  }

  private static long parseLong(String item, String text, String what) {
    try {
      long value = Long.parseLong(text.trim());
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(item, what + " must be a non-negative integer, not '" + text + "'");
  }

  private static IllegalArgumentException invalid(String item, String problem) {
    return new IllegalArgumentException("Invalid --faults item '" + item + "': " + problem + ". See docs/sandbox.md.");
  }
}
