package io.jenkins.plugins.calm;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Job;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.projects.Project;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.credentials.ServiceKeyCredentialsImpl;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import io.jenkins.plugins.calm.sandbox.events.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * An in-process Cloud ALM sandbox whose webhook destination is this JenkinsRule's {@code
 * /cloud-alm-webhook/prod}, with Basic authentication, and the Jenkins connection "prod" to it.
 */
public final class SandboxConnection implements AutoCloseable {

    public static final String SECRET = "Jx8-webhook-secret-shared-with-the-btp-destination-q2";

    public final CloudAlmSandbox sandbox;
    public final String webhookUrl;

    public SandboxConnection(JenkinsRule j, UnaryOperator<CloudAlmSandbox.Builder> options) throws Exception {
        webhookUrl = j.getURL() + "cloud-alm-webhook/prod";
        sandbox = options.apply(CloudAlmSandbox.builder().port(0)
                        .webhook(webhookUrl, "cloudalm", SECRET)
                        .webhookRetry(new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 5)))
                .start();
        SystemCredentialsProvider.getInstance().getCredentials().add(new ServiceKeyCredentialsImpl(
                CredentialsScope.GLOBAL, "calm-key", "", Secret.fromString(sandbox.serviceKeyJson())));
        SystemCredentialsProvider.getInstance().getCredentials().add(new StringCredentialsImpl(
                CredentialsScope.GLOBAL, "calm-webhook-secret", "", Secret.fromString(SECRET)));
        SystemCredentialsProvider.getInstance().save();
        CloudAlmConnection prod = new CloudAlmConnection("prod", "calm-key");
        prod.setWebhookSecretCredentialsId("calm-webhook-secret");
        CloudAlmConfiguration.get().setConnections(List.of(prod));
        j.jenkins.setQuietPeriod(0);
    }

    /** The ID of a sandbox project, by name. */
    public String projectId(String name) {
        try (CloudAlmClient client = CloudAlmClient.create(ServiceKey.parse(sandbox.serviceKeyJson()), ClientSettings.defaults())) {
            return client.projects().list().stream().filter(p -> p.name().equals(name)).map(Project::id).findFirst()
                    .orElseThrow();
        }
    }

    /** Waits for build {@code number} of {@code job} to exist and to finish. */
    public static <J extends Job<J, R>, R extends Run<J, R>> R awaitBuild(JenkinsRule j, J job, int number) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (job.getBuildByNumber(number) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Build #" + number + " of " + job.getFullName() + " did not start within 60 s");
            }
            Thread.sleep(100);
        }
        return j.waitForCompletion(job.getBuildByNumber(number));
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
