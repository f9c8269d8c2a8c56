package io.jenkins.plugins.calm.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import hudson.security.ACL;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/** Resolves a credentials ID to a service key, from either kind of credential that can hold one. */
public final class ServiceKeyCredentialsLookup {

    /** The credentials offered where a service key is chosen. */
    public static final CredentialsMatcher SERVICE_KEY_CANDIDATES = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(ServiceKeyCredentials.class),
            CredentialsMatchers.instanceOf(StringCredentials.class));

    private ServiceKeyCredentialsLookup() {}

    /**
     * For global configuration (Test Connection, form checks): looks on the Jenkins root as SYSTEM.
     * Callers must have checked Overall/Administer first.
     *
     * @throws ServiceKeyCredentialException when the ID is unknown or its credential holds no usable service key
     */
    public static ServiceKey forAdministrator(String credentialsId) {
        StandardCredentials credentials = CredentialsProvider.findCredentialByIdInItemGroup(
                credentialsId, StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        return serviceKey(credentialsId, credentials);
    }

    /**
     * For a build: looks in the context of the build's job with the build's authentication, and records the use
     * of the credential on the build ({@code CredentialsProvider.track}).
     *
     * @throws ServiceKeyCredentialException when the ID is unknown or its credential holds no usable service key
     */
    public static ServiceKey forRun(Run<?, ?> run, String credentialsId) {
        StandardCredentials credentials =
                CredentialsProvider.findCredentialById(credentialsId, StandardCredentials.class, run);
        if (credentials == null) {
            throw ServiceKeySources.notVisibleToBuild(credentialsId);
        }
        ServiceKey key = serviceKey(credentialsId, credentials);
        CredentialsProvider.track(run, credentials);
        return key;
    }

    /**
     * Whether the credential has the scope System: Jenkins itself (webhook, triggers, Test Connection) can use
     * it, builds cannot. Callers must have checked Overall/Administer first.
     */
    public static boolean isSystemScoped(String credentialsId) {
        StandardCredentials credentials = CredentialsProvider.findCredentialByIdInItemGroup(
                credentialsId, StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        return credentials != null && credentials.getScope() == CredentialsScope.SYSTEM;
    }

    private static ServiceKey serviceKey(String credentialsId, @CheckForNull StandardCredentials credentials) {
        if (credentials instanceof ServiceKeyCredentials serviceKey) {
            return ServiceKeySources.fromServiceKeyCredential(credentialsId, serviceKey.getServiceKey().getPlainText());
        }
        if (credentials instanceof StringCredentials secretText) {
            return ServiceKeySources.fromSecretText(credentialsId, secretText.getSecret().getPlainText());
        }
        if (credentials == null) {
            throw ServiceKeySources.notFound(credentialsId);
        }
        throw ServiceKeySources.unsupportedType(credentialsId, credentials.getDescriptor().getDisplayName());
    }
}
