package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class Step implements Describable<Step>, ExtensionPoint {
    public Step() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract StepExecution start(StepContext context) throws Exception;
}
