package io.jenkins.plugins.calm.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.calm.Messages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chooses the connection a step, trigger or webhook call means: the one with the given name, or, when no name
 * is given, the only configured one. With several connections and no name it refuses to guess.
 */
public final class ConnectionLookup {

    private final List<CloudAlmConnection> connections;

    public ConnectionLookup(List<CloudAlmConnection> connections) {
        this.connections = List.copyOf(connections);
    }

    /**
     * @param name the connection name as given by the user; {@code null} or blank for "the default"
     * @throws ConnectionNotFoundException saying what is configured and what to write instead
     */
    @NonNull
    public CloudAlmConnection resolve(@CheckForNull String name) {
        String wanted = Strings.trimToEmpty(name);
        if (connections.isEmpty()) {
            throw new ConnectionNotFoundException(Messages.ConnectionLookup_NoneConfigured());
        }
        if (wanted.isEmpty()) {
            if (connections.size() == 1) {
                return connections.get(0);
            }
            throw new ConnectionNotFoundException(
                    Messages.ConnectionLookup_NoneChosen(names(), connections.get(0).getName()));
        }
        for (CloudAlmConnection connection : connections) {
            if (connection.getName().equals(wanted)) {
                return connection;
            }
        }
        for (CloudAlmConnection connection : connections) {
            if (connection.getName().equalsIgnoreCase(wanted)) {
                throw new ConnectionNotFoundException(
                        Messages.ConnectionLookup_UnknownDidYouMean(wanted, connection.getName()));
            }
        }
        throw new ConnectionNotFoundException(Messages.ConnectionLookup_Unknown(wanted, names()));
    }

    private String names() {
        return connections.stream().map(c -> "'" + c.getName() + "'").collect(Collectors.joining(", "));
    }
}
