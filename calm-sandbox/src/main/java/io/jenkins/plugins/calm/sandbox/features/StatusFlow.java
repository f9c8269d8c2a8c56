package io.jenkins.plugins.calm.sandbox.features;

import static io.jenkins.plugins.calm.sandbox.features.FeatureStatus.DEPLOYED;
import static io.jenkins.plugins.calm.sandbox.features.FeatureStatus.IN_IMPLEMENTATION;
import static io.jenkins.plugins.calm.sandbox.features.FeatureStatus.IN_SPECIFICATION;
import static io.jenkins.plugins.calm.sandbox.features.FeatureStatus.IN_TESTING;
import static io.jenkins.plugins.calm.sandbox.features.FeatureStatus.NOT_PLANNED;
import static io.jenkins.plugins.calm.sandbox.features.FeatureStatus.READY_FOR_PRODUCTION;
import static io.jenkins.plugins.calm.sandbox.features.FeatureStatus.SUCCESSFULLY_TESTED;
import static io.jenkins.plugins.calm.sandbox.features.TransportActivity.ASSIGN;
import static io.jenkins.plugins.calm.sandbox.features.TransportActivity.CREATE_TRANSPORT;
import static io.jenkins.plugins.calm.sandbox.features.TransportActivity.DEPLOY;
import static io.jenkins.plugins.calm.sandbox.features.TransportActivity.RELEASE;
import static io.jenkins.plugins.calm.sandbox.features.TransportActivity.UNASSIGN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The feature status flow of reference §3.3.
 *
 * <p>Switches (INFERRED from the UI action names "Start Implementation", "Handover to Test",
 * "Confirm Successful Test", "Approve for Production", "Confirm Deployment", "Set to Not Planned";
 * SAP's "Enabled Status Switches" list was only readable up to "In Specification → Not Planned"):
 * the forward path, "Not Planned" from the early statuses and back to "In Specification", and
 * "In Testing → In Implementation" for a failed test.
 *
 * <p>Transport activities per status: the newest SAP training table (VERIFIED); "Unassign" in
 * "Not Planned" is disputed between two SAP pages and allowed here.
 */
public final class StatusFlow {
  private static final Map<FeatureStatus, Set<FeatureStatus>> SWITCHES = new EnumMap<>(FeatureStatus.class);
  private static final Map<FeatureStatus, Set<TransportActivity>> ACTIVITIES = new EnumMap<>(FeatureStatus.class);

  static {
    SWITCHES.put(IN_SPECIFICATION, EnumSet.of(IN_IMPLEMENTATION, NOT_PLANNED));
    SWITCHES.put(IN_IMPLEMENTATION, EnumSet.of(IN_TESTING, NOT_PLANNED));
    SWITCHES.put(IN_TESTING, EnumSet.of(SUCCESSFULLY_TESTED, IN_IMPLEMENTATION));
    SWITCHES.put(SUCCESSFULLY_TESTED, EnumSet.of(READY_FOR_PRODUCTION));
    SWITCHES.put(READY_FOR_PRODUCTION, EnumSet.of(DEPLOYED));
    SWITCHES.put(DEPLOYED, EnumSet.noneOf(FeatureStatus.class));
    SWITCHES.put(NOT_PLANNED, EnumSet.of(IN_SPECIFICATION));

    ACTIVITIES.put(NOT_PLANNED, EnumSet.of(UNASSIGN));
    ACTIVITIES.put(IN_SPECIFICATION, EnumSet.of(CREATE_TRANSPORT, ASSIGN, UNASSIGN));
    ACTIVITIES.put(IN_IMPLEMENTATION, EnumSet.allOf(TransportActivity.class));
    ACTIVITIES.put(IN_TESTING, EnumSet.allOf(TransportActivity.class));
    ACTIVITIES.put(SUCCESSFULLY_TESTED, EnumSet.of(RELEASE, DEPLOY));
    ACTIVITIES.put(READY_FOR_PRODUCTION, EnumSet.of(ASSIGN, RELEASE, DEPLOY));
    ACTIVITIES.put(DEPLOYED, EnumSet.noneOf(TransportActivity.class));
  }

  private StatusFlow() {}

  public static boolean canSwitch(FeatureStatus from, FeatureStatus to) {
    return SWITCHES.get(from).contains(to);
  }

  /** The statuses {@code from} may switch to, in flow order. */
  public static Set<FeatureStatus> targets(FeatureStatus from) {
    return EnumSet.copyOf(SWITCHES.get(from));
  }

  public static boolean allows(FeatureStatus status, TransportActivity activity) {
    return ACTIVITIES.get(status).contains(activity);
  }
}
