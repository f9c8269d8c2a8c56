package io.jenkins.plugins.calm.core.client;

import io.jenkins.plugins.calm.core.auth.PluginScopes;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of {@link CloudAlmClient#checkConnection()}: a token was issued and the projects
 * could be listed. Says which tenant, how many projects, and which of the scopes the plugin uses
 * the token lacks, when that can be known.
 */
public final class ConnectionCheck {

    private final String tenantHost;
    private final int projectCount;
    private final Set<String> grantedScopes;

    public ConnectionCheck(String tenantHost, int projectCount, Set<String> grantedScopes) {
        this.tenantHost = tenantHost;
        this.projectCount = projectCount;
        this.grantedScopes = grantedScopes == null ? null : Set.copyOf(grantedScopes);
    }

    public String tenantHost() {
        return tenantHost;
    }

    public int projectCount() {
        return projectCount;
    }

    /** The scopes the token grants; empty when neither the token response nor the token tells (unknown). */
    public Optional<Set<String>> grantedScopes() {
        return Optional.ofNullable(grantedScopes);
    }

    /** The scopes the plugin uses that the token lacks, by name; empty when unknown. */
    public Optional<List<String>> missingScopes() {
        return grantedScopes().map(PluginScopes::missingFrom);
    }

    /** One or two sentences for the "Test connection" button. */
    public String summary() {
        StringBuilder text = new StringBuilder("Connected to " + tenantHost + ": " + projectCount + " project"
                + (projectCount == 1 ? "" : "s") + " visible.");
        Optional<List<String>> missing = missingScopes();
        if (missing.isEmpty()) {
            text.append(" Granted scopes: unknown (the token service did not list them), so missing scopes show up "
                    + "only when a call is refused.");
        } else if (missing.get().isEmpty()) {
            text.append(" All scopes the plugin uses are granted.");
        } else {
            text.append(" Missing scopes:");
            for (String scope : missing.get()) {
                text.append(' ').append(scope).append(" (to ").append(PluginScopes.purposeOf(scope)).append(");");
            }
            text.setLength(text.length() - 1);
            text.append(". Add them to the authorities of the SAP Cloud ALM API service instance if you need those "
                    + "functions.");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "ConnectionCheck[" + summary() + "]";
    }
}
