package io.jenkins.plugins.calm.structure;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The web methods of the plugin's sources, read with the JDK's own Java parser (no compilation, so it works the
 * same against the stubs and the real Jenkins): their annotations and every name their bodies use, including
 * through helper methods of the same class.
 */
final class WebMethods {

    /** Stapler dispatches {@code /…/foo} to a public {@code doFoo(…)}; {@code @WebMethod}/{@code @JavaScriptMethod} too. */
    private static final Pattern DO_METHOD = Pattern.compile("do[A-Z]\\w*");

    /**
     * @param annotations the simple names of the method's annotations
     * @param restrictions the simple names of the classes its {@code @Restricted(…)} names, e.g. {@code NoExternalUse}
     */
    record WebMethod(String ownerClass, String name, Set<String> annotations, Set<String> restrictions,
                     Set<String> usedNames) {
        boolean isPostOnly() {
            return annotations.contains("POST") || annotations.contains("RequirePOST");
        }

        String show() {
            return ownerClass + "#" + name;
        }
    }

    private record MethodInfo(String ownerClass, String name, boolean isPublic, Set<String> annotations,
                              Set<String> restrictions, Set<String> usedNames, Set<String> calledMethods) {}

    /** {@code NoExternalUse.class} or {@code restrictions.NoExternalUse.class}, alone or in an array. */
    private static final Pattern CLASS_LITERAL = Pattern.compile("(\\w+)\\.class\\b");

    private WebMethods() {}

    static List<WebMethod> in(String fileName, String source) {
        CompilationUnitTree unit = parse(fileName, source);
        List<MethodInfo> methods = new ArrayList<>();
        String packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
        new TreeScanner<Void, Deque<String>>() {
            @Override
            public Void visitClass(ClassTree node, Deque<String> owners) {
                String simple = node.getSimpleName().toString();
                owners.addLast(owners.isEmpty() ? packageName + simple : owners.getLast() + "$" + simple);
                try {
                    return super.visitClass(node, owners);
                } finally {
                    owners.removeLast();
                }
            }

            @Override
            public Void visitMethod(MethodTree node, Deque<String> owners) {
                Set<String> annotations = new LinkedHashSet<>();
                Set<String> restrictions = new LinkedHashSet<>();
                for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
                    String type = annotation.getAnnotationType().toString();
                    String simpleName = type.substring(type.lastIndexOf('.') + 1);
                    annotations.add(simpleName);
                    if (simpleName.equals("Restricted")) {
                        for (Tree argument : annotation.getArguments()) {
                            Matcher literal = CLASS_LITERAL.matcher(argument.toString());
                            while (literal.find()) {
                                restrictions.add(literal.group(1));
                            }
                        }
                    }
                }
                Set<String> used = new HashSet<>();
                Set<String> called = new HashSet<>();
                if (node.getBody() != null) {
                    new TreeScanner<Void, Void>() {
                        @Override
                        public Void visitIdentifier(IdentifierTree identifier, Void unused) {
                            used.add(identifier.getName().toString());
                            return null;
                        }

                        @Override
                        public Void visitMemberSelect(MemberSelectTree select, Void unused) {
                            used.add(select.getIdentifier().toString());
                            return super.visitMemberSelect(select, unused);
                        }

                        @Override
                        public Void visitMethodInvocation(MethodInvocationTree invocation, Void unused) {
                            Tree select = invocation.getMethodSelect();
                            if (select instanceof IdentifierTree identifier) {
                                called.add(identifier.getName().toString());
                            }
                            return super.visitMethodInvocation(invocation, unused);
                        }
                    }.scan(node.getBody(), null);
                }
                methods.add(new MethodInfo(owners.getLast(), node.getName().toString(),
                        node.getModifiers().getFlags().contains(Modifier.PUBLIC), annotations, restrictions, used,
                        called));
                return null; // local and anonymous classes inside methods are not web-reachable
            }
        }.scan(unit, new ArrayDeque<>());

        List<WebMethod> webMethods = new ArrayList<>();
        for (MethodInfo method : methods) {
            boolean web = method.isPublic() && (DO_METHOD.matcher(method.name()).matches()
                    || method.annotations().contains("WebMethod") || method.annotations().contains("JavaScriptMethod"));
            if (web) {
                webMethods.add(new WebMethod(method.ownerClass(), method.name(), method.annotations(),
                        method.restrictions(), namesUsedThrough(method, methods)));
            }
        }
        return webMethods;
    }

    /** Names used by the method and by the same-class methods it calls, transitively. */
    private static Set<String> namesUsedThrough(MethodInfo start, List<MethodInfo> all) {
        Set<String> names = new HashSet<>();
        Set<MethodInfo> seen = new HashSet<>();
        Deque<MethodInfo> work = new ArrayDeque<>(List.of(start));
        while (!work.isEmpty()) {
            MethodInfo method = work.pop();
            if (!seen.add(method)) {
                continue;
            }
            names.addAll(method.usedNames());
            for (MethodInfo other : all) {
                if (other.ownerClass().equals(method.ownerClass()) && method.calledMethods().contains(other.name())) {
                    work.push(other);
                }
            }
        }
        return names;
    }

    private static CompilationUnitTree parse(String fileName, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("These checks need a JDK (javax.tools), not a JRE");
        }
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) compiler.getTask(null, null, null, List.of("-proc:none"), null, List.of(file));
        try {
            for (CompilationUnitTree unit : task.parse()) {
                return unit;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("Could not parse " + fileName);
    }
}
