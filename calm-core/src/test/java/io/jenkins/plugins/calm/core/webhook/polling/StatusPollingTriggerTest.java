package io.jenkins.plugins.calm.core.webhook.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.webhook.payload.EventIds;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusPollingTriggerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final StatusNameResolver CODES = StatusNameResolver.of(Map.of(
            "S_IMP", "In Implementation", "S_TST", "In Testing", "S_OK", "Successfully Tested", "S_DEP", "Deployed"));

    private final StatusPollingTrigger trigger =
            new StatusPollingTrigger("prod", Set.of("In Testing"), Duration.ofMinutes(5), 10_000);

    private static FeatureSnapshot feature(String uuid, String status, Instant modifiedAt) {
        return new FeatureSnapshot(uuid, "6-" + uuid, "Title " + uuid, "p-1", List.of(), status, modifiedAt);
    }

    private static List<String> uuids(PollDecision decision) {
        return decision.movedIn().stream().map(c -> c.feature().uuid()).toList();
    }

    private PollState baseline(FeatureSnapshot... inTarget) {
        assertThat(trigger.nextRequest(PollState.INITIAL).baseline()).isTrue();
        PollDecision first = trigger.decide(PollState.INITIAL, List.of(inTarget), CODES, T0);
        assertThat(first.movedIn()).as("the first poll only learns").isEmpty();
        return first.state();
    }

    @Test
    void theFirstPollStartsNothingAndLaterPollsStartWhatMovedIn() {
        PollState state = baseline(feature("a", "S_TST", T0.minusSeconds(3600)));
        assertThat(trigger.nextRequest(state).modifiedAfter()).isEqualTo(T0.minusSeconds(3600).minus(Duration.ofMinutes(5)));

        PollDecision second = trigger.decide(state, List.of(
                feature("a", "S_TST", T0.plusSeconds(10)),
                feature("b", "S_TST", T0.plusSeconds(20)),
                feature("c", "S_IMP", T0.plusSeconds(30))), CODES, T0.plusSeconds(60));

        assertThat(uuids(second)).as("a was already in testing, only its title changed").containsExactly("b");
        FeatureChange event = second.movedIn().get(0);
        assertThat(event.source()).isEqualTo(FeatureChange.Source.POLL);
        assertThat(event.connection()).isEqualTo("prod");
        assertThat(event.status().name()).isEqualTo("In Testing");
        assertThat(event.status().code()).isEqualTo("S_TST");
        assertThat(event.eventIdDerived()).isTrue();
        assertThat(event.eventId()).as("the same ID a webhook event for this change would derive")
                .isEqualTo(EventIds.derive(event.feature(), event.status(), event.previousStatus(), T0.plusSeconds(20)));
        assertThat(second.state().watermark()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void overlappingPollsStartNothingTwice() {
        PollState state = baseline();
        List<FeatureSnapshot> batch = List.of(feature("b", "S_TST", T0.plusSeconds(20)));

        PollDecision first = trigger.decide(state, batch, CODES, T0.plusSeconds(60));
        PollDecision overlap = trigger.decide(first.state(), batch, CODES, T0.plusSeconds(120));

        assertThat(uuids(first)).containsExactly("b");
        assertThat(overlap.movedIn()).isEmpty();
    }

    @Test
    void leavingAndComingBackStartsAgain() {
        PollState state = baseline(feature("a", "S_TST", T0));

        PollDecision left = trigger.decide(state, List.of(feature("a", "S_IMP", T0.plusSeconds(10))), CODES, T0.plusSeconds(60));
        PollDecision back = trigger.decide(left.state(), List.of(feature("a", "S_TST", T0.plusSeconds(70))), CODES, T0.plusSeconds(120));

        assertThat(left.movedIn()).isEmpty();
        assertThat(left.state().inTargetStatus()).doesNotContainKey("a");
        assertThat(uuids(back)).containsExactly("a");
    }

    @Test
    void movingBetweenTwoTargetStatusesStartsAndNamesThePreviousOne() {
        StatusPollingTrigger two = new StatusPollingTrigger("prod", Set.of("In Testing", "Successfully Tested"), Duration.ofMinutes(5), 100);
        PollState state = two.decide(PollState.INITIAL, List.of(feature("a", "S_TST", T0)), CODES, T0).state();

        PollDecision moved = two.decide(state, List.of(feature("a", "S_OK", T0.plusSeconds(10))), CODES, T0.plusSeconds(60));

        assertThat(moved.movedIn()).singleElement().satisfies(event -> {
            assertThat(event.status().name()).isEqualTo("Successfully Tested");
            assertThat(event.previousStatus().name()).isEqualTo("In Testing");
        });
    }

    @Test
    void restartingFromTheSavedStateStartsNothingTwice() {
        PollState state = baseline();
        PollDecision decided = trigger.decide(state, List.of(feature("b", "S_TST", T0.plusSeconds(20))), CODES, T0.plusSeconds(60));
        String saved = decided.state().toJson();

        PollState restored = PollState.fromJson(saved);
        PollDecision afterRestart = trigger.decide(restored, List.of(
                feature("b", "S_TST", T0.plusSeconds(20)),
                feature("d", "S_TST", T0.plusSeconds(90))), CODES, T0.plusSeconds(180));

        assertThat(restored).isEqualTo(decided.state());
        assertThat(trigger.nextRequest(restored)).isEqualTo(trigger.nextRequest(decided.state()));
        assertThat(uuids(afterRestart)).containsExactly("d");
        assertThat(PollState.fromJson(PollState.INITIAL.toJson())).isEqualTo(PollState.INITIAL);
        assertThatThrownBy(() -> PollState.fromJson("{\"watermark\":\"not a time\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delete it to start over");
    }

    @Test
    void unknownStatusCodesAreLookedAtAgainAfterTheListIsRefreshed() {
        PollState state = baseline();
        Instant changed = T0.plusSeconds(20);

        PollDecision unresolved = trigger.decide(state, List.of(
                feature("x", "S_NEW", changed),
                feature("y", "S_IMP", T0.plusSeconds(40))), CODES, T0.plusSeconds(60));

        assertThat(unresolved.movedIn()).isEmpty();
        assertThat(unresolved.unresolvedStatusCodes()).containsExactly("S_NEW");
        assertThat(trigger.nextRequest(unresolved.state()).modifiedAfter()).isBefore(changed);

        StatusNameResolver refreshed = code -> code.equals("S_NEW") ? Optional.of("In Testing") : CODES.nameOf(code);
        PollDecision retried = trigger.decide(unresolved.state(), List.of(feature("x", "S_NEW", changed)), refreshed, T0.plusSeconds(120));
        assertThat(uuids(retried)).containsExactly("x");
    }

    @Test
    void aBaselineWithUnknownStatusCodesKeepsLearning() {
        PollDecision first = trigger.decide(PollState.INITIAL, List.of(feature("x", "S_NEW", T0)), CODES, T0);

        assertThat(first.state().watermark()).isNull();
        assertThat(trigger.nextRequest(first.state()).baseline()).isTrue();
    }

    @Test
    void usesThePollTimeWhenCloudAlmReturnedNothingToLearnFrom() {
        PollDecision first = trigger.decide(PollState.INITIAL, List.of(), CODES, T0);

        assertThat(first.state().watermark()).isEqualTo(T0);
        assertThat(trigger.decide(first.state(), List.of(), CODES, T0.plusSeconds(60)).state().watermark())
                .as("an empty poll keeps the watermark").isEqualTo(T0);
    }

    @Test
    void takesTheNewestSnapshotWhenPagingRepeatsAFeature() {
        PollState state = baseline();

        PollDecision decision = trigger.decide(state, List.of(
                feature("a", "S_IMP", T0.plusSeconds(50)),
                feature("a", "S_TST", T0.plusSeconds(10))), CODES, T0.plusSeconds(60));

        assertThat(decision.movedIn()).isEmpty();
    }

    @Test
    void remembersABoundedNumberOfFeatures() {
        StatusPollingTrigger small = new StatusPollingTrigger("prod", Set.of("In Testing"), Duration.ofMinutes(5), 2);

        PollDecision decision = small.decide(PollState.INITIAL, List.of(
                feature("a", "S_TST", T0.plusSeconds(1)),
                feature("b", "S_TST", T0.plusSeconds(2)),
                feature("c", "S_TST", T0.plusSeconds(3))), CODES, T0);

        assertThat(decision.state().inTargetStatus()).containsOnlyKeys("b", "c");
    }

    @Test
    void needsATargetStatus() {
        assertThatThrownBy(() -> new StatusPollingTrigger("prod", Set.of(), Duration.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one target status");
    }
}
