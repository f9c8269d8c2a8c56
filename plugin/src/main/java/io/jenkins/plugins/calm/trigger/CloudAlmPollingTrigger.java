package io.jenkins.plugins.calm.trigger;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Job;
import hudson.util.FormValidation;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.form.FieldCheck;
import io.jenkins.plugins.calm.form.FormValidations;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Cloud ALM feature status (polling)": for a Jenkins that Cloud ALM cannot call. On a cron
 * schedule it asks Cloud ALM which features of the project moved into a target status since the
 * last poll and starts the job once for each; see {@link PollCycle}. In a Jenkinsfile {@code
 * triggers { cloudAlmFeaturePolling(spec: 'H/5 * * * *', project: '…', statuses: 'In Testing') }}.
 */
public class CloudAlmPollingTrigger extends FeatureTrigger {

    /** Where the trigger remembers what it has seen, in the job's folder. */
    static final String STATE_FILE = "cloud-alm-polling.json";

    @DataBoundConstructor
    public CloudAlmPollingTrigger(String spec, String project, String statuses) {
        super(spec, statuses);
        setProject(project);
    }

    /**
     * Called by Jenkins' cron thread: the poll itself runs on the plugin's polling thread, so a slow
     * Cloud ALM never delays other jobs' triggers.
     */
    @Override
    public void run() {
        Job<?, ?> current = job;
        if (current != null) {
            Polls.get().submit(current, this);
        }
    }

    /**
     * @return the routing entry used to apply the filters to what the poll found
     * @throws IllegalArgumentException when the trigger names no project or cannot be used otherwise
     */
    TriggerSpec spec(String jobFullName) {
        FieldCheck project = TriggerFields.checkRequiredProject(getProject());
        if (project.isError()) {
            throw new IllegalArgumentException(Messages.Trigger_Unusable(jobFullName, project.message()));
        }
        return spec(jobFullName, true, false);
    }

    @Extension
    @Symbol("cloudAlmFeaturePolling")
    public static final class DescriptorImpl extends FeatureTriggerDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CloudAlmPollingTrigger_DisplayName();
        }

        @Override
        protected String emptyProjectChoice() {
            return Messages.Trigger_Project_Choose();
        }

        @POST
        @Override
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckProject(@QueryParameter String value) {
            return FormValidations.of(TriggerFields.checkRequiredProject(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckStatuses(@QueryParameter String value) {
            return FormValidations.of(TriggerFields.checkStatuses(value));
        }

        /** The schedule, checked the way Jenkins parses it. */
        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckSpec(@QueryParameter String value) {
            if (value == null || value.isBlank()) {
                return FormValidation.error(Messages.Trigger_Spec_Required());
            }
            try {
                new CloudAlmPollingTrigger(value, null, "In Testing");
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(Messages.Trigger_Spec_Invalid(e.getMessage()));
            }
        }
    }
}
