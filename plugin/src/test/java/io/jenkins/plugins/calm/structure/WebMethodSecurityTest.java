package io.jenkins.plugins.calm.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.structure.WebMethods.WebMethod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Structural checks of every web method in the plugin's sources; see {@link WebMethodRules}. */
class WebMethodSecurityTest {

    static List<WebMethod> pluginWebMethods() {
        List<WebMethod> all = new ArrayList<>();
        for (Path file : PluginLayout.files(PluginLayout.MAIN_JAVA, ".java")) {
            all.addAll(WebMethods.in(file.getFileName().toString(), PluginLayout.read(file)));
        }
        return all;
    }

    @Test
    void everyWebMethodIsPostOnlyAndChecksAPermissionWhereItTouchesCredentialsOrTheNetwork() {
        List<WebMethod> methods = pluginWebMethods();
        assertThat(methods).extracting(WebMethod::show)
                .as("the scan finds the plugin's web methods")
                .contains("io.jenkins.plugins.calm.config.CloudAlmConnection$DescriptorImpl#doTestConnection");
        assertThat(WebMethodRules.violations(methods)).isEmpty();
    }

    @Test
    void everyWebMethodIsRestrictedToStaplerAndThePlugin() {
        List<WebMethod> methods = pluginWebMethods();
        assertThat(methods).extracting(WebMethod::show).as("the scan finds the monitor's and the webhook's methods")
                .contains("io.jenkins.plugins.calm.outbox.ReportOutboxMonitor#doRetry",
                        "io.jenkins.plugins.calm.outbox.ReportOutboxMonitor#doDiscard", WebMethodRules.WEBHOOK);
        assertThat(WebMethodRules.exposedAsApi(methods)).isEmpty();
    }

    @Test
    void webMethodsExemptedFromPermissionChecksExist() {
        List<String> shown = pluginWebMethods().stream().map(WebMethod::show).toList();
        assertThat(shown).containsAll(WebMethodRules.AUTHENTICATED_OTHERWISE.keySet());
        assertThat(shown).containsAll(WebMethodRules.METHOD_CHECKED_OTHERWISE.keySet());
    }

    @Test
    void theOnlyExemptionsAreTheWebhookEndpoint() {
        assertThat(WebMethodRules.AUTHENTICATED_OTHERWISE).containsOnlyKeys(WebMethodRules.WEBHOOK);
        assertThat(WebMethodRules.METHOD_CHECKED_OTHERWISE).containsOnlyKeys(WebMethodRules.WEBHOOK);
        assertThat(WebMethodRules.violations(WebMethods.in("Example.java", """
                package io.jenkins.plugins.calm.webhook;
                class CloudAlmWebhookAction {
                    public void doIndex(StaplerRequest2 request, StaplerResponse2 response) { }
                }
                """))).as("the exemption is for that one method, not its class")
                .containsExactly("io.jenkins.plugins.calm.webhook.CloudAlmWebhookAction#doIndex accepts GET: annotate it"
                        + " with @POST (org.kohsuke.stapler.verb.POST)");
    }

    @Test
    void everyCheckFillAndAutoCompleteMethodServesAFieldOfTheDescribedClass() throws ClassNotFoundException {
        List<String> problems = new ArrayList<>();
        for (WebMethod method : pluginWebMethods()) {
            Optional<String> field = fieldServedBy(method.name());
            if (field.isEmpty()) {
                continue;
            }
            Class<?> owner = Class.forName(method.ownerClass(), false, getClass().getClassLoader());
            Optional<Class<?>> described = BoundProperties.describedBy(owner);
            if (described.isEmpty()) {
                problems.add(method.show() + " is not in a descriptor, so Stapler never calls it for a form field");
            } else if (!BoundProperties.of(described.get()).contains(field.get())) {
                problems.add(method.show() + " serves field '" + field.get() + "', which "
                        + described.get().getName() + " does not bind (" + BoundProperties.of(described.get()) + ")");
            }
        }
        assertThat(problems).isEmpty();
    }

    static Optional<String> fieldServedBy(String methodName) {
        for (String[] affixes : new String[][] {{"doCheck", ""}, {"doFill", "Items"}, {"doAutoComplete", ""}}) {
            if (methodName.startsWith(affixes[0]) && methodName.endsWith(affixes[1])
                    && methodName.length() > affixes[0].length() + affixes[1].length()) {
                return Optional.of(BoundProperties.decapitalize(
                        methodName.substring(affixes[0].length(), methodName.length() - affixes[1].length())));
            }
        }
        return Optional.empty();
    }

    // The rules themselves, on small examples, so that a passing check above means something.

    private static List<String> violationsIn(String source) {
        return WebMethodRules.violations(WebMethods.in("Example.java", source));
    }

    @Test
    void aWebMethodWithoutPostIsReported() {
        assertThat(violationsIn("""
                package p;
                class Example {
                    public FormValidation doCheckName(@QueryParameter String value) { return FormValidation.ok(); }
                    public HttpResponse doIndex() { return null; }
                }
                """)).containsExactly(
                        "p.Example#doCheckName accepts GET: annotate it with @POST (org.kohsuke.stapler.verb.POST)",
                        "p.Example#doIndex accepts GET: annotate it with @POST (org.kohsuke.stapler.verb.POST)");
    }

    @Test
    void aWebMethodWithoutNoExternalUseIsReported() {
        List<WebMethod> methods = WebMethods.in("Example.java", """
                package p;
                import org.kohsuke.accmod.Restricted;
                import org.kohsuke.accmod.restrictions.DoNotUse;
                import org.kohsuke.accmod.restrictions.NoExternalUse;
                class Example {
                    @POST @Restricted(NoExternalUse.class) public FormValidation doCheckA(@QueryParameter String v) { return null; }
                    @POST @org.kohsuke.accmod.Restricted(value = {org.kohsuke.accmod.restrictions.NoExternalUse.class})
                    public FormValidation doCheckB(@QueryParameter String v) { return null; }
                    @POST public FormValidation doCheckC(@QueryParameter String v) { return null; }
                    @POST @Restricted(DoNotUse.class) public FormValidation doCheckD(@QueryParameter String v) { return null; }
                    @Restricted(NoExternalUse.class) public String helper() { return null; }
                }
                """);
        assertThat(methods).extracting(WebMethod::name).containsExactly("doCheckA", "doCheckB", "doCheckC", "doCheckD");
        assertThat(WebMethodRules.exposedAsApi(methods)).containsExactly(
                "p.Example#doCheckC is reachable by other plugins as API: annotate it with @Restricted(NoExternalUse.class)"
                        + " (org.kohsuke.accmod), as Jenkins does for web methods",
                "p.Example#doCheckD is reachable by other plugins as API: annotate it with @Restricted(NoExternalUse.class)"
                        + " (org.kohsuke.accmod), as Jenkins does for web methods");
    }

    @Test
    void listingCredentialsOrCallingOutWithoutAPermissionCheckIsReported() {
        List<String> violations = violationsIn("""
                package p;
                class Outer {
                    static class DescriptorImpl {
                        @POST public ListBoxModel doFillCredentialsIdItems() {
                            return new StandardListBoxModel().includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), C.class, List.of(), M);
                        }
                        @RequirePOST public FormValidation doCheckUrl(@QueryParameter String value) {
                            return probe(value);
                        }
                        private FormValidation probe(String url) { return CloudAlmClients.forConnectionTest(null, null).check(); }
                    }
                }
                """);
        assertThat(violations).hasSize(2);
        assertThat(violations.get(0)).startsWith("p.Outer$DescriptorImpl#doFillCredentialsIdItems reads credentials");
        assertThat(violations.get(1)).startsWith("p.Outer$DescriptorImpl#doCheckUrl reads credentials");
    }

    @Test
    void aPermissionCheckInAHelperOfTheSameClassCounts() {
        assertThat(violationsIn("""
                package p;
                class Example {
                    @POST public FormValidation doTestConnection(@QueryParameter String id) {
                        requireAdmin();
                        return ConnectionTester.run(id);
                    }
                    private void requireAdmin() { Jenkins.get().checkPermission(Jenkins.ADMINISTER); }
                    @POST public FormValidation doCheckName(@QueryParameter String value) { return FormValidation.ok(); }
                }
                """)).isEmpty();
    }

    @Test
    void fieldNamesFollowStaplersNamingOfCheckAndFillMethods() {
        assertThat(fieldServedBy("doCheckApiUrl")).contains("apiUrl");
        assertThat(fieldServedBy("doFillCredentialsIdItems")).contains("credentialsId");
        assertThat(fieldServedBy("doAutoCompleteDefaultProject")).contains("defaultProject");
        assertThat(fieldServedBy("doTestConnection")).isEmpty();
        assertThat(fieldServedBy("doCheck")).isEmpty();
        assertThat(fieldServedBy("doFillItems")).isEmpty();
    }
}
