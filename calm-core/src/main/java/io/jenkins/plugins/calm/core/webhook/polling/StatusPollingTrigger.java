package io.jenkins.plugins.calm.core.webhook.polling;

import io.jenkins.plugins.calm.core.webhook.payload.EventIds;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.payload.StatusNames;
import io.jenkins.plugins.calm.core.webhook.payload.StatusRef;
import io.jenkins.plugins.calm.core.webhook.polling.PollState.Seen;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decisions of a polling trigger, for controllers Cloud ALM cannot reach: which features moved
 * into a target status since the last poll. The plugin asks Cloud ALM for the features of the
 * project modified after {@link #nextRequest}'s instant and hands them to {@link #decide}.
 *
 * <p>Rules:
 * <ul>
 *   <li>The first poll ({@link PollRequest#baseline()}) only learns which features are already in
 *       a target status; it starts nothing, so enabling the trigger does not promote everything
 *       that happens to be "In Testing" today.
 *   <li>A feature fires when it is in a target status and was not last seen in that same status.
 *       It fires once: seeing it again (the next poll overlaps this one, or someone edits its title)
 *       starts nothing.
 *   <li>A feature seen in another status is forgotten, so moving back in fires again.
 *   <li>Polls overlap by {@code overlap} to survive clock skew and same-second changes; the
 *       watermark follows Cloud ALM's own {@code modifiedAt} values, not Jenkins' clock.
 * </ul>
 * A poll sees only the current status: a feature that left and re-entered a target status
 * between two polls is not noticed (webhooks do notice it).
 */
public final class StatusPollingTrigger {

    private final String connection;
    private final Set<String> targetKeys;
    private final Duration overlap;
    private final int maxRemembered;

    /**
     * @param connection the Cloud ALM connection
     * @param targetStatusNames the display names that start the job
     * @param overlap how far back each poll looks before the watermark (5 minutes is a good default)
     * @param maxRemembered the most features remembered as in a target status (the oldest are dropped)
     */
    public StatusPollingTrigger(String connection, Set<String> targetStatusNames, Duration overlap, int maxRemembered) {
        if (targetStatusNames.isEmpty()) {
            throw new IllegalArgumentException("A polling trigger needs at least one target status, e.g. 'In Testing'");
        }
        this.connection = connection;
        this.targetKeys = Set.copyOf(targetStatusNames.stream().map(StatusNames::normalize).toList());
        this.overlap = overlap;
        this.maxRemembered = maxRemembered;
    }

    /** @return what to ask Cloud ALM for */
    public PollRequest nextRequest(PollState state) {
        return new PollRequest(state.watermark() == null ? null : state.watermark().minus(overlap));
    }

    /**
     * @param state the state saved after the previous poll ({@link PollState#INITIAL} the first time)
     * @param features the features Cloud ALM returned for {@link #nextRequest}, in any order
     * @param statusNames the connection's status code → name list
     * @param polledAt when the request was sent; used as the watermark only when Cloud ALM returned nothing to learn it from
     */
    public PollDecision decide(PollState state, List<FeatureSnapshot> features, StatusNameResolver statusNames, Instant polledAt) {
        boolean baseline = state.watermark() == null;
        Map<String, Seen> seen = new HashMap<>(state.inTargetStatus());
        List<FeatureChange> movedIn = new ArrayList<>();
        Set<String> unresolved = new HashSet<>();
        Instant newest = state.watermark();
        Instant oldestUnresolved = null;

        for (FeatureSnapshot feature : latestPerFeature(features)) {
            String name = feature.statusCode() == null ? null : statusNames.nameOf(feature.statusCode()).orElse(null);
            if (name == null) {
                unresolved.add(String.valueOf(feature.statusCode()));
                if (feature.modifiedAt() != null && (oldestUnresolved == null || feature.modifiedAt().isBefore(oldestUnresolved))) {
                    oldestUnresolved = feature.modifiedAt();
                }
                continue;
            }
            if (feature.modifiedAt() != null && (newest == null || feature.modifiedAt().isAfter(newest))) {
                newest = feature.modifiedAt();
            }
            String key = StatusNames.normalize(name);
            Seen before = seen.get(feature.uuid());
            if (!targetKeys.contains(key)) {
                seen.remove(feature.uuid());
                continue;
            }
            seen.put(feature.uuid(), new Seen(name, feature.modifiedAt()));
            if (!baseline && (before == null || !StatusNames.normalize(before.statusName()).equals(key))) {
                movedIn.add(event(feature, new StatusRef(feature.statusCode(), name), before));
            }
        }

        if (baseline && !unresolved.isEmpty()) {
            // A feature in an unknown status may be in a target status: learning must finish before anything fires.
            return new PollDecision(new PollState(null, bounded(seen)), movedIn, unresolved);
        }
        Instant watermark = newest != null ? newest : polledAt;
        if (oldestUnresolved != null) {
            // Look at the unresolved features again next time: the next request reaches back to just before them.
            Instant reachBack = oldestUnresolved.minusNanos(1).plus(overlap);
            if (watermark.isAfter(reachBack)) {
                watermark = reachBack;
            }
        }
        return new PollDecision(new PollState(watermark, bounded(seen)), movedIn, unresolved);
    }

    private FeatureChange event(FeatureSnapshot feature, StatusRef status, Seen before) {
        FeatureFacts facts = feature.facts();
        StatusRef previous = before == null ? StatusRef.UNKNOWN : StatusRef.ofName(before.statusName());
        return new FeatureChange(
                connection,
                EventIds.derive(facts, status, previous, feature.modifiedAt()),
                true,
                null,
                null,
                facts,
                status,
                previous,
                feature.modifiedAt(),
                FeatureChange.Source.POLL);
    }

    /** @return one snapshot per feature (paging may repeat one), the newest, oldest first */
    private static List<FeatureSnapshot> latestPerFeature(List<FeatureSnapshot> features) {
        Comparator<Instant> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        Map<String, FeatureSnapshot> latest = new LinkedHashMap<>();
        for (FeatureSnapshot feature : features) {
            latest.merge(feature.uuid(), feature,
                    (a, b) -> nullsFirst.compare(a.modifiedAt(), b.modifiedAt()) >= 0 ? a : b);
        }
        List<FeatureSnapshot> ordered = new ArrayList<>(latest.values());
        ordered.sort(Comparator.comparing(FeatureSnapshot::modifiedAt, nullsFirst));
        return ordered;
    }

    private Map<String, Seen> bounded(Map<String, Seen> seen) {
        if (seen.size() <= maxRemembered) {
            return seen;
        }
        Comparator<Instant> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        List<Map.Entry<String, Seen>> newestFirst = new ArrayList<>(seen.entrySet());
        newestFirst.sort((a, b) -> nullsFirst.compare(b.getValue().modifiedAt(), a.getValue().modifiedAt()));
        Map<String, Seen> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Seen> entry : newestFirst.subList(0, maxRemembered)) {
            kept.put(entry.getKey(), entry.getValue());
        }
        return kept;
    }
}
