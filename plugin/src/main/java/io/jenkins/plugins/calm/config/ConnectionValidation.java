package io.jenkins.plugins.calm.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFieldMapping;
import io.jenkins.plugins.calm.form.FieldCheck;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules for a Cloud ALM connection's fields, shared by the live form checks, the Test Connection
 * button and saving (from the form or from Configuration as Code).
 */
public final class ConnectionValidation {

    public static final int MIN_TIMEOUT_SECONDS = 1;
    public static final int MAX_TIMEOUT_SECONDS = 600;

    /* Connection names appear in Pipeline scripts and in the webhook URL path, so keep them URL- and quote-safe. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /* The webhook URL's marker of the approval workflow: /cloud-alm-webhook/<connection>/workflow/<id> */
    private static final String WEBHOOK_WORKFLOW_SEGMENT = "workflow";

    private ConnectionValidation() {}

    public static FieldCheck name(@CheckForNull String name) {
        String trimmed = Strings.trimToEmpty(name);
        if (trimmed.isEmpty()) {
            return FieldCheck.error(Messages.Connection_Name_Required());
        }
        if (!NAME.matcher(trimmed).matches()) {
            return FieldCheck.error(Messages.Connection_Name_Invalid(trimmed));
        }
        if (trimmed.equals(WEBHOOK_WORKFLOW_SEGMENT)) {
            return FieldCheck.error(Messages.Connection_Name_Reserved(trimmed));
        }
        return FieldCheck.ok();
    }

    /** The custom webhook field mapping: empty, or a JSON object calm-core can read. */
    public static FieldCheck webhookFieldMapping(@CheckForNull String json) {
        String trimmed = Strings.trimToEmpty(json);
        if (trimmed.isEmpty()) {
            return FieldCheck.ok();
        }
        try {
            FeatureFieldMapping.parse(trimmed);
            return FieldCheck.ok();
        } catch (IllegalArgumentException e) {
            return FieldCheck.error(e.getMessage());
        }
    }

    public static FieldCheck credentialsId(@CheckForNull String credentialsId) {
        return Strings.trimToEmpty(credentialsId).isEmpty()
                ? FieldCheck.error(Messages.Connection_CredentialsId_Required())
                : FieldCheck.ok();
    }

    /** An optional override of a URL from the service key: empty means "use the service key's". */
    public static FieldCheck optionalUrl(@CheckForNull String url) {
        String trimmed = Strings.trimToEmpty(url);
        if (trimmed.isEmpty()) {
            return FieldCheck.ok();
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return FieldCheck.error(Messages.Connection_Url_Invalid(trimmed));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            return FieldCheck.error(Messages.Connection_Url_Invalid(trimmed));
        }
        if (uri.getRawUserInfo() != null) {
            return FieldCheck.error(Messages.Connection_Url_UserInfo(trimmed));
        }
        if (scheme.equals("http")) {
            return isLoopback(uri.getHost())
                    ? FieldCheck.warning(Messages.Connection_Url_PlainHttpLoopback(trimmed))
                    : FieldCheck.error(Messages.Connection_Url_PlainHttp(trimmed));
        }
        return FieldCheck.ok();
    }

    public static FieldCheck timeoutSeconds(@CheckForNull String value) {
        String trimmed = Strings.trimToEmpty(value);
        try {
            return timeoutSeconds(Integer.parseInt(trimmed));
        } catch (NumberFormatException e) {
            return FieldCheck.error(Messages.Connection_Timeout_Invalid(trimmed, MIN_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS));
        }
    }

    public static FieldCheck timeoutSeconds(int seconds) {
        return seconds >= MIN_TIMEOUT_SECONDS && seconds <= MAX_TIMEOUT_SECONDS
                ? FieldCheck.ok()
                : FieldCheck.error(Messages.Connection_Timeout_Invalid(
                        Integer.toString(seconds), MIN_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS));
    }

    /**
     * Every error in a list of connections, one line each, naming the connection it concerns; empty when the
     * list can be saved. Warnings (such as plain HTTP to this machine) do not prevent saving.
     */
    public static List<String> problems(List<CloudAlmConnection> connections) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < connections.size(); i++) {
            CloudAlmConnection connection = connections.get(i);
            String label = Messages.Connection_Label(i + 1, Strings.trimToEmpty(connection.getName()));
            for (FieldCheck check : List.of(
                    name(connection.getName()),
                    credentialsId(connection.getCredentialsId()),
                    optionalUrl(connection.getApiUrl()),
                    optionalUrl(connection.getTokenUrl()),
                    timeoutSeconds(connection.getConnectTimeoutSeconds()),
                    timeoutSeconds(connection.getReadTimeoutSeconds()),
                    webhookFieldMapping(connection.getWebhookFieldMapping()))) {
                if (check.isError()) {
                    problems.add(Messages.Connection_Invalid(label, check.message()));
                }
            }
            String key = Strings.trimToEmpty(connection.getName()).toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && seen.merge(key, 1, Integer::sum) == 2) {
                problems.add(Messages.Connection_Invalid(label, Messages.Connection_Name_Duplicate(connection.getName())));
            }
        }
        return problems;
    }

    /** @throws IllegalArgumentException listing every problem when the connections cannot be saved */
    public static void requireValid(List<CloudAlmConnection> connections) {
        List<String> problems = problems(connections);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are examined (no DNS look-up): a name other than localhost is not trusted as local.
        if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
