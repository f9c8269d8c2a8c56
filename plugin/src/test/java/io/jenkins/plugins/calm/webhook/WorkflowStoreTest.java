package io.jenkins.plugins.calm.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowStoreTest {

    @TempDir
    Path home;

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void savesOnlyWhenTheWorkflowsChangedAndRestoresThem() throws Exception {
        Path file = home.resolve(WorkflowStore.FILE_NAME);
        WorkflowStore store = WorkflowStore.open(file, clock);
        store.saveIfChanged();
        assertThat(file).as("nothing to save yet").doesNotExist();

        WorkflowInstance started = store.registry().start("prod", "6-123", "Successfully Tested", List.of("gate"));
        store.registry().buildScheduled(started.id(), "gate", "gate#7");
        store.saveIfChanged();

        WorkflowInstance restored = WorkflowStore.open(file, clock).registry().find(started.id()).orElseThrow();
        assertThat(restored.builds()).extracting(b -> b.handle()).containsExactly("gate#7");
        assertThat(restored.phase()).isEqualTo(WorkflowInstance.Phase.RUNNING);
    }

    @Test
    void anUnreadableFileIsMovedAsideAndTheStoreStartsEmpty() throws Exception {
        Path file = home.resolve(WorkflowStore.FILE_NAME);
        Files.writeString(file, "{not json");

        WorkflowStore store = WorkflowStore.open(file, clock);

        assertThat(store.registry().instances()).isEmpty();
        assertThat(file).doesNotExist();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactly(WorkflowStore.FILE_NAME + ".unreadable-" + clock.millis());
        }
    }
}
