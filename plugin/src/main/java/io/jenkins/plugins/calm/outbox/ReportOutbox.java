package io.jenkins.plugins.calm.outbox;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.InitMilestone;
import hudson.init.Initializer;
import hudson.init.Terminator;
import io.jenkins.plugins.calm.client.BackgroundScheduler;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.DeploymentReportCodec;
import io.jenkins.plugins.calm.core.outbox.Outbox;
import io.jenkins.plugins.calm.core.outbox.OutboxSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * The controller's one outbox of deployment reports, in {@code $JENKINS_HOME/cloud-alm/outbox}. Started when
 * Jenkins has loaded its jobs, so that reports a previous run left are resent even if no build runs; closed on
 * shutdown, leaving undelivered reports on disk for the next start. Sends on the plugin's
 * {@link BackgroundScheduler}, not on Jenkins' shared timer, since a send waits for Cloud ALM.
 */
@Extension
public final class ReportOutbox {

    /** Where the reports live, below {@code JENKINS_HOME}. */
    static final String DIRECTORY = "cloud-alm/outbox";

    private static final Logger LOGGER = Logger.getLogger(ReportOutbox.class.getName());

    private Outbox<DeploymentReport> outbox;

    @NonNull
    public static ReportOutbox get() {
        return ExtensionList.lookupSingleton(ReportOutbox.class);
    }

    @Initializer(after = InitMilestone.JOB_LOADED)
    public static void startWithJenkins() {
        try {
            get().outbox();
        } catch (CloudAlmException e) {
            // Jenkins must start anyway; the next report tries again and fails with this reason until it is fixed.
            LOGGER.log(Level.SEVERE, "The SAP Cloud ALM report outbox cannot start", e);
        }
    }

    @Terminator
    public static void stopWithJenkins() {
        get().close();
    }

    /**
     * The started outbox; started here if Jenkins has not yet.
     *
     * @throws io.jenkins.plugins.calm.core.outbox.OutboxException when the directory cannot be used
     */
    @NonNull
    public synchronized Outbox<DeploymentReport> outbox() {
        if (outbox == null) {
            Path directory = Jenkins.get().getRootDir().toPath().resolve(DIRECTORY);
            Outbox<DeploymentReport> created = new Outbox<>(directory, new DeploymentReportCodec(),
                    new ConnectionReportSender(), BackgroundScheduler.get(), Clock.systemUTC(), OutboxSettings.defaults());
            try {
                created.start();
            } catch (RuntimeException e) {
                created.close(); // releases the directory, so that the next attempt can take it
                throw e;
            }
            outbox = created;
        }
        return outbox;
    }

    /** The outbox if it is running, for views that must not start it. */
    synchronized Outbox<DeploymentReport> runningOutbox() {
        return outbox;
    }

    private synchronized void close() {
        if (outbox != null) {
            outbox.close();
            outbox = null;
        }
    }
}
