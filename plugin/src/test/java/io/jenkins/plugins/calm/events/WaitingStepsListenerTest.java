package io.jenkins.plugins.calm.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.StatusRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaitingStepsListenerTest {

    private final List<String> calls = new ArrayList<>();
    private final WaitingStepsListener.Waits waits = new WaitingStepsListener.Waits() {
        @Override
        public void onEvent(String connection, String featureUuid, String statusCode, String eventId, Instant receivedAt) {
            calls.add("event " + connection + " " + featureUuid + " " + statusCode + " " + eventId);
        }

        @Override
        public void onFeatureChanged(String connection, String featureUuid) {
            calls.add("changed " + connection + " " + featureUuid);
        }
    };
    private final Map<String, String> codes = Map.of("in testing", "S30");

    private void deliver(String uuid, StatusRef status) {
        FeatureChange change = new FeatureChange("prod", "evt-1", false, "FEATURE.UPDATED", null,
                new FeatureFacts(uuid, "6-123", null, null, null, null), status, StatusRef.UNKNOWN, null,
                FeatureChange.Source.RESOURCE_CHANGES);
        WaitingStepsListener.deliver(change, (connection, name) -> Optional.ofNullable(codes.get(name.toLowerCase())), waits);
    }

    @Test
    void aStatusCodeEndsTheWaitsAtOnce() {
        deliver("u-1", StatusRef.ofCode("S30"));
        deliver("u-1", StatusRef.ofName("In Testing"));

        assertThat(calls).containsExactly("event prod u-1 S30 evt-1", "event prod u-1 S30 evt-1");
    }

    @Test
    void aChangeWithoutAUsableStatusMakesTheEnginePollEarly() {
        deliver("u-1", StatusRef.UNKNOWN);
        deliver("u-1", StatusRef.ofName("Some tenant status"));

        assertThat(calls).containsExactly("changed prod u-1", "changed prod u-1");
    }

    @Test
    void aFeatureNamedOnlyByItsDisplayIdIsLeftToPolling() {
        deliver(null, StatusRef.ofCode("S30"));

        assertThat(calls).isEmpty();
    }
}
