package io.jenkins.plugins.calm.trigger;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Job;
import hudson.triggers.Trigger;
import hudson.triggers.TriggerDescriptor;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.client.ConnectionClients;
import io.jenkins.plugins.calm.config.CloudAlmConfiguration;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.client.projects.Project;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.form.FormValidations;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import jenkins.model.ParameterizedJobMixIn;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What both Cloud ALM triggers have: the connection, the project, the target statuses and the
 * feature filters. Every value is text, as forms, Job DSL, Configuration as Code and the Pipeline
 * {@code triggers} directive give it.
 */
public abstract class FeatureTrigger extends Trigger<Job<?, ?>> {

    private final String statuses;
    private String connection;
    private String project;
    private String titlePattern;
    private String tags;

    /** A trigger without a schedule: it reacts to events. */
    protected FeatureTrigger(String statuses) {
        super();
        this.statuses = TriggerFields.optional(statuses);
    }

    /** A trigger that runs on the given cron schedule. */
    protected FeatureTrigger(String cronSpec, String statuses) {
        super(cronSpec);
        this.statuses = TriggerFields.optional(statuses);
    }

    /** The target status display names, comma- or line-separated, e.g. {@code In Testing}. */
    @CheckForNull
    public String getStatuses() {
        return statuses;
    }

    /** The connection's name; {@code null} for the only configured connection. */
    @CheckForNull
    public String getConnection() {
        return connection;
    }

    @DataBoundSetter
    public void setConnection(@CheckForNull String connection) {
        this.connection = TriggerFields.optional(connection);
    }

    /** The Cloud ALM project's ID; {@code null} for every project. */
    @CheckForNull
    public String getProject() {
        return project;
    }

    @DataBoundSetter
    public void setProject(@CheckForNull String project) {
        this.project = TriggerFields.optional(project);
    }

    /** A regular expression that must be found in the feature's title; {@code null} for any title. */
    @CheckForNull
    public String getTitlePattern() {
        return titlePattern;
    }

    @DataBoundSetter
    public void setTitlePattern(@CheckForNull String titlePattern) {
        this.titlePattern = TriggerFields.optional(titlePattern);
    }

    /** Tags of which the feature must carry at least one, comma-separated; {@code null} for no tag filter. */
    @CheckForNull
    public String getTags() {
        return tags;
    }

    @DataBoundSetter
    public void setTags(@CheckForNull String tags) {
        this.tags = TriggerFields.optional(tags);
    }

    /**
     * @return the name of the connection this trigger listens to
     * @throws IllegalArgumentException naming the job when no connection fits
     */
    protected String connectionName(String jobFullName) {
        try {
            return CloudAlmConfiguration.get().connection(connection).getName();
        } catch (CloudAlmException e) {
            throw new IllegalArgumentException(Messages.Trigger_Unusable(jobFullName, e.getMessage()), e);
        }
    }

    /**
     * @return the routing entry of this trigger on the job {@code jobFullName}
     * @throws IllegalArgumentException naming the job when the configuration cannot be used
     */
    protected TriggerSpec spec(String jobFullName, boolean statusChanges, boolean approvalRequests) {
        // TriggerSpec's own messages name the job (its ID) and what to change.
        return new TriggerSpec(jobFullName, connectionName(jobFullName), project, null, TriggerFields.list(statuses),
                titlePattern, TriggerFields.list(tags), statusChanges, approvalRequests);
    }

    /** The form checks and choices both triggers share. */
    public abstract static class FeatureTriggerDescriptor extends TriggerDescriptor {

        private static final Logger LOGGER = Logger.getLogger(FeatureTriggerDescriptor.class.getName());

        /** Jobs that can be scheduled with parameters and actions: freestyle and Pipeline jobs. */
        @Override
        public boolean isApplicable(Item item) {
            return item instanceof ParameterizedJobMixIn.ParameterizedJob;
        }

        private static boolean mayConfigure(@CheckForNull Item item) {
            return item == null ? Jenkins.get().hasPermission(Jenkins.ADMINISTER) : item.hasPermission(Item.CONFIGURE);
        }

        /** The configured connections; empty means the only one. Names only, no credentials. */
        @POST
        @Restricted(NoExternalUse.class)
        public ListBoxModel doFillConnectionItems(@AncestorInPath Item item, @QueryParameter String connection) {
            ListBoxModel items = new ListBoxModel();
            if (!mayConfigure(item)) {
                if (connection != null && !connection.isBlank()) {
                    items.add(connection, connection);
                }
                return items;
            }
            items.add(Messages.Trigger_Connection_Only(), "");
            for (CloudAlmConnection configured : CloudAlmConfiguration.get().getConnections()) {
                items.add(configured.getName(), configured.getName());
            }
            return items;
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckConnection(@AncestorInPath Item item, @QueryParameter String value) {
            if (!mayConfigure(item)) {
                return FormValidation.ok();
            }
            try {
                CloudAlmConfiguration.get().connection(value);
                return FormValidation.ok();
            } catch (CloudAlmException e) {
                return FormValidation.error(e.getMessage());
            }
        }

        /**
         * The projects the connection's service key can see, by name; asks Cloud ALM, so only for
         * people who may configure the job. When Cloud ALM cannot be reached, the current choice stays.
         */
        @POST
        @Restricted(NoExternalUse.class)
        public ListBoxModel doFillProjectItems(@AncestorInPath Item item, @QueryParameter String connection,
                                               @QueryParameter String project) {
            ListBoxModel items = new ListBoxModel();
            String current = TriggerFields.optional(project);
            if (!mayConfigure(item)) {
                if (current != null) {
                    items.add(current, current);
                }
                return items;
            }
            items.add(emptyProjectChoice(), "");
            boolean currentListed = current == null;
            try {
                for (Project listed : ConnectionClients.forForms(TriggerFields.optional(connection)).projects().list()) {
                    items.add(listed.name() + " (" + listed.id() + ")", listed.id());
                    currentListed |= listed.id().equalsIgnoreCase(String.valueOf(current));
                }
            } catch (CloudAlmException e) {
                LOGGER.log(Level.FINE, "Listing the Cloud ALM projects for a trigger failed", e);
            }
            if (!currentListed) {
                items.add(current, current);
            }
            return items;
        }

        /** @return the label of "no project chosen" */
        protected String emptyProjectChoice() {
            return Messages.Trigger_Project_Any();
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckProject(@QueryParameter String value) {
            return FormValidations.of(TriggerFields.checkProject(value));
        }

        @POST
        @Restricted(NoExternalUse.class)
        public FormValidation doCheckTitlePattern(@QueryParameter String value) {
            return FormValidations.of(TriggerFields.checkTitlePattern(value));
        }
    }
}
