package io.jenkins.plugins.calm.sandbox.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The technical codes the sandbox serves for feature statuses and priorities. Cloud ALM's real
 * codes are unknown (reference §11.1), so both sets are synthetic, differ from the display names
 * and from each other (codes, letter shapes and list order), so that no client comes to depend
 * on one: a correct client resolves names to codes through /FeatureStatus and
 * /FeaturePriorities and works against either set.
 */
public enum CodeSet {
  /** Default: "A10".."A60", "A90"; priorities 10, 20, 30, 40; listed in flow order. */
  A(statusCodes("A10", "A20", "A30", "A40", "A50", "A60", "A90"), priorityCodes(10, 20, 30, 40), false),
  /** Alternative: single digits in shuffled order, priorities reversed (1 = Low); listed by code. */
  B(statusCodes("7", "3", "5", "1", "6", "2", "4"), priorityCodes(4, 3, 2, 1), true);

  private final Map<FeatureStatus, String> statusCodes;
  private final Map<Priority, Integer> priorityCodes;
  private final boolean listedByCode;

  CodeSet(Map<FeatureStatus, String> statusCodes, Map<Priority, Integer> priorityCodes, boolean listedByCode) {
    this.statusCodes = statusCodes;
    this.priorityCodes = priorityCodes;
    this.listedByCode = listedByCode;
  }

  /** Codes in {@link FeatureStatus} declaration order. */
  private static Map<FeatureStatus, String> statusCodes(String... codes) {
    Map<FeatureStatus, String> map = new EnumMap<>(FeatureStatus.class);
    for (FeatureStatus status : FeatureStatus.values()) {
      map.put(status, codes[status.ordinal()]);
    }
    return map;
  }

  private static Map<Priority, Integer> priorityCodes(int... codes) {
    Map<Priority, Integer> map = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      map.put(priority, codes[priority.ordinal()]);
    }
    return map;
  }

  public static CodeSet parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown code set '" + name + "'; use A or B.", e);
    }
  }

  public String code(FeatureStatus status) {
    return statusCodes.get(status);
  }

  public Optional<FeatureStatus> status(String code) {
    for (var entry : statusCodes.entrySet()) {
      if (entry.getValue().equals(code)) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  public int code(Priority priority) {
    return priorityCodes.get(priority);
  }

  public Optional<Priority> priority(int code) {
    for (var entry : priorityCodes.entrySet()) {
      if (entry.getValue() == code) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  /** The statuses in the order /FeatureStatus lists them. */
  public List<FeatureStatus> listedStatuses() {
    List<FeatureStatus> list = new ArrayList<>(List.of(FeatureStatus.values()));
    if (listedByCode) {
      list.sort(Comparator.comparing((FeatureStatus status) -> code(status)));
    }
    return list;
  }

  /** The priorities in the order /FeaturePriorities lists them. */
  public List<Priority> listedPriorities() {
    List<Priority> list = new ArrayList<>(List.of(Priority.values()));
    if (listedByCode) {
      list.sort(Comparator.comparingInt((Priority priority) -> code(priority)));
    }
    return list;
  }

  public String describeStatusCodes() {
    StringBuilder text = new StringBuilder();
    for (FeatureStatus status : listedStatuses()) {
      text.append(text.length() == 0 ? "" : ", ").append(code(status)).append(" (").append(status.displayName()).append(')');
    }
    return text.toString();
  }
}
