package io.jenkins.plugins.calm.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the plugin's own sources and resources are. The same tests run in the real build (working directory
 * {@code plugin/}) and in the stub-based build ({@code plugin-offline/}, which passes {@code calm.plugin.dir}).
 */
final class PluginLayout {

    static final Path PLUGIN_DIR = Paths.get(System.getProperty("calm.plugin.dir", ".")).toAbsolutePath().normalize();
    static final Path MAIN_JAVA = PLUGIN_DIR.resolve("src/main/java");
    static final Path MAIN_RESOURCES = PLUGIN_DIR.resolve("src/main/resources");

    private PluginLayout() {}

    static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("Plugin sources not found at " + root
                    + "; run the tests from plugin/ or set -Dcalm.plugin.dir=<path to plugin/>");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path relative to the plugin directory, for messages. */
    static String show(Path file) {
        return PLUGIN_DIR.relativize(file).toString().replace('\\', '/');
    }
}
