package io.jenkins.plugins.calm.core.webhook.workflow;

import java.time.Instant;
import java.util.List;

/**
 * One approval workflow: a status switch Cloud ALM asked this endpoint to approve.
 *
 * <pre>
 *   AWAITING_ROUTE ──routed──▶ RUNNING ──all builds succeeded──▶ APPROVED
 *         │                     │  └────a build failed / lost──▶ REJECTED
 *         └─no trigger──▶ REJECTED
 *   any non-final phase ──WORKFLOW.CANCELED──▶ CANCELED (builds aborted)
 * </pre>
 *
 * @param id the ID answered to {@code WORKFLOW.STARTED}
 * @param connection the connection it came through (a PING on another connection does not see it)
 * @param featureLabel the feature's display ID or UUID
 * @param targetStatus the status the switch would move the feature to
 * @param phase where it is
 * @param builds the builds it waits for
 * @param createdAt when {@code WORKFLOW.STARTED} arrived
 * @param updatedAt the last change
 * @param detail why it is where it is, for the log
 */
public record WorkflowInstance(
        String id,
        String connection,
        String featureLabel,
        String targetStatus,
        Phase phase,
        List<WorkflowBuild> builds,
        Instant createdAt,
        Instant updatedAt,
        String detail) {

    /** The phases of an approval workflow. */
    public enum Phase {
        /** The feature must be read before the matching triggers are known. */
        AWAITING_ROUTE,
        /** Builds are scheduled or running. */
        RUNNING,
        APPROVED,
        REJECTED,
        /** Cloud ALM withdrew the switch. */
        CANCELED;

        /** @return whether the phase can no longer change */
        public boolean isFinal() {
            return this == APPROVED || this == REJECTED || this == CANCELED;
        }
    }

    public WorkflowInstance {
        builds = List.copyOf(builds);
    }

    WorkflowInstance with(Phase newPhase, List<WorkflowBuild> newBuilds, Instant now, String newDetail) {
        return new WorkflowInstance(id, connection, featureLabel, targetStatus, newPhase, newBuilds, createdAt, now, newDetail);
    }
}
