package io.jenkins.plugins.calm.config;

import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.form.FieldCheck;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the "Test Connection" button does with the values in the form: check them, resolve the service key,
 * get a token and list the projects, and say in one message what worked or what to fix. Jenkins supplies how a
 * credential ID becomes a service key and how a client is built; everything else is here and unit-tested.
 */
public final class ConnectionTester {

    private final Function<String, ServiceKey> serviceKeys;
    private final BiFunction<ServiceKey, CloudAlmConnection, CloudAlmClient> clients;

    /**
     * @param serviceKeys resolves a credentials ID, throwing a {@link CloudAlmException} that says what is wrong
     * @param clients builds the client for a service key and the connection settings under test
     */
    public ConnectionTester(Function<String, ServiceKey> serviceKeys,
                            BiFunction<ServiceKey, CloudAlmConnection, CloudAlmClient> clients) {
        this.serviceKeys = serviceKeys;
        this.clients = clients;
    }

    public FieldCheck test(String credentialsId, String apiUrl, String tokenUrl, String connectTimeoutSeconds,
                           String readTimeoutSeconds) {
        for (FieldCheck check : List.of(
                ConnectionValidation.credentialsId(credentialsId),
                ConnectionValidation.optionalUrl(apiUrl),
                ConnectionValidation.optionalUrl(tokenUrl),
                ConnectionValidation.timeoutSeconds(connectTimeoutSeconds),
                ConnectionValidation.timeoutSeconds(readTimeoutSeconds))) {
            if (check.isError()) {
                return FieldCheck.error(Messages.TestConnection_Failed(check.message()));
            }
        }
        CloudAlmConnection probe = new CloudAlmConnection("", credentialsId);
        probe.setApiUrl(apiUrl);
        probe.setTokenUrl(tokenUrl);
        probe.setConnectTimeoutSeconds(Integer.parseInt(connectTimeoutSeconds.trim()));
        probe.setReadTimeoutSeconds(Integer.parseInt(readTimeoutSeconds.trim()));
        try {
            ServiceKey key = serviceKeys.apply(probe.getCredentialsId());
            try (CloudAlmClient client = clients.apply(key, probe)) {
                return ConnectionCheckReport.of(client.checkConnection());
            }
        } catch (CloudAlmException e) {
            return FieldCheck.error(Messages.TestConnection_Failed(e.getMessage()));
        }
    }
}
