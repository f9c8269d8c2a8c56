package io.jenkins.plugins.calm.core.client.features;

import io.jenkins.plugins.calm.core.CloudAlmException;
import java.util.List;

/** A feature status name that the tenant's {@code /FeatureStatus} list does not contain. */
public class UnknownStatusException extends CloudAlmException {

    private static final long serialVersionUID = 1L;

    private final String requested;
    private final List<String> validNames;

    public UnknownStatusException(String requested, List<String> validNames) {
        super("Unknown feature status \"" + requested + "\". Valid statuses of this Cloud ALM tenant: "
                + String.join(", ", validNames) + " (any letter case).");
        this.requested = requested;
        this.validNames = List.copyOf(validNames);
    }

    public String requested() {
        return requested;
    }

    /** The status names the tenant knows, in its order. */
    public List<String> validNames() {
        return validNames;
    }
}
