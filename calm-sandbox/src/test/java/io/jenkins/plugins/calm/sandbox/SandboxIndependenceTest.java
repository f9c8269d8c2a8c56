package io.jenkins.plugins.calm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The emulator must not share code with the client it tests: a bug in calm-core's model would
 * otherwise be mirrored, and hidden, by the sandbox. Only the demo package may use calm-core. The
 * check reads the compiled classes, so any use counts: imports, fully qualified names, constants.
 */
class SandboxIndependenceTest {
  private static final String CORE = "io/jenkins/plugins/calm/core/";
  private static final String DEMO = "io/jenkins/plugins/calm/sandbox/demo/";

  @Test
  void noClassOutsideTheDemoPackageUsesCalmCore() throws Exception {
    Path classes = classesDirectory();
    List<String> all = classNames(classes);
    assertThat(all).as("compiled sandbox classes under %s", classes).hasSizeGreaterThan(50);

    List<String> offenders = all.stream().filter(name -> !name.startsWith(DEMO))
        .filter(name -> references(classes.resolve(name), CORE)).collect(Collectors.toList());

    assertThat(offenders).as("sandbox server classes that use calm-core (move the use into the demo package)")
        .isEmpty();
  }

  /** Shows that the check would see a use: the demo does use calm-core. */
  @Test
  void theCheckSeesTheDemosUseOfCalmCore() throws Exception {
    Path classes = classesDirectory();
    assertThat(classNames(classes).stream().filter(name -> name.startsWith(DEMO)))
        .anyMatch(name -> references(classes.resolve(name), CORE));
  }

  private static Path classesDirectory() throws URISyntaxException {
    return Path.of(CloudAlmSandbox.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<String> classNames(Path classes) throws IOException {
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(file -> file.toString().endsWith(".class"))
          .map(file -> classes.relativize(file).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
    }
  }

  /** Class files name every type they use in their constant pool, as {@code io/jenkins/...} UTF-8 text. */
  private static boolean references(Path classFile, String packagePrefix) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains(packagePrefix);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
