package io.jenkins.plugins.calm.credentials;

import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.servicekey.ServiceKeyException;

/**
 * Reads the service key out of whatever a credential ID resolved to, with messages that name the credential:
 * an "SAP Cloud ALM service key" credential, or a Secret text whose text is a service key (what Project Piper
 * users already have).
 */
public final class ServiceKeySources {

    private ServiceKeySources() {}

    public static ServiceKey fromServiceKeyCredential(String credentialsId, String json) {
        try {
            return ServiceKey.parse(json);
        } catch (ServiceKeyException e) {
            throw new ServiceKeyCredentialException(Messages.ServiceKey_StoredKeyUnusable(credentialsId, e.getMessage()));
        }
    }

    public static ServiceKey fromSecretText(String credentialsId, String text) {
        try {
            return ServiceKey.parse(text);
        } catch (ServiceKeyException e) {
            throw new ServiceKeyCredentialException(Messages.ServiceKey_SecretTextNotAServiceKey(credentialsId, e.getMessage()));
        }
    }

    public static ServiceKeyCredentialException notFound(String credentialsId) {
        return new ServiceKeyCredentialException(Messages.ServiceKey_CredentialNotFound(credentialsId));
    }

    /** For a build that cannot see the credential: says which credentials a build sees and what to change. */
    public static ServiceKeyCredentialException notVisibleToBuild(String credentialsId) {
        return new ServiceKeyCredentialException(Messages.ServiceKey_NotVisibleToBuild(credentialsId));
    }

    public static ServiceKeyCredentialException unsupportedType(String credentialsId, String typeName) {
        return new ServiceKeyCredentialException(Messages.ServiceKey_UnsupportedCredentialType(credentialsId, typeName));
    }
}
