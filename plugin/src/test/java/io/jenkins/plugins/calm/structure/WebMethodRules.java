package io.jenkins.plugins.calm.structure;

import io.jenkins.plugins.calm.structure.WebMethods.WebMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every web method of the plugin must follow (jenkins.io/doc/developer/security/form-validation/ and the
 * advisories in comparable plugins: SECURITY-1357, SECURITY-2753, GHSA-rchx-rvh2-vx5j):
 * <ul>
 *   <li>it accepts POST only ({@code @POST} or {@code @RequirePOST}): no CSRF through a link, no secrets in URLs;</li>
 *   <li>if it reads credentials, makes a network call, or lists choices ({@code doFill…}) or tests something
 *       ({@code doTest…}), it checks a permission;</li>
 *   <li>it is {@code @Restricted(NoExternalUse.class)}, as Jenkins' own web methods are: it is there for Stapler to
 *       dispatch requests to, not an API that other plugins may call, and the access-modifier checker of their
 *       builds keeps them from calling it ({@link #exposedAsApi}).</li>
 * </ul>
 */
final class WebMethodRules {

    /** Names whose use in a web method (directly or through a same-class helper) means credentials or network. */
    static final Set<String> SENSITIVE_NAMES = Set.of(
            // credentials
            "CredentialsProvider", "ServiceKeyCredentialsLookup", "includeMatchingAs", "includeMatching", "includeAs",
            "getPlainText",
            // network
            "CloudAlmClients", "CloudAlmClient", "ConnectionTester", "JenkinsOkHttpClient", "OkHttpClient",
            "HttpClient", "openConnection", "openStream");

    static final Set<String> PERMISSION_CHECKS =
            Set.of("checkPermission", "hasPermission", "checkAnyPermission", "hasAnyPermission", "hasPermission2");

    /** The Cloud ALM webhook: the one web method of the plugin that anybody can reach. */
    static final String WEBHOOK = "io.jenkins.plugins.calm.webhook.CloudAlmWebhookAction#doDynamic";

    /**
     * Web methods that authenticate their caller by other means than a Jenkins permission (e.g. a webhook that
     * checks a shared secret from the credentials store), each with the reason. Keep this list short and
     * justified: every entry is an endpoint anybody can reach.
     */
    static final Map<String, String> AUTHENTICATED_OTHERWISE = Map.of(WEBHOOK,
            "Cloud ALM has no Jenkins login: every delivery presents the connection's webhook secret (Authorization "
                    + "header, compared in constant time by calm-core), and the answer names no job; reading the "
                    + "secret credential and calling Cloud ALM happen for the system, never for the caller");

    /**
     * Web methods that take other HTTP methods than POST and check the method themselves, each with the reason.
     * Stapler has no PATCH verb annotation, so such a method cannot be annotated.
     */
    static final Map<String, String> METHOD_CHECKED_OTHERWISE = Map.of(WEBHOOK,
            "SAP Cloud ALM's built-in SAP Build workflow mapping polls a decision with GET .../workflow/<id>/outputs "
                    + "and cancels with PATCH .../workflow/<id>; calm-core's WebhookHandler answers 405 to every other "
                    + "method and URL combination, and GET answers only an authenticated caller");

    private WebMethodRules() {}

    static boolean isSensitive(WebMethod method) {
        return method.name().startsWith("doFill") || method.name().startsWith("doTest")
                || method.usedNames().stream().anyMatch(SENSITIVE_NAMES::contains);
    }

    static boolean checksPermission(WebMethod method) {
        return method.usedNames().stream().anyMatch(PERMISSION_CHECKS::contains);
    }

    /** The web methods that other plugins could call as if they were API: those not restricted to this plugin. */
    static List<String> exposedAsApi(List<WebMethod> methods) {
        List<String> exposed = new ArrayList<>();
        for (WebMethod method : methods) {
            if (!method.restrictions().contains("NoExternalUse")) {
                exposed.add(method.show() + " is reachable by other plugins as API: annotate it with"
                        + " @Restricted(NoExternalUse.class) (org.kohsuke.accmod), as Jenkins does for web methods");
            }
        }
        return exposed;
    }

    static List<String> violations(List<WebMethod> methods) {
        List<String> violations = new ArrayList<>();
        for (WebMethod method : methods) {
            if (!method.isPostOnly() && !METHOD_CHECKED_OTHERWISE.containsKey(method.show())) {
                violations.add(method.show() + " accepts GET: annotate it with @POST (org.kohsuke.stapler.verb.POST)");
            }
            if (isSensitive(method) && !checksPermission(method)
                    && !AUTHENTICATED_OTHERWISE.containsKey(method.show())) {
                violations.add(method.show() + " reads credentials, makes a network call, lists or tests something, "
                        + "but checks no permission: call Jenkins.get().checkPermission(Jenkins.ADMINISTER) (global "
                        + "settings) or item.checkPermission(Item.CONFIGURE) first");
            }
        }
        return violations;
    }
}
