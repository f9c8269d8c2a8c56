package io.jenkins.plugins.calm.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheContentWholeAndLeavesNoTemporaryFileBehind() throws Exception {
        StateFile file = new StateFile(folder.resolve("jobs/a/state.json"));
        assertThat(file.read()).isEmpty();

        file.write("{\"v\":1}");
        file.write("{\"v\":2}");

        assertThat(file.read()).contains("{\"v\":2}");
        try (Stream<Path> files = Files.list(folder.resolve("jobs/a"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("state.json");
        }
    }
}
