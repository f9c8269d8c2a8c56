package io.jenkins.plugins.calm.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.calm.Messages;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.GlobalConfiguration;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.StaplerRequest2;

/**
 * The "SAP Cloud ALM" section of Manage Jenkins › System: the named connections to Cloud ALM tenants.
 * Bound by getters and {@code @DataBoundSetter}s only, so the form, Configuration as Code
 * ({@code unclassified: cloudAlm: connections: …}) and the XML file all go through the same properties.
 */
@Extension
@Symbol("cloudAlm")
public class CloudAlmConfiguration extends GlobalConfiguration {

    /* volatile: steps and triggers read the connections on other threads than the one that saves them */
    private volatile List<CloudAlmConnection> connections = new ArrayList<>();

    public CloudAlmConfiguration() {
        load();
    }

    /** The singleton Jenkins keeps; only available inside a running Jenkins. */
    @NonNull
    public static CloudAlmConfiguration get() {
        return ExtensionList.lookupSingleton(CloudAlmConfiguration.class);
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return Messages.CloudAlmConfiguration_DisplayName();
    }

    @NonNull
    public List<CloudAlmConnection> getConnections() {
        return connections == null ? List.of() : List.copyOf(connections);
    }

    /**
     * Replaces all connections and saves them.
     *
     * @throws IllegalArgumentException listing every problem (missing or duplicate names, bad URLs, timeouts out
     *     of range) when the connections cannot be used; nothing is changed then
     */
    @DataBoundSetter
    public void setConnections(@CheckForNull List<CloudAlmConnection> connections) {
        List<CloudAlmConnection> replacement = connections == null ? List.of() : List.copyOf(connections);
        ConnectionValidation.requireValid(replacement);
        this.connections = new ArrayList<>(replacement);
        save();
    }

    /** Resolves the connection a step or trigger names, or the only one when it names none. */
    @NonNull
    public CloudAlmConnection connection(@CheckForNull String name) {
        return new ConnectionLookup(getConnections()).resolve(name);
    }

    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        List<CloudAlmConnection> previous = connections;
        // A form without any connection sends no "connections" key at all, so binding alone would keep the old list.
        connections = new ArrayList<>();
        try {
            req.bindJSON(this, json);
        } catch (IllegalArgumentException e) {
            connections = previous;
            throw new FormException(e.getMessage(), e, "connections");
        }
        save();
        return true;
    }
}
