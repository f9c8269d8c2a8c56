package io.jenkins.plugins.calm.credentials;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Descriptor;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.form.FieldCheck;
import io.jenkins.plugins.calm.form.FormValidations;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The "SAP Cloud ALM service key" credential: the service key JSON as downloaded from the SAP BTP cockpit or the
 * Landscape Management app, kept as a {@link Secret} and checked when saved (from the form or Configuration as
 * Code) with the messages of calm-core's service key parser.
 */
public class ServiceKeyCredentialsImpl extends BaseStandardCredentials implements ServiceKeyCredentials {

    private static final long serialVersionUID = 1L;

    private final Secret serviceKey;

    /** @throws Descriptor.FormException when the text is not a usable service key, naming the field at fault */
    @DataBoundConstructor
    public ServiceKeyCredentialsImpl(@CheckForNull CredentialsScope scope, @CheckForNull String id,
                                     @CheckForNull String description, @CheckForNull Secret serviceKey)
            throws Descriptor.FormException {
        super(scope, id, description);
        FieldCheck check = ServiceKeyText.check(serviceKey == null ? null : serviceKey.getPlainText());
        if (serviceKey == null || check.isError()) {
            throw new Descriptor.FormException(check.message(), "serviceKey");
        }
        this.serviceKey = serviceKey;
    }

    @NonNull
    @Override
    public Secret getServiceKey() {
        return serviceKey;
    }

    @Extension
    @Symbol("cloudAlmServiceKey")
    public static final class DescriptorImpl extends BaseStandardCredentialsDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.ServiceKeyCredentials_DisplayName();
        }

        /**
         * Checks pasted text only; it reads no stored credential. A field left unchanged posts the stored value
         * encrypted, which was checked when it was saved.
         */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckServiceKey(@QueryParameter String value) {
            if (Secret.decrypt(value) != null) {
                return FormValidation.ok();
            }
            return FormValidations.of(ServiceKeyText.check(value));
        }
    }
}
