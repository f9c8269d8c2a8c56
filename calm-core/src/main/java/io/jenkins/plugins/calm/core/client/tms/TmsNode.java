package io.jenkins.plugins.calm.core.client.tms;

/** A transport node of Cloud Transport Management, as listed through Cloud ALM. */
public final class TmsNode {

    private final long id;
    private final String name;

    public TmsNode(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "TmsNode[" + id + " " + name + "]";
    }
}
