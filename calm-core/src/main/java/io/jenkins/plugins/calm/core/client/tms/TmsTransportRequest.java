package io.jenkins.plugins.calm.core.client.tms;

import java.util.List;

/** The transport request Transport Management created, and the import queues it was added to. */
public final class TmsTransportRequest {

    private final long transportRequestId;
    private final String description;
    private final List<QueueEntry> queueEntries;

    public TmsTransportRequest(long transportRequestId, String description, List<QueueEntry> queueEntries) {
        this.transportRequestId = transportRequestId;
        this.description = description;
        this.queueEntries = List.copyOf(queueEntries);
    }

    public long transportRequestId() {
        return transportRequestId;
    }

    public String description() {
        return description;
    }

    public List<QueueEntry> queueEntries() {
        return queueEntries;
    }

    @Override
    public String toString() {
        return "TmsTransportRequest[" + transportRequestId + " queues=" + queueEntries + "]";
    }

    /** One import queue the request was put into. */
    public static final class QueueEntry {

        private final long queueId;
        private final long nodeId;
        private final String nodeName;

        public QueueEntry(long queueId, long nodeId, String nodeName) {
            this.queueId = queueId;
            this.nodeId = nodeId;
            this.nodeName = nodeName;
        }

        public long queueId() {
            return queueId;
        }

        public long nodeId() {
            return nodeId;
        }

        public String nodeName() {
            return nodeName;
        }

        @Override
        public String toString() {
            return nodeName + "(" + nodeId + ")";
        }
    }
}
