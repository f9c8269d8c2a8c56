package io.jenkins.plugins.calm.core.webhook;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.WorkflowStart;
import io.jenkins.plugins.calm.core.webhook.routing.BuildRequest;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import java.util.List;

/**
 * Work the plugin does after the answer is sent, off the request thread. Every kind is a plain
 * instruction: the deciding is done.
 */
public sealed interface Dispatch {

    /** What must be read before an event can be routed. */
    enum Need {
        /** Read the feature ({@code GET /Features/{uuid}} or by display ID) and call the handler's reroute. */
        FEATURE,
        /** Refresh the connection's {@code /FeatureStatus} list and call the handler's reroute. */
        STATUS_LIST
    }

    /** Hand the event to the waiting {@code calmWaitForStatus} steps (their fast path). */
    record NotifyWaiters(FeatureChange change) implements Dispatch {
    }

    /** Schedule one build per trigger, each with {@code request}'s environment and cause. */
    record StartBuilds(FeatureChange change, List<TriggerSpec> triggers, BuildRequest request) implements Dispatch {
        public StartBuilds {
            triggers = List.copyOf(triggers);
        }
    }

    /** Read what {@code need} says, then call {@link WebhookHandler#reroute}. */
    record RouteLater(FeatureChange change, Need need, String reason) implements Dispatch {
    }

    /**
     * Schedule one build per trigger for an approval workflow and report each with {@code
     * WorkflowRegistry.buildScheduled} (or {@code buildNotScheduled}).
     */
    record StartApprovalBuilds(String workflowId, WorkflowStart start, List<TriggerSpec> triggers, BuildRequest request)
            implements Dispatch {
        public StartApprovalBuilds {
            triggers = List.copyOf(triggers);
        }
    }

    /** Read what {@code need} says, then call {@link WebhookHandler#rerouteApproval}. */
    record RouteApprovalLater(String workflowId, WorkflowStart start, Need need, String reason) implements Dispatch {
    }

    /** Abort these builds of a cancelled approval workflow (queued ones are cancelled). */
    record AbortApprovalBuilds(String workflowId, List<String> buildHandles) implements Dispatch {
        public AbortApprovalBuilds {
            buildHandles = List.copyOf(buildHandles);
        }
    }
}
