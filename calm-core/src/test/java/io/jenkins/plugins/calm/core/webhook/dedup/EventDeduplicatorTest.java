package io.jenkins.plugins.calm.core.webhook.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.testing.ManualClock;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.StatusRef;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventDeduplicatorTest {

    private final ManualClock clock = new ManualClock();
    private final EventDeduplicator dedup = new EventDeduplicator(clock, EventDeduplicator.Policy.DEFAULT);

    private static FeatureChange change(String connection, String eventId, boolean derived, Instant modifiedAt) {
        return new FeatureChange(connection, eventId, derived, null, null, new FeatureFacts("u", null, null, null, null, null),
                StatusRef.ofName("In Testing"), null, modifiedAt, FeatureChange.Source.RESOURCE_CHANGES);
    }

    @Test
    void ignoresTheSameEventWithinTheWindow() {
        assertThat(dedup.firstDelivery(change("prod", "e1", false, null))).isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(dedup.firstDelivery(change("prod", "e1", false, null))).isFalse();
        assertThat(dedup.firstDelivery(change("prod", "e2", false, null))).isTrue();
    }

    @Test
    void acceptsTheSameIdAgainAfterTheWindow() {
        dedup.firstDelivery(change("prod", "e1", false, null));
        clock.advance(Duration.ofMinutes(60));

        assertThat(dedup.firstDelivery(change("prod", "e1", false, null))).isTrue();
        assertThat(dedup.firstDelivery(change("prod", "e1", false, null))).isFalse();
    }

    @Test
    void scopesIdsByConnection() {
        assertThat(dedup.firstDelivery(change("prod", "e1", false, null))).isTrue();
        assertThat(dedup.firstDelivery(change("test", "e1", false, null))).isTrue();
    }

    @Test
    void remembersDerivedIdsWithoutTimestampOnlyBriefly() {
        FeatureChange noTimestamp = change("prod", "derived-a", true, null);
        FeatureChange withTimestamp = change("prod", "derived-b", true, Instant.EPOCH);
        dedup.firstDelivery(noTimestamp);
        dedup.firstDelivery(withTimestamp);

        clock.advance(Duration.ofMinutes(4));
        assertThat(dedup.firstDelivery(noTimestamp)).as("a redelivery").isFalse();
        clock.advance(Duration.ofMinutes(6));
        assertThat(dedup.firstDelivery(noTimestamp)).as("the same status again, 10 minutes later").isTrue();
        assertThat(dedup.firstDelivery(withTimestamp)).isFalse();
    }

    @Test
    void boundsItsMemoryDroppingTheOldest() {
        EventDeduplicator small = new EventDeduplicator(clock, new EventDeduplicator.Policy(Duration.ofHours(1), Duration.ofMinutes(5), 100));
        for (int i = 0; i < 1000; i++) {
            assertThat(small.firstDelivery("c", "e" + i, Duration.ofHours(1))).isTrue();
        }

        assertThat(small.size()).isEqualTo(100);
        assertThat(small.firstDelivery("c", "e999", Duration.ofHours(1))).isFalse();
        assertThat(small.firstDelivery("c", "e0", Duration.ofHours(1))).as("dropped long ago").isTrue();
    }

    @Test
    void dropsExpiredEntries() {
        for (int i = 0; i < 500; i++) {
            dedup.firstDelivery("c", "e" + i, Duration.ofHours(1));
        }
        clock.advance(Duration.ofHours(2));
        dedup.firstDelivery("c", "fresh", Duration.ofHours(1));

        assertThat(dedup.size()).isEqualTo(1);
    }
}
