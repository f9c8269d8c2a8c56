package io.jenkins.plugins.calm.structure;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The properties Stapler binds on a class from a form (and Configuration as Code from YAML): the parameters of
 * its {@code @DataBoundConstructor} and the {@code @DataBoundSetter} methods and fields, inherited ones included.
 * Annotations are matched by name so that this works against the stubs and the real Stapler alike.
 */
final class BoundProperties {

    private static final String DATA_BOUND_CONSTRUCTOR = "org.kohsuke.stapler.DataBoundConstructor";
    private static final String DATA_BOUND_SETTER = "org.kohsuke.stapler.DataBoundSetter";
    private static final String DESCRIPTOR = "hudson.model.Descriptor";
    private static final String GLOBAL_CONFIGURATION = "jenkins.model.GlobalConfiguration";

    private BoundProperties() {}

    static Set<String> of(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (annotated(constructor, DATA_BOUND_CONSTRUCTOR)) {
                for (Parameter parameter : constructor.getParameters()) {
                    if (!parameter.isNamePresent()) {
                        throw new IllegalStateException(type.getName() + " was compiled without -parameters, so its "
                                + "@DataBoundConstructor parameter names are unknown");
                    }
                    names.add(parameter.getName());
                }
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (annotated(method, DATA_BOUND_SETTER) && method.getName().startsWith("set")
                        && method.getName().length() > 3) {
                    names.add(decapitalize(method.getName().substring(3)));
                }
            }
            for (Field field : c.getDeclaredFields()) {
                if (annotated(field, DATA_BOUND_SETTER)) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    /** The class a view of {@code owner} binds its fields to: the descriptor for {@code global.jelly}, else itself. */
    static Class<?> bindingClass(Class<?> owner, String viewName) {
        if (!viewName.equals("global")) {
            return owner;
        }
        for (Class<?> nested : owner.getDeclaredClasses()) {
            if (extendsClassNamed(nested, DESCRIPTOR)) {
                return nested;
            }
        }
        throw new IllegalStateException(owner.getName() + " has a global.jelly but no nested descriptor");
    }

    /**
     * The class whose fields a descriptor's {@code doCheckX}/{@code doFillXItems} serve: a
     * {@code GlobalConfiguration} describes itself, a nested descriptor its enclosing class.
     */
    static Optional<Class<?>> describedBy(Class<?> webMethodOwner) {
        if (extendsClassNamed(webMethodOwner, GLOBAL_CONFIGURATION)) {
            return Optional.of(webMethodOwner);
        }
        if (extendsClassNamed(webMethodOwner, DESCRIPTOR) && webMethodOwner.getEnclosingClass() != null) {
            return Optional.of(webMethodOwner.getEnclosingClass());
        }
        return Optional.empty();
    }

    /** Help for a field: {@code help-<field>.html} (or .jelly) in the folder of the class or of a superclass. */
    static boolean hasHelp(Class<?> type, String field) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Path folder = folderOf(c);
            if (Files.exists(folder.resolve("help-" + field + ".html"))
                    || Files.exists(folder.resolve("help-" + field + ".jelly"))) {
                return true;
            }
        }
        return false;
    }

    static Path folderOf(Class<?> type) {
        return PluginLayout.MAIN_RESOURCES.resolve(type.getName().replace('.', '/').replace('$', '/'));
    }

    /** The class a resource folder belongs to, for {@code a/b/Outer/Inner/config.jelly} also {@code a.b.Outer$Inner}. */
    static Optional<Class<?>> classOfFolder(Path folder) {
        String name = PluginLayout.MAIN_RESOURCES.relativize(folder).toString().replace('\\', '/').replace('/', '.');
        for (String candidate = name; ; ) {
            try {
                return Optional.of(Class.forName(candidate, false, BoundProperties.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                int dot = candidate.lastIndexOf('.');
                if (dot < 0) {
                    return Optional.empty();
                }
                candidate = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
            }
        }
    }

    static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static boolean extendsClassNamed(Class<?> type, String className) {
        for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    private static boolean annotated(AnnotatedElement element, String annotationName) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            if (annotation.annotationType().getName().equals(annotationName)) {
                return true;
            }
        }
        return false;
    }
}
