package io.jenkins.plugins.calm.trigger;

import hudson.Extension;
import hudson.model.Item;
import hudson.model.listeners.ItemListener;

/**
 * Keeps the routing index in step with the jobs. Jenkins starts and stops a job's triggers when
 * the job is loaded, saved or reconfigured (also by Job DSL and by a Pipeline's {@code properties}
 * step), and each trigger registers itself then; what the trigger life cycle does not cover is
 * handled here: the first complete index once every job is loaded, renamed or moved jobs (the
 * index names jobs by full name), and deleted ones.
 */
@Extension
public final class TriggerIndexListener extends ItemListener {

    @Override
    public void onLoaded() {
        TriggerIndex.rebuild();
    }

    @Override
    public void onLocationChanged(Item item, String oldFullName, String newFullName) {
        TriggerIndex.registry().refresh();
    }

    @Override
    public void onDeleted(Item item) {
        TriggerIndex.rebuild();
    }
}
