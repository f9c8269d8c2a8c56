package io.jenkins.plugins.calm.sandbox.transports;

import io.jenkins.plugins.calm.sandbox.features.Feature;
import io.jenkins.plugins.calm.sandbox.features.FeatureService;
import io.jenkins.plugins.calm.sandbox.features.FeatureStatus;
import io.jenkins.plugins.calm.sandbox.features.StatusFlow;
import io.jenkins.plugins.calm.sandbox.features.TransportActivity;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Assigning transports to features, which in Cloud ALM only a user (Features app) or SAP's own
 * integrations can do: there is no public API (reference §6.1). The sandbox offers it as an
 * admin call and enforces the "Assign"/"Unassign" columns of the §3.3 table.
 */
public final class TransportAssignments {
  private final TransportStore transports;
  private final FeatureService features;
  private final Clock clock;

  public TransportAssignments(TransportStore transports, FeatureService features, Clock clock) {
    this.transports = transports;
    this.features = features;
    this.clock = clock;
  }

  /** A transport by its ID, or by the bare CTMS transport request number the pass-through returned. */
  public Transport resolve(String reference) {
    String trimmed = reference.trim();
    return transports.find(trimmed)
        .or(() -> transports.find(TmsPassThrough.transportId(trimmed)))
        .orElseThrow(() -> ApiException.notFound("Transport " + trimmed + " does not exist; GET "
            + "/api/calm-features/v1/Transports lists the known ones."));
  }

  public synchronized Transport assign(String transportReference, String featureReference) {
    Transport transport = resolve(transportReference);
    Feature feature = features.resolve(featureReference);
    if (feature.uuid().equals(transport.feature())) {
      return transport;
    }
    if (transport.feature() != null) {
      String current = features.store().find(transport.feature()).map(Feature::displayId)
          .orElse(transport.feature().toString());
      throw ApiException.conflict("Transport " + transport.id() + " is already assigned to feature " + current
          + "; unassign it first.");
    }
    require(feature, TransportActivity.ASSIGN);
    Transport assigned = transport.assignedTo(feature.uuid(), clock.instant());
    transports.put(assigned);
    return assigned;
  }

  public synchronized Transport unassign(String transportReference) {
    Transport transport = resolve(transportReference);
    if (transport.feature() == null) {
      return transport;
    }
    features.store().find(transport.feature()).ifPresent(f -> require(f, TransportActivity.UNASSIGN));
    Transport unassigned = transport.assignedTo(null, clock.instant());
    transports.put(unassigned);
    return unassigned;
  }

  private static void require(Feature feature, TransportActivity activity) {
    if (!StatusFlow.allows(feature.status(), activity)) {
      String allowed = Arrays.stream(FeatureStatus.values()).filter(s -> StatusFlow.allows(s, activity))
          .map(FeatureStatus::displayName).collect(Collectors.joining(", "));
      throw new ApiException(409, "TRANSPORT_ACTIVITY_NOT_ALLOWED", "'" + activity.label() + "' is not allowed for "
          + "feature " + feature.displayId() + " in status '" + feature.status().displayName() + "'; it is allowed in: "
          + allowed + ".");
    }
  }
}
