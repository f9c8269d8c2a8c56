package io.jenkins.plugins.calm.core.webhook.payload;

/**
 * Which Cloud ALM mapping shaped an approval workflow call, so the answer comes back in the shape
 * that mapping's response part reads.
 */
public enum WorkflowDialect {
    /**
     * The plugin's own workflow mapping (docs/webhooks.md, payload {@code workflow/1}): every call
     * is a POST with an {@code eventType}; answers carry {@code decision} and {@code status} as
     * Cloud ALM's {@code externalResourceStatus} takes it ({@code STARTED}, {@code COMPLETED},
     * {@code FAILED}).
     */
    PLUGIN_MAPPING,
    /**
     * Cloud ALM's built-in mapping "SAP Cloud ALM Feature to SAP Build" (reference §7.3):
     * {@code WORKFLOW.STARTED} is a POST of {@code {definitionId, context:{…}}}, {@code
     * WORKFLOW.PING} a GET of {@code <id>/outputs}, {@code WORKFLOW.CANCELED} a PATCH of {@code
     * <id>} with {@code {"status":"CANCELED"}}. Answers speak SAP Build Process Automation's
     * words: {@code status}/{@code workflowStatus} {@code RUNNING}, {@code COMPLETED} or {@code
     * ERRONEOUS}, which the mapping's switch turns into STARTED, COMPLETED and FAILED.
     */
    SAP_BUILD_MAPPING
}
