package io.jenkins.plugins.calm.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.ExtensionList;
import hudson.util.Secret;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.outbox.OutboxEntry;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import java.net.URL;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Administrators learn of refused reports, see why, and discard or resend them; nobody else can (real build only). */
@WithJenkins
class ReportOutboxMonitorJenkinsTest {

    private JenkinsRule j;
    private CloudAlmSandbox sandbox;

    @BeforeEach
    void setUp(JenkinsRule j) throws Exception {
        this.j = j;
        sandbox = CloudAlmSandbox.builder().port(0).start();
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "sandbox-key", "", Secret.fromString(sandbox.serviceKeyJson())));
        SystemCredentialsProvider.getInstance().save();
        CloudAlmConfiguration.get().setConnections(List.of(new CloudAlmConnection("sandbox", "sandbox-key")));
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ).everywhere().to("reader"));
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    private WebResponse post(String user, String path, String key) throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().login(user);
        wc.setThrowExceptionOnFailingStatusCode(false);
        WebRequest request = new WebRequest(new URL(j.getURL(), monitor().getUrl() + "/" + path + "?key=" + key),
                HttpMethod.POST);
        return wc.getPage(wc.addCrumb(request)).getWebResponse();
    }

    private static ReportOutboxMonitor monitor() {
        return ExtensionList.lookupSingleton(ReportOutboxMonitor.class);
    }

    @Test
    void aRefusedReportIsShownToAdministratorsWhoCanDiscardIt() throws Exception {
        WorkflowJob job = j.jenkins.createProject(WorkflowJob.class, "deploy");
        // Deployed → In Specification is no enabled status switch: Cloud ALM refuses, the report is parked.
        job.setDefinition(new CpsFlowDefinition(
                "calmReportDeployment feature: '6-7', system: 'PRD', setStatus: 'In Specification'", true));
        j.buildAndAssertSuccess(job);

        assertThat(monitor().isActivated()).isTrue();
        List<OutboxEntry> parked = ReportOutbox.get().outbox().status().entries();
        assertThat(parked).singleElement().satisfies(e -> assertThat(e.state()).isEqualTo(OutboxEntry.State.PARKED));
        String key = parked.get(0).key();

        String page = j.createWebClient().login("admin").goTo(monitor().getUrl() + "/").getWebResponse()
                .getContentAsString();
        assertThat(page).contains("6-7").contains("In Specification");
        assertThat(post("reader", "discard", key).getStatusCode()).isEqualTo(403);
        assertThat(ReportOutbox.get().outbox().status().entries()).hasSize(1);

        post("admin", "discard", key);

        assertThat(ReportOutbox.get().outbox().status().entries()).isEmpty();
        assertThat(monitor().isActivated()).isFalse();
    }

    @Test
    void retryIsPostOnly() throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().login("admin");
        wc.setThrowExceptionOnFailingStatusCode(false);

        int status = wc.goTo(monitor().getUrl() + "/retry?key=calm-x", null).getWebResponse().getStatusCode();

        assertThat(status).isIn(404, 405);
    }
}
