package io.jenkins.plugins.calm.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.util.Secret;
import io.jenkins.plugins.calm.TestServiceKeys;
import io.jenkins.plugins.calm.credentials.ServiceKeyCredentialsImpl;
import java.net.URL;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The web methods of a connection entry, called as the browser calls them (POST with a crumb), by an
 * administrator and by a user with Overall/Read only (real build only).
 */
@WithJenkins
class TestConnectionJenkinsTest {

    private static final String DESCRIPTOR = "descriptorByName/io.jenkins.plugins.calm.config.CloudAlmConnection/";

    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ).everywhere().to("reader"));
        SystemCredentialsProvider.getInstance().getCredentials().add(new ServiceKeyCredentialsImpl(
                CredentialsScope.GLOBAL, "calm-key", "", Secret.fromString(TestServiceKeys.withSecret())));
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "piper-key", "", Secret.fromString(TestServiceKeys.withSecret())));
        SystemCredentialsProvider.getInstance().getCredentials().add(new UsernamePasswordCredentialsImpl(
                CredentialsScope.GLOBAL, "some-login", "", "user", "password-long-enough"));
        SystemCredentialsProvider.getInstance().save();
    }

    private WebResponse post(String user, String path) throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().login(user);
        wc.setThrowExceptionOnFailingStatusCode(false);
        WebRequest request = new WebRequest(new URL(j.getURL(), DESCRIPTOR + path), HttpMethod.POST);
        return wc.getPage(wc.addCrumb(request)).getWebResponse();
    }

    @Test
    void testConnectionIsRefusedToUsersWithoutAdminister() throws Exception {
        WebResponse response = post("reader", "testConnection?credentialsId=calm-key"
                + "&apiUrl=http://localhost:1/api&tokenUrl=http://localhost:1&connectTimeoutSeconds=1&readTimeoutSeconds=1");

        assertThat(response.getStatusCode()).isEqualTo(403);
    }

    @Test
    void testConnectionByAnAdministratorReportsWhatFailed() throws Exception {
        WebResponse response = post("admin", "testConnection?credentialsId=calm-key"
                + "&apiUrl=http://localhost:1/api&tokenUrl=http://localhost:1&connectTimeoutSeconds=1&readTimeoutSeconds=1");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Connection test failed")
                .doesNotContain(TestServiceKeys.CLIENT_SECRET);
    }

    @Test
    void testConnectionOnlyGetsWithPost() throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().login("admin");
        wc.setThrowExceptionOnFailingStatusCode(false);

        WebResponse response = wc.goTo(DESCRIPTOR + "testConnection?credentialsId=calm-key", null).getWebResponse();

        assertThat(response.getStatusCode()).isNotEqualTo(200);
    }

    @Test
    void administratorsSeeTheCredentialsThatCanHoldAServiceKey() throws Exception {
        String items = post("admin", "fillCredentialsIdItems?credentialsId=").getContentAsString();

        assertThat(items).contains("calm-key", "piper-key").doesNotContain("some-login");
    }

    @Test
    void othersSeeOnlyTheCurrentValue() throws Exception {
        String items = post("reader", "fillCredentialsIdItems?credentialsId=current-one").getContentAsString();

        assertThat(items).contains("current-one").doesNotContain("calm-key", "piper-key");
    }

    @Test
    void theCredentialCheckSaysWhenASecretTextIsNoServiceKey() throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "sonar-token", "", Secret.fromString("squ_0123456789")));

        String answer = post("admin", "checkCredentialsId?value=sonar-token").getContentAsString();

        assertThat(answer).contains("does not hold an SAP Cloud ALM service key").doesNotContain("squ_0123456789");
    }
}
