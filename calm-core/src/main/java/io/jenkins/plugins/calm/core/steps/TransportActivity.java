package io.jenkins.plugins.calm.core.steps;

/** What a pipeline does with transports of a feature, as Cloud ALM's status rules know it. */
public enum TransportActivity {
    CREATE_TRANSPORT_REQUEST("creating transport requests"),
    ASSIGN("assigning transports"),
    CREATE_TRANSPORT_OF_COPIES("creating transports of copies"),
    RELEASE("releasing transports"),
    UNASSIGN("unassigning transports"),
    DEPLOY("deploying transports");

    private final String description;

    TransportActivity(String description) {
        this.description = description;
    }

    /** For messages: "… does not allow deploying transports". */
    public String description() {
        return description;
    }
}
