package io.jenkins.plugins.calm.core.auth;

import io.jenkins.plugins.calm.core.client.http.RouteScopes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scopes the plugin uses, each with what it is needed for, and the check of a token's scopes
 * against them. A granted scope matches when it equals the name or ends with {@code "." + name}
 * (tokens carry the app-name prefix, e.g. {@code sapcloudalm!b1.calm-api.features.read}).
 */
public final class PluginScopes {

    private static final Map<String, String> NEEDED = new LinkedHashMap<>();

    static {
        NEEDED.put(RouteScopes.FEATURES_READ, "read features and wait for a status");
        NEEDED.put(RouteScopes.FEATURES_WRITE, "switch feature status and link builds to features");
        NEEDED.put(RouteScopes.PROJECTS_READ, "list projects");
        NEEDED.put(RouteScopes.TASKS_WRITE, "comment on tasks and user stories");
        NEEDED.put(RouteScopes.CDM_MANAGE, "upload to Cloud Transport Management through Cloud ALM");
    }

    private PluginScopes() {
    }

    /** Scope name → what the plugin needs it for, in a stable order. */
    public static Map<String, String> needed() {
        return Collections.unmodifiableMap(NEEDED);
    }

    /** What the plugin needs {@code scope} for, or {@code null}. */
    public static String purposeOf(String scope) {
        return NEEDED.get(scope);
    }

    /** The needed scopes that {@code granted} does not contain, in a stable order. */
    public static List<String> missingFrom(Collection<String> granted) {
        List<String> missing = new ArrayList<>();
        for (String scope : NEEDED.keySet()) {
            if (!isGranted(scope, granted)) {
                missing.add(scope);
            }
        }
        return missing;
    }

    static boolean isGranted(String scope, Collection<String> granted) {
        for (String name : granted) {
            if (name.equals(scope) || name.endsWith("." + scope)) {
                return true;
            }
        }
        return false;
    }
}
