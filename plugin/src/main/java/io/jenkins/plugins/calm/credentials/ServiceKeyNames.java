package io.jenkins.plugins.calm.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.servicekey.ServiceKeyException;

/**
 * The name a service key credential shows in credential lists: the tenant host and the start of the client ID
 * (never the secret), so that keys of different tenants or service instances can be told apart at a glance.
 */
public final class ServiceKeyNames {

    /* Client IDs look like "<instance>!b123|sapcloudalm!b456"; the part before the first '!' names the instance. */
    private static final int MAX_CLIENT_PREFIX = 24;

    private ServiceKeyNames() {}

    /** For example "tenant.eu10.alm.cloud.sap (client sb-jenkins-calm)", followed by the description if any. */
    public static String of(@CheckForNull String serviceKeyJson, @CheckForNull String description, String id) {
        String trimmedDescription = description == null ? "" : description.trim();
        String name;
        try {
            name = describe(ServiceKey.parse(serviceKeyJson));
        } catch (ServiceKeyException e) {
            name = Messages.ServiceKeyCredentials_NameUnusable(id);
        }
        return trimmedDescription.isEmpty() ? name : Messages.ServiceKeyCredentials_NameWithDescription(name, trimmedDescription);
    }

    /** Tenant host, client ID prefix and, for certificate-based keys, "X.509". */
    public static String describe(ServiceKey key) {
        String client = clientPrefix(key.clientId());
        return key.isX509()
                ? Messages.ServiceKeyCredentials_NameX509(key.tenantHost(), client)
                : Messages.ServiceKeyCredentials_Name(key.tenantHost(), client);
    }

    static String clientPrefix(String clientId) {
        int bang = clientId.indexOf('!');
        String prefix = bang > 0 ? clientId.substring(0, bang) : clientId;
        return prefix.length() <= MAX_CLIENT_PREFIX ? prefix : prefix.substring(0, MAX_CLIENT_PREFIX) + "\u2026";
    }
}
