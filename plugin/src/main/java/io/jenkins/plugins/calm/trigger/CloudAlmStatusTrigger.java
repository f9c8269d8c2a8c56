package io.jenkins.plugins.calm.trigger;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Job;
import hudson.util.FormValidation;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.form.FormValidations;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * "Cloud ALM feature status": starts the job when Cloud ALM reports, through the webhook, that a
 * feature moved into one of the target statuses; optionally the job also acts as the approval
 * workflow of status switches to those statuses. Freestyle and Pipeline jobs; in a Jenkinsfile
 * {@code triggers { cloudAlmFeatureStatus(statuses: 'In Testing') }}.
 *
 * <p>While Jenkins runs the trigger (job loaded or saved, or a Pipeline's {@code properties} step
 * ran) it is in the webhook's routing index; see {@link TriggerIndex}.
 */
public class CloudAlmStatusTrigger extends FeatureTrigger {

    private boolean statusChanges = true;
    private boolean approvalRequests;

    @DataBoundConstructor
    public CloudAlmStatusTrigger(String statuses) {
        super(statuses);
    }

    /** Start when a feature moves into a target status (default). */
    public boolean isStatusChanges() {
        return statusChanges;
    }

    @DataBoundSetter
    public void setStatusChanges(boolean statusChanges) {
        this.statusChanges = statusChanges;
    }

    /** Start as the approval workflow of a status switch to a target status; the build's result decides. */
    public boolean isApprovalRequests() {
        return approvalRequests;
    }

    @DataBoundSetter
    public void setApprovalRequests(boolean approvalRequests) {
        this.approvalRequests = approvalRequests;
    }

    @Override
    public void start(Job<?, ?> project, boolean newInstance) {
        super.start(project, newInstance);
        TriggerIndex.registry().register(this, () -> spec(project.getFullName()));
    }

    @Override
    public void stop() {
        TriggerIndex.registry().unregister(this);
        super.stop();
    }

    /** @return the routing entry on the job named {@code jobFullName} */
    TriggerSpec spec(String jobFullName) {
        return spec(jobFullName, statusChanges, approvalRequests);
    }

    @Extension
    @Symbol("cloudAlmFeatureStatus")
    public static final class DescriptorImpl extends FeatureTriggerDescriptor {

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.CloudAlmStatusTrigger_DisplayName();
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckStatuses(@QueryParameter String value) {
            return FormValidations.of(TriggerFields.checkStatuses(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckApprovalRequests(@QueryParameter boolean value, @QueryParameter boolean statusChanges) {
            return FormValidations.of(TriggerFields.checkReactions(statusChanges, value));
        }
    }
}
