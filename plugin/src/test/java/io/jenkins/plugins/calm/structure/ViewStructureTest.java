package io.jenkins.plugins.calm.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.structure.WebMethods.WebMethod;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Structural checks of the plugin's Jelly views, help files and view localizations. Only a running Jenkins
 * renders views, so these checks catch here what would otherwise show up as a silently empty field, a missing
 * "?" or an untranslated key in the real build.
 */
class ViewStructureTest {

    private static List<JellyView> views() {
        return PluginLayout.files(PluginLayout.MAIN_RESOURCES, ".jelly").stream().map(JellyView::read).toList();
    }

    /** The plugin description shown by the plugin manager; it belongs to no class. */
    private static boolean isPluginDescription(JellyView view) {
        return view.file.getParent().equals(PluginLayout.MAIN_RESOURCES);
    }

    private static Class<?> owner(JellyView view) {
        return BoundProperties.classOfFolder(view.file.getParent()).orElseThrow(() -> new AssertionError(
                view + " is in a folder that names no class of the plugin"));
    }

    @Test
    void everyViewEscapesByDefault() {
        List<String> missing = new ArrayList<>();
        for (JellyView view : views()) {
            if (!view.escapesByDefault()) {
                missing.add(view + " must start with <?jelly escape-by-default='true'?>");
            }
        }
        assertThat(views()).as("views found").isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyViewBelongsToAClassOfThePlugin() {
        List<String> orphans = new ArrayList<>();
        for (JellyView view : views()) {
            if (!isPluginDescription(view) && BoundProperties.classOfFolder(view.file.getParent()).isEmpty()) {
                orphans.add(view + " is in a folder that names no class of the plugin");
            }
        }
        assertThat(orphans).isEmpty();
    }

    @Test
    void everyFieldOfAViewIsBoundByItsClass() {
        List<String> unbound = new ArrayList<>();
        for (JellyView view : views()) {
            if (isPluginDescription(view)) {
                assertThat(view.fields()).as(view + " has no form").isEmpty();
                continue;
            }
            Class<?> binding = BoundProperties.bindingClass(owner(view), view.name());
            Set<String> bound = BoundProperties.of(binding);
            List<String> used = new ArrayList<>(view.fields());
            used.addAll(view.withFields());
            for (String field : used) {
                if (!bound.contains(field)) {
                    unbound.add(view + ": field '" + field + "' is bound by neither the @DataBoundConstructor nor a "
                            + "@DataBoundSetter of " + binding.getName() + " (bound: " + bound + ")");
                }
            }
        }
        assertThat(unbound).isEmpty();
    }

    @Test
    void everyFieldOfAViewHasAHelpFile() {
        List<String> missing = new ArrayList<>();
        for (JellyView view : views()) {
            if (isPluginDescription(view)) {
                continue;
            }
            Class<?> binding = BoundProperties.bindingClass(owner(view), view.name());
            for (String field : view.fields()) {
                if (!BoundProperties.hasHelp(binding, field)) {
                    missing.add(view + ": field '" + field + "' has no help-" + field + ".html in "
                            + PluginLayout.show(BoundProperties.folderOf(binding)));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyHelpFileExplainsAFieldTheClassBinds() {
        List<String> orphans = new ArrayList<>();
        for (Path help : PluginLayout.files(PluginLayout.MAIN_RESOURCES, ".html")) {
            String name = help.getFileName().toString();
            if (!name.startsWith("help-")) {
                continue;
            }
            String field = name.substring("help-".length(), name.length() - ".html".length());
            Optional<Class<?>> owner = BoundProperties.classOfFolder(help.getParent());
            if (owner.isEmpty() || !BoundProperties.of(owner.get()).contains(field)) {
                orphans.add(PluginLayout.show(help) + " explains '" + field + "', which "
                        + owner.map(Class::getName).orElse("no class") + " does not bind");
            }
        }
        assertThat(orphans).isEmpty();
    }

    @Test
    void everyLocalizedKeyOfAViewIsInItsPropertiesAndEveryPropertyIsUsed() {
        List<String> problems = new ArrayList<>();
        for (JellyView view : views()) {
            Set<String> keys = view.localizedKeys();
            Path propertiesFile = view.file.resolveSibling(view.name() + ".properties");
            Set<String> defined = Files.exists(propertiesFile) ? load(propertiesFile).stringPropertyNames() : Set.of();
            for (String key : keys) {
                if (!defined.contains(key)) {
                    problems.add(view + ": ${%" + key + "} is not in " + PluginLayout.show(propertiesFile));
                }
            }
            Set<String> unused = new HashSet<>(defined);
            unused.removeAll(keys);
            for (String key : unused) {
                problems.add(PluginLayout.show(propertiesFile) + ": '" + key + "' is not used by " + view);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyValidateButtonCallsAPostOnlyWebMethodOfTheDescriptor() {
        List<WebMethod> webMethods = WebMethodSecurityTest.pluginWebMethods();
        List<String> problems = new ArrayList<>();
        for (JellyView view : views()) {
            for (String method : view.calledMethods()) {
                String webMethod = "do" + Character.toUpperCase(method.charAt(0)) + method.substring(1);
                boolean found = webMethods.stream().anyMatch(m -> m.name().equals(webMethod) && m.isPostOnly()
                        && BoundProperties.describedBy(load(m.ownerClass())).map(c -> c.equals(owner(view))).orElse(false));
                if (!found) {
                    problems.add(view + ": method=\"" + method + "\" needs a @POST " + webMethod
                            + " in the descriptor of " + owner(view).getName());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, ViewStructureTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    // The view parsing itself, on small examples.

    private static JellyView example(String text) {
        return JellyView.parse(Paths.get("example/config.jelly"), text);
    }

    @Test
    void readsFieldsWithFieldsAndLocalizedKeysOfAView() {
        JellyView view = example("""
                <?jelly escape-by-default='true'?>
                <j:jelly xmlns:j="jelly:core" xmlns:f="/lib/form">
                  <f:entry title="${%Connect timeout}" field="connectTimeoutSeconds"><f:number/></f:entry>
                  <f:validateButton title="${%Test(a,b)}" method="testConnection" with="credentialsId, apiUrl"/>
                  <p>${%Some text}</p>
                </j:jelly>
                """);
        assertThat(view.escapesByDefault()).isTrue();
        assertThat(view.fields()).containsExactly("connectTimeoutSeconds");
        assertThat(view.withFields()).containsExactly("credentialsId", "apiUrl");
        assertThat(view.calledMethods()).containsExactly("testConnection");
        assertThat(view.localizedKeys()).containsExactly("Connect timeout", "Test", "Some text");
    }

    @Test
    void aViewWithoutEscapeByDefaultIsRecognised() {
        assertThat(example("<j:jelly xmlns:j=\"jelly:core\"><p>${it.name}</p></j:jelly>").escapesByDefault()).isFalse();
        assertThat(example("<?jelly escape-by-default='false'?><j:jelly xmlns:j=\"jelly:core\"/>").escapesByDefault())
                .isFalse();
        assertThat(example("<!-- licence -->\n<?jelly escape-by-default=\"true\"?><j:jelly xmlns:j=\"jelly:core\"/>")
                .escapesByDefault()).isTrue();
    }
}
