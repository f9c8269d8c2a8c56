package io.jenkins.plugins.calm.outbox;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.AdministrativeMonitor;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.Outbox;
import io.jenkins.plugins.calm.core.outbox.OutboxEntry;
import io.jenkins.plugins.calm.core.outbox.OutboxStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Tells administrators when deployment reports are stuck: one waiting longer than {@link #STUCK_AFTER} for
 * Cloud ALM, one Cloud ALM refused (parked), or an unreadable file in the outbox. Its page lists the reports
 * with the reason of their last failure, and lets an administrator send one again now or discard it.
 */
@Extension
public final class ReportOutboxMonitor extends AdministrativeMonitor {

    /** How long a report may wait for delivery before administrators hear of it. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(30);

    @Override
    public String getDisplayName() {
        return Messages.ReportOutboxMonitor_DisplayName();
    }

    @Override
    public boolean isActivated() {
        Outbox<DeploymentReport> outbox = ReportOutbox.get().runningOutbox();
        if (outbox == null) {
            return false;
        }
        OutboxStatus status = outbox.status();
        return status.parked() > 0 || status.quarantined() > 0 || !outbox.stuckLongerThan(STUCK_AFTER).isEmpty();
    }

    /** The one-line summary for the banner. */
    public String getSummary() {
        Outbox<DeploymentReport> outbox = ReportOutbox.get().runningOutbox();
        if (outbox == null) {
            return "";
        }
        OutboxStatus status = outbox.status();
        return Messages.ReportOutboxMonitor_Summary(outbox.stuckLongerThan(STUCK_AFTER).size(),
                STUCK_AFTER.toMinutes(), status.parked(), status.quarantined());
    }

    /** Every report still in the outbox, oldest first. */
    public List<Row> getReports() {
        Outbox<DeploymentReport> outbox = ReportOutbox.get().runningOutbox();
        List<Row> rows = new ArrayList<>();
        if (outbox != null) {
            for (OutboxEntry entry : outbox.status().entries()) {
                rows.add(new Row(entry));
            }
        }
        return rows;
    }

    /** Where unreadable files were moved, for the administrator to inspect. */
    public String getDirectory() {
        return Jenkins.get().getRootDir().toPath().resolve(ReportOutbox.DIRECTORY).toString();
    }

    /** Sends a pending report now, or puts a parked one back in line (after its cause was fixed in Cloud ALM). */
    @POST
    @Restricted(NoExternalUse.class)
    public HttpResponse doRetry(@QueryParameter String key) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        ReportOutbox.get().outbox().retryNow(key);
        return HttpResponses.forwardToPreviousPage();
    }

    /** Deletes a report for good. */
    @POST
    @Restricted(NoExternalUse.class)
    public HttpResponse doDiscard(@QueryParameter String key) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        ReportOutbox.get().outbox().discard(key);
        return HttpResponses.forwardToPreviousPage();
    }

    /** One report as the page shows it. The texts may come from Cloud ALM: the view escapes them. */
    public static final class Row {
        private final OutboxEntry entry;

        Row(OutboxEntry entry) {
            this.entry = entry;
        }

        public String getKey() {
            return entry.key();
        }

        public String getSummary() {
            return entry.summary();
        }

        public boolean isParked() {
            return entry.state() == OutboxEntry.State.PARKED;
        }

        public String getCreatedAt() {
            return entry.createdAt().toString();
        }

        public int getAttempts() {
            return entry.attempts();
        }

        @CheckForNull
        public String getLastError() {
            return entry.lastError();
        }

        @CheckForNull
        public String getNextAttemptAt() {
            Instant next = entry.nextAttemptAt();
            return next == null ? null : next.toString();
        }
    }
}
