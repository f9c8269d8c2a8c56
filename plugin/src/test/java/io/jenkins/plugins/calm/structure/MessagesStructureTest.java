package io.jenkins.plugins.calm.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string of the Java code comes from a {@code Messages.properties} (so it can be translated),
 * every {@code Messages.key(…)} used has its key, and no key is left unused.
 */
class MessagesStructureTest {

    private static final Pattern USE = Pattern.compile("\\bMessages\\._?(\\w+)\\s*\\(");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+)\\.Messages\\s*;", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /** Package → the method names the localizer generates from that package's Messages.properties. */
    private static Map<String, Set<String>> generatedMethods() {
        Map<String, Set<String>> byPackage = new HashMap<>();
        for (Path file : PluginLayout.files(PluginLayout.MAIN_RESOURCES, "Messages.properties")) {
            String pkg = PluginLayout.MAIN_RESOURCES.relativize(file.getParent()).toString()
                    .replace('\\', '/').replace('/', '.');
            Set<String> methods = new HashSet<>();
            for (String key : ViewStructureTest.load(file).stringPropertyNames()) {
                methods.add(methodName(key));
            }
            byPackage.put(pkg, methods);
        }
        return byPackage;
    }

    /** As the localizer names them: every character that cannot be in a Java identifier becomes '_'. */
    static String methodName(String key) {
        StringBuilder name = new StringBuilder();
        for (char c : key.toCharArray()) {
            name.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        return name.toString();
    }

    /** Package of the Messages class → method names used, over all Java sources. */
    private static Map<String, Set<String>> usedMethods() {
        Map<String, Set<String>> used = new HashMap<>();
        for (Path file : PluginLayout.files(PluginLayout.MAIN_JAVA, ".java")) {
            String source = PluginLayout.read(file);
            Matcher imported = IMPORT.matcher(source);
            Matcher declared = PACKAGE.matcher(source);
            String pkg = imported.find() ? imported.group(1) : declared.find() ? declared.group(1) : "";
            Matcher use = USE.matcher(source);
            while (use.find()) {
                used.computeIfAbsent(pkg, p -> new HashSet<>()).add(use.group(1));
            }
        }
        return used;
    }

    @Test
    void everyMessageUsedInTheCodeHasAKey() {
        Map<String, Set<String>> generated = generatedMethods();
        List<String> missing = new ArrayList<>();
        usedMethods().forEach((pkg, methods) -> {
            for (String method : methods) {
                if (!generated.getOrDefault(pkg, Set.of()).contains(method)) {
                    missing.add(pkg + ".Messages." + method + " has no key in " + pkg.replace('.', '/')
                            + "/Messages.properties");
                }
            }
        });
        assertThat(usedMethods()).as("the scan finds Messages uses").isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyIsUsed() {
        Map<String, Set<String>> used = usedMethods();
        List<String> unused = new ArrayList<>();
        generatedMethods().forEach((pkg, methods) -> {
            for (String method : methods) {
                if (!used.getOrDefault(pkg, Set.of()).contains(method)) {
                    unused.add(pkg.replace('.', '/') + "/Messages.properties: the key for " + method + " is never used");
                }
            }
        });
        assertThat(unused).isEmpty();
    }

    @Test
    void keysBecomeMethodNamesAsTheLocalizerGeneratesThem() {
        assertThat(methodName("TestConnection.MissingScopes")).isEqualTo("TestConnection_MissingScopes");
        assertThat(methodName("Connection.Url.Invalid")).isEqualTo("Connection_Url_Invalid");
    }
}
