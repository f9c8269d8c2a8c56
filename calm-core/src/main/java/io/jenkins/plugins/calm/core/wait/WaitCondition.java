package io.jenkins.plugins.calm.core.wait;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a wait waits for: every feature must reach one of the acceptable status codes; any feature
 * reaching a fail-on status code ends the wait with failure. Codes are the tenant's codes; the
 * caller resolves display names to codes.
 *
 * <p>{@link #evaluate} is a pure function, so the step can use it for its immediate first check
 * before it registers with the engine.
 */
public final class WaitCondition {
    private final Set<String> acceptableCodes;
    private final Set<String> failOnCodes;

    /**
     * @throws IllegalArgumentException when no acceptable code is given, a code is blank, or a code
     *     is both acceptable and fail-on (the caller should drop a default fail-on status the user
     *     explicitly waits for)
     */
    public WaitCondition(Collection<String> acceptableCodes, Collection<String> failOnCodes) {
        this.acceptableCodes = sortedCopy(acceptableCodes, "acceptable status code");
        this.failOnCodes = sortedCopy(failOnCodes, "fail-on status code");
        if (this.acceptableCodes.isEmpty()) {
            throw new IllegalArgumentException("A wait needs at least one acceptable status code");
        }
        Set<String> both = new TreeSet<>(this.acceptableCodes);
        both.retainAll(this.failOnCodes);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("Status codes " + both
                    + " are both acceptable and fail-on; a status can only be one of the two");
        }
    }

    private static Set<String> sortedCopy(Collection<String> codes, String what) {
        TreeSet<String> copy = new TreeSet<>();
        for (String code : codes) {
            copy.add(FeatureState.requireText(code, what));
        }
        return Collections.unmodifiableSet(copy);
    }

    public Set<String> acceptableCodes() {
        return acceptableCodes;
    }

    public Set<String> failOnCodes() {
        return failOnCodes;
    }

    /**
     * Decides a wait from what is known about its features. A fail-on status wins over everything
     * else (the first such feature in {@code featureUuids} order is named); otherwise the wait is
     * satisfied when every feature has an acceptable status; a feature with no known state is
     * pending.
     */
    public Evaluation evaluate(Collection<String> featureUuids, Map<String, FeatureState> states) {
        if (featureUuids.isEmpty()) {
            throw new IllegalArgumentException("A wait needs at least one feature");
        }
        List<String> pending = new ArrayList<>();
        for (String uuid : featureUuids) {
            FeatureState state = states.get(uuid);
            if (state == null) {
                pending.add(uuid);
            } else if (failOnCodes.contains(state.statusCode())) {
                return new Evaluation(Evaluation.Verdict.FAILED, uuid, List.of());
            } else if (!acceptableCodes.contains(state.statusCode())) {
                pending.add(uuid);
            }
        }
        return pending.isEmpty()
                ? new Evaluation(Evaluation.Verdict.SATISFIED, null, List.of())
                : new Evaluation(Evaluation.Verdict.PENDING, null, List.copyOf(pending));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitCondition other
                && acceptableCodes.equals(other.acceptableCodes)
                && failOnCodes.equals(other.failOnCodes);
    }

    @Override
    public int hashCode() {
        return 31 * acceptableCodes.hashCode() + failOnCodes.hashCode();
    }

    @Override
    public String toString() {
        return "acceptable " + acceptableCodes + ", fail on " + failOnCodes;
    }
}
