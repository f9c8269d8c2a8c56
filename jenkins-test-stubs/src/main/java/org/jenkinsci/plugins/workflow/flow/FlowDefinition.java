package org.jenkinsci.plugins.workflow.flow;

import hudson.ExtensionPoint;

/* The real class extends AbstractDescribableImpl<FlowDefinition>; tests only hand instances to WorkflowJob. */
public abstract class FlowDefinition implements ExtensionPoint {
}
