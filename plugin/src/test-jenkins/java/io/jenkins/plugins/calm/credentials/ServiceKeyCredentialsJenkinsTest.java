package io.jenkins.plugins.calm.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Descriptor;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Fingerprint;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.calm.TestServiceKeys;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import java.util.List;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.DomNodeList;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlDivision;
import org.htmlunit.html.HtmlElementUtil;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The "SAP Cloud ALM service key" credential in a real Jenkins and its credentials UI (real build only). */
@WithJenkins
class ServiceKeyCredentialsJenkinsTest {

    @Test
    void aKeyAddedThroughTheCredentialsUiIsStoredAndNamedAfterTheTenant(JenkinsRule j) throws Exception {
        String displayName = j.jenkins.getDescriptorByType(ServiceKeyCredentialsImpl.DescriptorImpl.class).getDisplayName();
        try (JenkinsRule.WebClient wc = j.createWebClient()) {
            HtmlPage page = wc.goTo("credentials/");
            HtmlElementUtil.click(page.querySelector(".jenkins-button--primary"));
            HtmlForm dialog = page.getFormByName("dialog");
            DomNodeList<DomNode> kinds = dialog.querySelectorAll(".jenkins-choice-list__item");
            boolean found = false;
            for (DomNode kind : kinds) {
                if (kind instanceof HtmlDivision option && option.getVisibleText().contains(displayName)) {
                    HtmlRadioButtonInput radio = option.querySelector(".jenkins-choice-list__item input");
                    HtmlElementUtil.click(radio);
                    found = true;
                    break;
                }
            }
            assertThat(found).as("'" + displayName + "' is offered as a kind of credential").isTrue();
            HtmlButton next = page.querySelector("#cr-dialog-next");
            HtmlElementUtil.click(next);
            HtmlForm form = page.getFormByName("newCredentials");
            form.getInputByName("_.id").setValue("calm-key");
            HtmlElementUtil.click(form.querySelector(".secret-update-btn")); // reveals the service key text area
            form.getTextAreaByName("_.serviceKey").setText(TestServiceKeys.withSecret());
            HtmlButton submit = form.querySelector("#cr-dialog-submit");
            HtmlElementUtil.click(submit);

            List<ServiceKeyCredentials> stored = CredentialsProvider.lookupCredentialsInItemGroup(
                    ServiceKeyCredentials.class, j.jenkins, ACL.SYSTEM2, List.of());
            assertThat(stored).hasSize(1);
            assertThat(stored.get(0).getId()).isEqualTo("calm-key");
            assertThat(CredentialsNameProvider.name(stored.get(0)))
                    .isEqualTo("acme.eu10.alm.cloud.sap (client sb-jenkins-calm)");
            assertThat(wc.goTo("credentials/store/system/domain/_/").asNormalizedText())
                    .contains("acme.eu10.alm.cloud.sap (client sb-jenkins-calm)")
                    .doesNotContain(TestServiceKeys.CLIENT_SECRET);
        }
    }

    @Test
    void anInvalidKeyIsRefusedWithTheParsersMessage(JenkinsRule j) {
        assertThatThrownBy(() -> new ServiceKeyCredentialsImpl(CredentialsScope.GLOBAL, "calm-key", "",
                Secret.fromString("{\"endpoints\": {\"Api\": \"https://acme.eu10.alm.cloud.sap/api\"}}")))
                .isInstanceOf(Descriptor.FormException.class)
                .hasMessageContaining("\"uaa\"");
    }

    @Test
    void theStoredKeyIsNotCheckedAgainWhenTheFieldIsUnchanged(JenkinsRule j) {
        ServiceKeyCredentialsImpl.DescriptorImpl descriptor =
                j.jenkins.getDescriptorByType(ServiceKeyCredentialsImpl.DescriptorImpl.class);
        String encrypted = Secret.fromString(TestServiceKeys.withSecret()).getEncryptedValue();

        assertThat(descriptor.doCheckServiceKey(encrypted).kind).isEqualTo(FormValidation.Kind.OK);
        assertThat(descriptor.doCheckServiceKey("{}").kind).isEqualTo(FormValidation.Kind.ERROR);
    }

    @Test
    void bothKindsOfCredentialResolveById(JenkinsRule j) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new ServiceKeyCredentialsImpl(
                CredentialsScope.GLOBAL, "calm-key", "", Secret.fromString(TestServiceKeys.withCertificate())));
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "piper-key", "", Secret.fromString(TestServiceKeys.withSecret())));
        SystemCredentialsProvider.getInstance().save();

        ServiceKey certificateKey = ServiceKeyCredentialsLookup.forAdministrator("calm-key");
        ServiceKey secretTextKey = ServiceKeyCredentialsLookup.forAdministrator("piper-key");

        assertThat(certificateKey.isX509()).isTrue();
        assertThat(secretTextKey.clientSecret()).isEqualTo(TestServiceKeys.CLIENT_SECRET);
        assertThatThrownBy(() -> ServiceKeyCredentialsLookup.forAdministrator("missing"))
                .hasMessageContaining("No credential with the ID 'missing'");
    }

    @Test
    void aBuildResolvesTheKeyInItsContextAndTheUseIsRecorded(JenkinsRule j) throws Exception {
        ServiceKeyCredentialsImpl credential = new ServiceKeyCredentialsImpl(
                CredentialsScope.GLOBAL, "calm-key", "", Secret.fromString(TestServiceKeys.withSecret()));
        SystemCredentialsProvider.getInstance().getCredentials().add(credential);
        SystemCredentialsProvider.getInstance().save();
        FreeStyleProject project = j.createFreeStyleProject("deploy");
        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        ServiceKey key = ServiceKeyCredentialsLookup.forRun(build, "calm-key");

        assertThat(key.clientId()).isEqualTo(TestServiceKeys.CLIENT_ID);
        Fingerprint fingerprint = CredentialsProvider.getFingerprintOf(credential);
        assertThat(fingerprint).isNotNull();
        assertThat(fingerprint.getJobs()).contains("deploy");
    }
}
