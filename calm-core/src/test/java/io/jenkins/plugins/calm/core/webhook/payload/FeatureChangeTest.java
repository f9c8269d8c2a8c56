package io.jenkins.plugins.calm.core.webhook.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureChangeTest {

    private static final Instant T1 = Instant.parse("2026-02-01T14:03:11Z");
    private static final FeatureSnapshot FETCHED =
            new FeatureSnapshot("u-1", "6-123", "Title\nwith break", "p-1", List.of("a"), "T_TST", T1);

    private static FeatureChange change(FeatureFacts facts, StatusRef status, String eventId, boolean derived) {
        return new FeatureChange("prod", eventId, derived, "FEATURE.UPDATED", "s", facts, status, null, null,
                FeatureChange.Source.RESOURCE_CHANGES);
    }

    @Test
    void completesMissingFactsAndKeepsWhatThePayloadSaid() {
        FeatureFacts partial = new FeatureFacts("u-1", null, "Payload title", null, null, null);
        FeatureChange completed = change(partial, StatusRef.ofName("In Testing"), "evt-1", false).completedWith(FETCHED);

        assertThat(completed.feature()).isEqualTo(new FeatureFacts("u-1", "6-123", "Payload title", "p-1", null, List.of("a")));
        assertThat(completed.status()).as("the event's status is what happened").isEqualTo(StatusRef.ofName("In Testing"));
        assertThat(completed.modifiedAt()).as("not the fetched one: the status did not come from it").isNull();
        assertThat(completed.eventId()).isEqualTo("evt-1");
        assertThat(completed.previousStatus()).isEqualTo(StatusRef.UNKNOWN);
    }

    @Test
    void takesStatusAndModifiedAtFromTheFeatureWhenThePayloadHadNoStatus() {
        FeatureChange withoutStatus = change(new FeatureFacts("u-1", null, null, null, null, null), StatusRef.UNKNOWN,
                EventIds.derive(new FeatureFacts("u-1", null, null, null, null, null), StatusRef.UNKNOWN, StatusRef.UNKNOWN, null), true);

        FeatureChange completed = withoutStatus.completedWith(FETCHED);

        assertThat(completed.needsFetch()).isFalse();
        assertThat(completed.status()).isEqualTo(StatusRef.ofCode("T_TST"));
        assertThat(completed.modifiedAt()).isEqualTo(T1);
        assertThat(completed.feature().title()).isEqualTo("Title with break");
        assertThat(completed.eventId())
                .as("re-derived from the completed facts")
                .isEqualTo(EventIds.derive(completed.feature(), completed.status(), StatusRef.UNKNOWN, T1))
                .isNotEqualTo(withoutStatus.eventId());
    }

    @Test
    void aFeatureNeedsAnIdentity() {
        assertThatThrownBy(() -> new FeatureFacts(null, null, "t", null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FeatureFacts("u", null, null, null, null, null).label()).isEqualTo("u");
        assertThat(new FeatureFacts("u", "6-1", null, null, null, null).label()).isEqualTo("6-1");
    }

    @Test
    void derivedIdsIgnoreTheSubscriptionAndNameCaseButNotTheChange() {
        FeatureFacts facts = new FeatureFacts("U-1", null, null, null, null, null);
        String id = EventIds.derive(facts, StatusRef.ofName("In Testing"), StatusRef.UNKNOWN, T1);

        assertThat(EventIds.derive(new FeatureFacts("u-1", "6-1", "other", null, null, null), StatusRef.ofName(" in  testing "),
                StatusRef.UNKNOWN, T1)).isEqualTo(id);
        assertThat(EventIds.derive(facts, StatusRef.ofName("In Testing"), StatusRef.UNKNOWN, T1.plusSeconds(1))).isNotEqualTo(id);
        assertThat(EventIds.derive(facts, StatusRef.ofName("Deployed"), StatusRef.UNKNOWN, T1)).isNotEqualTo(id);
        assertThat(EventIds.derive(facts, StatusRef.ofName("In Testing"), StatusRef.ofName("A"), T1))
                .as("the previous status counts only without modifiedAt").isEqualTo(id);
        assertThat(EventIds.derive(facts, StatusRef.ofName("In Testing"), StatusRef.ofName("A"), null))
                .isNotEqualTo(EventIds.derive(facts, StatusRef.ofName("In Testing"), StatusRef.ofName("B"), null));
    }
}
