package io.jenkins.plugins.calm.credentials;

import com.cloudbees.plugins.credentials.CredentialsNameProvider;
import com.cloudbees.plugins.credentials.NameWith;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

/**
 * A credential that holds the JSON of an "SAP Cloud ALM API" service key. An interface, as the credentials plugin
 * recommends, so that other credential providers can supply such keys too.
 */
@NameWith(ServiceKeyCredentials.NameProvider.class)
public interface ServiceKeyCredentials extends StandardCredentials {

    /** The service key JSON as pasted (SECRET: it contains the client secret or private key). */
    @NonNull
    Secret getServiceKey();

    /** Names the credential after its tenant and client, so that keys for different tenants can be told apart. */
    class NameProvider extends CredentialsNameProvider<ServiceKeyCredentials> {
        @NonNull
        @Override
        public String getName(@NonNull ServiceKeyCredentials credentials) {
            return ServiceKeyNames.of(credentials.getServiceKey().getPlainText(), credentials.getDescription(),
                    credentials.getId());
        }
    }
}
