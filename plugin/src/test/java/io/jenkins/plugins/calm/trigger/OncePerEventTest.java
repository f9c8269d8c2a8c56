package io.jenkins.plugins.calm.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OncePerEventTest {

    private final RecordingLauncher jenkins = new RecordingLauncher();
    private final OncePerEvent launcher = new OncePerEvent(jenkins, Clock.systemUTC());
    private final TriggerSpec promote = TriggerSpec.onStatus("promote", "prod", "In Testing");
    private final TriggerSpec other = TriggerSpec.onStatus("other", "prod", "In Testing");

    private static BuildRequest event(String id) {
        return new BuildRequest(Map.of(BuildRequest.EVENT_ID, id), "Cloud ALM feature 6-1 moved to In Testing");
    }

    @Test
    void startsEachJobOncePerEvent() {
        launcher.schedule(promote, event("derived-abc"));
        launcher.schedule(other, event("derived-abc"));
        launcher.schedule(promote, event("derived-def"));

        assertThatThrownBy(() -> launcher.schedule(promote, event("derived-abc")))
                .isInstanceOf(BuildNotScheduledException.class)
                .hasMessage("The job promote was already started for the Cloud ALM event derived-abc; it is not started twice.");
        assertThat(jenkins.jobs()).containsExactly("promote", "other", "promote");
    }
}
