package io.jenkins.plugins.calm.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.polling.PollState;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.persistence.StateFile;
import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One poll of the polling trigger, against a Cloud ALM project held in memory. */
class PollCycleTest {

    private static final String PROJECT = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    @TempDir
    Path jobFolder;

    private final Map<String, FeatureSnapshot> project = new HashMap<>();
    private final Map<String, String> statusCodes = new HashMap<>(Map.of("S20", "In Implementation", "S30", "In Testing"));
    private final List<Instant> askedSince = new ArrayList<>();
    private final RecordingLauncher launcher = new RecordingLauncher();
    private final List<FeatureChange> heard = new ArrayList<>();
    private int refreshes;
    private Instant now = Instant.parse("2026-02-01T10:00:00Z");

    private final PollCycle.Features features = new PollCycle.Features() {
        @Override
        public List<FeatureSnapshot> all(String projectId) {
            assertThat(projectId).isEqualTo(PROJECT);
            return List.copyOf(project.values());
        }

        @Override
        public List<FeatureSnapshot> modifiedAfter(String projectId, Instant after) {
            askedSince.add(after);
            return project.values().stream().filter(f -> f.modifiedAt().isAfter(after)).toList();
        }
    };

    private final PollCycle.StatusList statuses = new PollCycle.StatusList() {
        @Override
        public StatusNameResolver current() {
            return StatusNameResolver.of(statusCodes);
        }

        @Override
        public void refresh() {
            refreshes++;
        }
    };

    private TriggerSpec spec = TriggerSpec.onStatus("promote-qa", "prod", "In Testing").inProject(PROJECT, null);

    private PollCycle.Outcome poll() {
        return new PollCycle(spec, new StateFile(jobFolder.resolve("cloud-alm-polling.json")), features, statuses, launcher,
                heard::add, Clock.fixed(now, ZoneOffset.UTC)).run();
    }

    private void feature(String uuid, String displayId, String title, String statusCode, String modifiedAt) {
        project.put(uuid, new FeatureSnapshot(uuid, displayId, title, PROJECT, List.of(), statusCode, Instant.parse(modifiedAt)));
    }

    @Test
    void theFirstPollLearnsAndLaterPollsStartOncePerMoveIntoATargetStatus() {
        feature("u-1", "6-1", "Already in testing", "S30", "2026-02-01T09:00:00Z");
        feature("u-2", "6-2", "Still being built", "S20", "2026-02-01T09:10:00Z");

        PollCycle.Outcome first = poll();
        assertThat(first.baseline()).isTrue();
        assertThat(launcher.scheduled).as("enabling the trigger promotes nothing").isEmpty();

        feature("u-2", "6-2", "Still being built", "S30", "2026-02-01T10:01:00Z");
        now = Instant.parse("2026-02-01T10:05:00Z");
        PollCycle.Outcome second = poll();
        now = Instant.parse("2026-02-01T10:10:00Z");
        PollCycle.Outcome third = poll();

        assertThat(askedSince).as("from Cloud ALM's own modifiedAt, minus the overlap")
                .first().isEqualTo(Instant.parse("2026-02-01T09:05:00Z"));
        assertThat(second.started()).isEqualTo(1);
        assertThat(third.started()).as("seen again in the overlap: not started twice").isZero();
        assertThat(launcher.scheduled).hasSize(1);
        assertThat(launcher.scheduled.get(0).environment())
                .containsEntry("CALM_FEATURE_ID", "6-2")
                .containsEntry("CALM_FEATURE_STATUS", "In Testing")
                .containsEntry("CALM_PREVIOUS_STATUS", "")
                .containsEntry("CALM_PROJECT_ID", PROJECT)
                .containsEntry("CALM_CONNECTION", "prod");
        assertThat(launcher.scheduled.get(0).environment().get("CALM_EVENT_ID")).startsWith("derived-");
        assertThat(heard).extracting(c -> c.feature().displayId()).containsExactly("6-2");
    }

    @Test
    void aRestartRemembersWhatWasSeenBecauseItIsSavedBeforeTheBuildsStart() throws Exception {
        poll();
        feature("u-3", "6-3", "New", "S30", "2026-02-01T10:01:00Z");
        Path state = jobFolder.resolve("cloud-alm-polling.json");
        BuildLauncher checkingLauncher = new BuildLauncher() {
            @Override
            public String schedule(TriggerSpec trigger, BuildRequest request) {
                try {
                    assertThat(PollState.fromJson(Files.readString(state)).inTargetStatus()).containsKey("u-3");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return launcher.schedule(trigger, request);
            }

            @Override
            public void abort(String handle) {
                launcher.abort(handle);
            }
        };
        new PollCycle(spec, new StateFile(state), features, statuses, checkingLauncher, heard::add,
                Clock.fixed(now.plusSeconds(300), ZoneOffset.UTC)).run();

        PollCycle.Outcome afterRestart = poll();

        assertThat(launcher.jobs()).containsExactly("promote-qa");
        assertThat(afterRestart.started()).isZero();
    }

    @Test
    void theFiltersOfTheTriggerApply() {
        spec = spec.withTitlePattern("(?i)invoice");
        poll();
        feature("u-4", "6-4", "Harmonise invoice layout", "S30", "2026-02-01T10:01:00Z");
        feature("u-5", "6-5", "Credit check", "S30", "2026-02-01T10:02:00Z");

        PollCycle.Outcome outcome = poll();

        assertThat(outcome.movedIn()).isEqualTo(2);
        assertThat(launcher.scheduled).extracting(s -> s.environment().get("CALM_FEATURE_ID")).containsExactly("6-4");
    }

    @Test
    void anUnknownStatusCodeRefreshesTheStatusListForTheNextPoll() {
        poll();
        feature("u-6", "6-6", "Custom status", "S99", "2026-02-01T10:01:00Z");

        PollCycle.Outcome outcome = poll();

        assertThat(outcome.unresolvedStatusCodes()).containsExactly("S99");
        assertThat(refreshes).isEqualTo(1);
    }

    @Test
    void anUnreadableStateIsMovedAsideAndTheTriggerLearnsAgainWithoutStartingAnything() throws Exception {
        feature("u-1", "6-1", "In testing", "S30", "2026-02-01T09:00:00Z");
        Files.writeString(jobFolder.resolve("cloud-alm-polling.json"), "not json");

        PollCycle.Outcome outcome = poll();

        assertThat(outcome.baseline()).isTrue();
        assertThat(launcher.scheduled).isEmpty();
        assertThat(jobFolder.resolve("cloud-alm-polling.json.unreadable-" + now.toEpochMilli())).exists();
    }

    @Test
    void whenTheStateCannotBeSavedNothingStarts() throws Exception {
        poll();
        feature("u-7", "6-7", "New", "S30", "2026-02-01T10:01:00Z");
        Path blocked = jobFolder.resolve("blocked");
        Files.writeString(blocked, "a file where a folder is needed");

        assertThatThrownBy(() -> new PollCycle(spec, new StateFile(blocked.resolve("state.json")), features, statuses, launcher,
                heard::add, Clock.fixed(now, ZoneOffset.UTC)).run()).isInstanceOf(UncheckedIOException.class);
        assertThat(launcher.scheduled).isEmpty();
    }
}
