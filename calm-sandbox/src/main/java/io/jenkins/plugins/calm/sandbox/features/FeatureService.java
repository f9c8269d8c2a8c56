package io.jenkins.plugins.calm.sandbox.features;

import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.projects.ProjectStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules of feature changes, the same whether a change arrives through the API or as a
 * simulated Cloud ALM user (admin endpoints, tests): validation, the status flow, the approval
 * gate, {@code modifiedAt}, and notifying the webhook side of every change.
 */
public final class FeatureService {

  /** Told about every stored change, in order, while the change is being made. */
  public interface Listener {
    void created(Feature feature, String actor);

    void changed(Feature before, Feature after, String actor);
  }

  /** Status switches that need an external approval workflow before they apply (reference §7.3). */
  public interface ApprovalGate {
    boolean required(FeatureStatus from, FeatureStatus to);

    boolean pending(UUID feature);

    /** Starts the workflow; when approved it calls {@link #applyApprovedSwitch}. */
    void start(Feature feature, FeatureStatus target, String actor);
  }

  /** The outcome of a PATCH: the stored feature, and the status awaiting approval if any. */
  public record PatchResult(Feature feature, FeatureStatus awaitingApproval) {}

  private final FeatureStore store;
  private final ProjectStore projects;
  private final Clock clock;
  private final Listener listener;
  private final ApprovalGate approvals;

  public FeatureService(FeatureStore store, ProjectStore projects, Clock clock, Listener listener, ApprovalGate approvals) {
    this.store = store;
    this.projects = projects;
    this.clock = clock;
    this.listener = listener;
    this.approvals = approvals;
  }

  public FeatureStore store() {
    return store;
  }

  /** Creates a feature; {@code title} and {@code projectId} are required. */
  public Feature create(FeatureChanges values, String actor) {
    String title = (String) values.get(FeatureField.TITLE);
    if (title == null || title.isBlank()) {
      throw ApiException.badRequest("'title' is required to create a feature.");
    }
    UUID projectId = (UUID) values.get(FeatureField.PROJECT_ID);
    if (projectId == null) {
      throw ApiException.badRequest("'projectId' is required to create a feature; list projects with "
          + "GET /api/calm-projects/v1/projects.");
    }
    requireProject(projectId);
    synchronized (store) {
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      Feature blank = new Feature(UUID.randomUUID(), store.nextNumber(), title, null, projectId,
          FeatureStatus.IN_SPECIFICATION, Priority.MEDIUM, null, null, null, null, null, List.of(), now, now);
      Feature feature = blank.with(values);
      store.put(feature);
      listener.created(feature, actor);
      return feature;
    }
  }

  /** Stores a feature as seed data stands: no status flow, no events. */
  public Feature seed(UUID uuid, FeatureChanges values) {
    requireProject((UUID) values.get(FeatureField.PROJECT_ID));
    synchronized (store) {
      Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      Feature feature = new Feature(uuid, store.nextNumber(), null, null, null, FeatureStatus.IN_SPECIFICATION,
          Priority.MEDIUM, null, null, null, null, null, List.of(), now, now).with(values);
      store.put(feature);
      return feature;
    }
  }

  /** Applies a PATCH. A status switch must be enabled (§3.3) and may wait for approval. */
  public PatchResult patch(UUID uuid, FeatureChanges changes, String actor) {
    if (changes.has(FeatureField.TITLE)) {
      Object title = changes.get(FeatureField.TITLE);
      if (title == null || ((String) title).isBlank()) {
        throw ApiException.badRequest("'title' cannot be empty.");
      }
    }
    synchronized (store) {
      Feature before = store.find(uuid).orElseThrow(() -> notFound(uuid.toString()));
      FeatureStatus awaiting = null;
      FeatureChanges effective = changes;
      FeatureStatus target = (FeatureStatus) changes.get(FeatureField.STATUS);
      if (target != null && target != before.status()) {
        checkSwitch(before, target);
        if (approvals.pending(uuid)) {
          throw ApiException.conflict("Feature " + before.displayId() + " has a status switch awaiting approval by "
              + "the external workflow; wait for the decision (or cancel it) before switching again.");
        }
        if (approvals.required(before.status(), target)) {
          awaiting = target;
          effective = changes.without(FeatureField.STATUS);
        }
      }
      Feature after = store(before, before.with(effective), actor);
      if (awaiting != null) {
        approvals.start(after, awaiting, actor);
      }
      return new PatchResult(after, awaiting);
    }
  }

  /** Called by the approval workflow once the external workflow approved the switch. */
  public Optional<Feature> applyApprovedSwitch(UUID uuid, FeatureStatus from, FeatureStatus to, String actor) {
    synchronized (store) {
      Feature before = store.find(uuid).orElse(null);
      if (before == null || before.status() != from || !StatusFlow.canSwitch(from, to)) {
        return Optional.empty();
      }
      return Optional.of(store(before, before.withStatus(to), actor));
    }
  }

  private Feature store(Feature before, Feature candidate, String actor) {
    if (candidate.equals(before)) {
      return before;
    }
    Feature after = candidate.withModifiedAt(nextModifiedAt(before.modifiedAt()));
    store.put(after);
    listener.changed(before, after, actor);
    return after;
  }

  /** Now, but always later than the previous value, so "modifiedAt gt last" never misses a change. */
  private Instant nextModifiedAt(Instant previous) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return now.isAfter(previous) ? now : previous.plusMillis(1);
  }

  private static void checkSwitch(Feature feature, FeatureStatus target) {
    if (!StatusFlow.canSwitch(feature.status(), target)) {
      String enabled = StatusFlow.targets(feature.status()).stream().map(FeatureStatus::displayName)
          .collect(Collectors.joining(", "));
      throw new ApiException(400, "INVALID_STATUS_SWITCH", "The status switch of feature " + feature.displayId()
          + " from '" + feature.status().displayName() + "' to '" + target.displayName() + "' is not enabled. "
          + (enabled.isEmpty() ? "No switch is enabled from '" + feature.status().displayName() + "'."
              : "Enabled from '" + feature.status().displayName() + "': " + enabled + "."));
    }
  }

  private void requireProject(UUID projectId) {
    if (projects.find(projectId).isEmpty()) {
      throw ApiException.badRequest("Project " + projectId + " does not exist; list projects with "
          + "GET /api/calm-projects/v1/projects.");
    }
  }

  /** A feature by UUID or display ID (e.g. "6-12"), else 404. */
  public Feature resolve(String reference) {
    String trimmed = reference.trim();
    Optional<Feature> found;
    if (trimmed.startsWith(Feature.DISPLAY_ID_PREFIX)) {
      found = store.findByDisplayId(trimmed);
    } else {
      try {
        found = store.find(UUID.fromString(trimmed));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("'" + trimmed + "' is neither a feature UUID nor a display ID like 6-12.");
      }
    }
    return found.orElseThrow(() -> notFound(trimmed));
  }

  private static ApiException notFound(String reference) {
    return ApiException.notFound("Feature " + reference + " does not exist.");
  }
}
