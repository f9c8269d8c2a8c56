package io.jenkins.plugins.calm.config;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.client.CloudAlmClients;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.credentials.ServiceKeyCredentialsLookup;
import io.jenkins.plugins.calm.form.FieldCheck;
import io.jenkins.plugins.calm.form.FormValidations;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * One named connection to an SAP Cloud ALM tenant: which service key to use, optional overrides of the
 * key's URLs, timeouts, the default project, and the credential holding the webhook secret.
 * Configured on the global "SAP Cloud ALM" page or with Configuration as Code; validated when saved
 * ({@link CloudAlmConfiguration#setConnections}).
 */
public final class CloudAlmConnection implements Describable<CloudAlmConnection> {

    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
    public static final int DEFAULT_READ_TIMEOUT_SECONDS = 30;

    private final String name;
    private final String credentialsId;
    private String apiUrl;
    private String tokenUrl;
    private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
    private int readTimeoutSeconds = DEFAULT_READ_TIMEOUT_SECONDS;
    private String defaultProject;
    private String webhookSecretCredentialsId;
    private boolean webhookQuerySecretAllowed;
    private String webhookFieldMapping;

    @DataBoundConstructor
    public CloudAlmConnection(String name, String credentialsId) {
        this.name = Strings.trimToEmpty(name);
        this.credentialsId = Strings.trimToEmpty(credentialsId);
    }

    @NonNull
    public String getName() {
        return name;
    }

    /** The ID of the credential with the service key: an "SAP Cloud ALM service key" or a Secret text holding one. */
    @NonNull
    public String getCredentialsId() {
        return credentialsId;
    }

    /** Overrides {@code endpoints.Api} of the service key; {@code null} to use the key's. */
    @CheckForNull
    public String getApiUrl() {
        return apiUrl;
    }

    @DataBoundSetter
    public void setApiUrl(@CheckForNull String apiUrl) {
        this.apiUrl = Strings.trimToNull(apiUrl);
    }

    /** Overrides the token URL of the service key; {@code null} to use the key's. */
    @CheckForNull
    public String getTokenUrl() {
        return tokenUrl;
    }

    @DataBoundSetter
    public void setTokenUrl(@CheckForNull String tokenUrl) {
        this.tokenUrl = Strings.trimToNull(tokenUrl);
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds;
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    @DataBoundSetter
    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = readTimeoutSeconds;
    }

    /** The Cloud ALM project steps use when they name none; {@code null} when there is no default. */
    @CheckForNull
    public String getDefaultProject() {
        return defaultProject;
    }

    @DataBoundSetter
    public void setDefaultProject(@CheckForNull String defaultProject) {
        this.defaultProject = Strings.trimToNull(defaultProject);
    }

    /** The ID of the Secret text credential that webhook calls from Cloud ALM must present; {@code null} for none. */
    @CheckForNull
    public String getWebhookSecretCredentialsId() {
        return webhookSecretCredentialsId;
    }

    @DataBoundSetter
    public void setWebhookSecretCredentialsId(@CheckForNull String webhookSecretCredentialsId) {
        this.webhookSecretCredentialsId = Strings.trimToNull(webhookSecretCredentialsId);
    }

    /**
     * Whether a webhook call may send the secret as {@code ?secret=…} in the URL instead of the
     * Authorization header. Off by default: URLs end up in proxy and access logs.
     */
    public boolean isWebhookQuerySecretAllowed() {
        return webhookQuerySecretAllowed;
    }

    @DataBoundSetter
    public void setWebhookQuerySecretAllowed(boolean webhookQuerySecretAllowed) {
        this.webhookQuerySecretAllowed = webhookQuerySecretAllowed;
    }

    /**
     * Where webhook payloads carry the feature's fields, as JSON pointers ({@code {"base": "resourceChanges",
     * "statusName": "/resource/status/name"}}); {@code null} for the payloads the endpoint knows.
     */
    @CheckForNull
    public String getWebhookFieldMapping() {
        return webhookFieldMapping;
    }

    @DataBoundSetter
    public void setWebhookFieldMapping(@CheckForNull String webhookFieldMapping) {
        this.webhookFieldMapping = Strings.trimToNull(webhookFieldMapping);
    }

    @Override
    public String toString() {
        return "CloudAlmConnection[" + name + ", credentialsId=" + credentialsId + "]";
    }

    @Extension
    public static final class DescriptorImpl extends Descriptor<CloudAlmConnection> {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CloudAlmConnection_DisplayName();
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckName(@QueryParameter String value) {
            return FormValidations.of(ConnectionValidation.name(value));
        }

        /**
         * Says early whether the chosen credential holds a usable service key, and warns when builds cannot use
         * it (scope System); reads credentials, so admins only.
         */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckCredentialsId(@QueryParameter String value) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return FormValidation.ok();
            }
            FieldCheck required = ConnectionValidation.credentialsId(value);
            if (required.isError()) {
                return FormValidations.of(required);
            }
            try {
                ServiceKeyCredentialsLookup.forAdministrator(value.trim());
                return ServiceKeyCredentialsLookup.isSystemScoped(value.trim())
                        ? FormValidation.warning(Messages.Connection_CredentialsId_SystemScope(value.trim()))
                        : FormValidation.ok();
            } catch (CloudAlmException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckApiUrl(@QueryParameter String value) {
            return FormValidations.of(ConnectionValidation.optionalUrl(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckTokenUrl(@QueryParameter String value) {
            return FormValidations.of(ConnectionValidation.optionalUrl(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter String value) {
            return FormValidations.of(ConnectionValidation.timeoutSeconds(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckReadTimeoutSeconds(@QueryParameter String value) {
            return FormValidations.of(ConnectionValidation.timeoutSeconds(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckWebhookFieldMapping(@QueryParameter String value) {
            return FormValidations.of(ConnectionValidation.webhookFieldMapping(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckWebhookQuerySecretAllowed(@QueryParameter boolean value) {
            return value ? FormValidation.warning(Messages.Connection_QuerySecret_Warning()) : FormValidation.ok();
        }

        /** Credentials that can hold a service key; the credentials-plugin pattern for a global (non-item) form. */
        @POST
        @Restricted(NoExternalUse.class)
        public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return new StandardListBoxModel().includeCurrentValue(credentialsId);
            }
            return new StandardListBoxModel()
                    .includeEmptyValue()
                    .includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, List.of(),
                            ServiceKeyCredentialsLookup.SERVICE_KEY_CANDIDATES)
                    .includeCurrentValue(credentialsId);
        }

        /** Secret text credentials for the webhook secret; same permission pattern. */
        @POST
        @Restricted(NoExternalUse.class)
        public ListBoxModel doFillWebhookSecretCredentialsIdItems(@QueryParameter String webhookSecretCredentialsId) {
            if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
                return new StandardListBoxModel().includeCurrentValue(webhookSecretCredentialsId);
            }
            return new StandardListBoxModel()
                    .includeEmptyValue()
                    .includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, List.of(),
                            CredentialsMatchers.instanceOf(StringCredentials.class))
                    .includeCurrentValue(webhookSecretCredentialsId);
        }

        /**
         * Gets a token and lists the projects with the values currently in the form. The credential is resolved
         * by ID on the Jenkins root, and only for administrators: nobody else may make Jenkins send a credential to
         * a URL of their choosing (see SECURITY-1357 / GHSA-rchx-rvh2-vx5j in comparable plugins).
         */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doTestConnection(@QueryParameter String credentialsId,
                                               @QueryParameter String apiUrl,
                                               @QueryParameter String tokenUrl,
                                               @QueryParameter String connectTimeoutSeconds,
                                               @QueryParameter String readTimeoutSeconds) {
            Jenkins.get().checkPermission(Jenkins.ADMINISTER);
            ConnectionTester tester = new ConnectionTester(
                    ServiceKeyCredentialsLookup::forAdministrator, CloudAlmClients::forConnectionTest);
            return FormValidations.of(
                    tester.test(credentialsId, apiUrl, tokenUrl, connectTimeoutSeconds, readTimeoutSeconds));
        }
    }
}
