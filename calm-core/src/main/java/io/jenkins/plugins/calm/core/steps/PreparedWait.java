package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.CodeListEntry;
import io.jenkins.plugins.calm.core.wait.Evaluation;
import io.jenkins.plugins.calm.core.wait.FeatureState;
import io.jenkins.plugins.calm.core.wait.WaitCondition;
import io.jenkins.plugins.calm.core.wait.WaitOutcome;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import io.jenkins.plugins.calm.core.wait.WaitState;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code calmWaitForStatus} wait, ready to be handed to the wait engine: the features with their
 * current statuses, the tenant's status list, and the {@link WaitState} to register. Everything a
 * step needs to resume after a controller restart is in here. It is Serializable and keeps only
 * strings, string arrays and {@link WaitState}, so that Pipeline's program serialization stores it
 * without special handling (no records, no immutable-collection internals).
 */
public final class PreparedWait implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int FEATURE_FIELDS = 7;

    /** Per feature: uuid, displayId, title, projectId, statusCode, statusName, url. */
    private final String[][] features;
    private final String[] statusCodes;
    private final String[] statusNames;
    private final WaitState state;

    private PreparedWait(String[][] features, String[] statusCodes, String[] statusNames, WaitState state) {
        this.features = features;
        this.statusCodes = statusCodes;
        this.statusNames = statusNames;
        this.state = state;
    }

    private static PreparedWait of(List<FeatureSummary> features, List<StatusCatalog.Status> statuses, WaitState state) {
        String[][] rows = new String[features.size()][];
        for (int i = 0; i < rows.length; i++) {
            FeatureSummary f = features.get(i);
            rows[i] = new String[] {f.uuid(), f.displayId(), f.title(), f.projectId(), f.statusCode(), f.statusName(),
                f.url()};
        }
        String[] codes = new String[statuses.size()];
        String[] names = new String[statuses.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = statuses.get(i).code();
            names[i] = statuses.get(i).name();
        }
        return new PreparedWait(rows, codes, names, state);
    }

    /**
     * Reads the tenant's statuses, turns the options' status names into codes, and records the
     * features' current statuses as the wait's starting point.
     *
     * @param features the features, as just read from Cloud ALM
     * @param waitId an ID unique among the connection's waits that survives restarts
     * @param now the current time (the deadline is counted from it)
     * @throws InvalidStepInputException for status names the tenant does not have
     */
    public static PreparedWait prepare(CloudAlmClient client, WaitForStatusOptions options,
            List<FeatureSummary> features, String waitId, Instant now) {
        options.validate();
        List<StatusCatalog.Status> statuses = new ArrayList<>();
        for (CodeListEntry entry : client.features().statuses()) {
            statuses.add(new StatusCatalog.Status(entry.code(), entry.name()));
        }
        WaitCondition condition = new StatusCatalog(statuses).waitCondition(options.status(), options.failOn());
        WaitState.Builder state = WaitState.builder(waitId)
                .acceptable(condition.acceptableCodes())
                .failOn(condition.failOnCodes());
        for (FeatureSummary feature : features) {
            if (feature.projectId() == null) {
                throw new StepFailureException("Cloud ALM sent feature " + feature.label() + " without its project, so"
                        + " its status cannot be watched");
            }
            state.feature(feature.uuid(), feature.projectId());
            if (feature.statusCode() != null) {
                state.lastSeen(new FeatureState(feature.uuid(), feature.statusCode(), now));
            }
        }
        Duration timeout = options.timeout();
        if (timeout != null) {
            state.deadline(now.plus(timeout));
        }
        state.pollInterval(options.pollInterval());
        return of(features, statuses, state.build());
    }

    public List<FeatureSummary> features() {
        List<FeatureSummary> list = new ArrayList<>(features.length);
        for (String[] f : features) {
            if (f.length != FEATURE_FIELDS) {
                throw new IllegalStateException("A stored wait holds a feature with " + f.length + " fields");
            }
            list.add(new FeatureSummary(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
        }
        return list;
    }

    /** The state to register with (or resume in) the wait engine. */
    public WaitState state() {
        return state;
    }

    /** The same wait, remembering a newer observation (so a resumed wait starts from the last logged status). */
    public PreparedWait withObserved(FeatureState observed) {
        return new PreparedWait(features, statusCodes, statusNames, state.withObserved(observed));
    }

    public StatusCatalog catalog() {
        List<StatusCatalog.Status> statuses = new ArrayList<>(statusCodes.length);
        for (int i = 0; i < statusCodes.length; i++) {
            statuses.add(new StatusCatalog.Status(statusCodes[i], statusNames[i]));
        }
        return new StatusCatalog(statuses);
    }

    public WaitMessages messages() {
        Map<String, String> labels = new LinkedHashMap<>();
        features().forEach(f -> labels.put(f.uuid(), f.label()));
        return new WaitMessages(catalog(), labels, state.condition());
    }

    /** The result known already, before any poll: every feature in an acceptable status, or one in a fail-on status. */
    public Optional<WaitResult> decidedAlready() {
        Map<String, FeatureState> states = state.lastSeen();
        Evaluation evaluation = state.condition().evaluate(state.featureUuids(), states);
        return switch (evaluation.verdict()) {
            case SATISFIED -> Optional.of(new WaitResult(state.waitId(), WaitOutcome.SUCCEEDED, states, null,
                    "All features are in an acceptable status already"));
            case FAILED -> Optional.of(new WaitResult(state.waitId(), WaitOutcome.FAILED, states,
                    evaluation.failedFeatureUuid(), "A feature is in a fail-on status already"));
            case PENDING -> Optional.empty();
        };
    }

    /**
     * The step's return value: {@code feature} and {@code status} of the first feature, and for all
     * features {@code features} (display IDs) and {@code statuses} (display ID → status name).
     * Only strings, lists and maps of strings, readable by sandboxed scripts.
     */
    public Map<String, Object> resultMap(WaitResult result) {
        StatusCatalog catalog = catalog();
        List<String> labels = new ArrayList<>();
        Map<String, String> statusByLabel = new LinkedHashMap<>();
        List<FeatureSummary> all = features();
        for (FeatureSummary feature : all) {
            labels.add(feature.label());
            FeatureState seen = result.states().get(feature.uuid());
            statusByLabel.put(feature.label(), seen == null ? null : catalog.nameOf(seen.statusCode()));
        }
        FeatureSummary first = all.get(0);
        FeatureState firstState = result.states().get(first.uuid());
        Map<String, Object> map = StepResults.feature(firstState == null ? first
                : first.withStatus(firstState.statusCode(), catalog.nameOf(firstState.statusCode())));
        map.put("features", labels);
        map.put("statuses", statusByLabel);
        map.put("outcome", result.outcome().name());
        return map;
    }
}
