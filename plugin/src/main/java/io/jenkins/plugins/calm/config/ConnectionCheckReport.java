package io.jenkins.plugins.calm.config;

import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.auth.PluginScopes;
import io.jenkins.plugins.calm.core.client.ConnectionCheck;
import io.jenkins.plugins.calm.form.FieldCheck;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a successful connection check into the message an administrator reads: which tenant, how many projects,
 * and which of the scopes the plugin uses are missing (a warning: the connection works, some steps will not).
 */
final class ConnectionCheckReport {

    private ConnectionCheckReport() {}

    static FieldCheck of(ConnectionCheck check) {
        String connected = Messages.TestConnection_Connected(check.tenantHost(), check.projectCount());
        Optional<List<String>> missing = check.missingScopes();
        if (missing.isEmpty()) {
            return FieldCheck.ok(connected + " " + Messages.TestConnection_ScopesUnknown());
        }
        if (missing.get().isEmpty()) {
            return FieldCheck.ok(connected + " " + Messages.TestConnection_AllScopes());
        }
        String scopes = missing.get().stream()
                .map(scope -> Messages.TestConnection_MissingScope(scope, PluginScopes.purposeOf(scope)))
                .collect(Collectors.joining("; "));
        return FieldCheck.warning(connected + " " + Messages.TestConnection_MissingScopes(scopes));
    }
}
