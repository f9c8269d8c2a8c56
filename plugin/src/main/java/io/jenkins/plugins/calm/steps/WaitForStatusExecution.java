package io.jenkins.plugins.calm.steps;

import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.steps.PreparedWait;
import io.jenkins.plugins.calm.core.steps.WaitForStatusOptions;
import io.jenkins.plugins.calm.core.wait.PollingProblem;
import io.jenkins.plugins.calm.core.wait.StatusChange;
import io.jenkins.plugins.calm.core.wait.WaitEngine;
import io.jenkins.plugins.calm.core.wait.WaitListener;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import io.jenkins.plugins.calm.waits.WaitEngines;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jenkinsci.plugins.workflow.steps.GeneralNonBlockingStepExecution;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The asynchronous execution of {@code calmWaitForStatus}: {@link #start} returns at once and the step holds
 * no thread while it waits. Preparing the wait (reading the features and the tenant's statuses, with the
 * client's retries when Cloud ALM throttles) runs on Pipeline's pool for blocking step work, with the build's
 * authentication, never on the Pipeline's own thread or on Jenkins' shared timer. Then the connection's
 * {@link WaitEngine} tells it about status changes (from polls or webhook events) and about the end.
 * Everything needed to resume after a controller restart (the features, the tenant's statuses, the last
 * status seen, the deadline) is in the serialized {@link PreparedWait}.
 *
 * <p>The step ends exactly once: whichever of the engine's end, a failure and {@link #stop} comes first
 * sets {@link #done()}, and only that one completes the step.
 */
final class WaitForStatusExecution extends GeneralNonBlockingStepExecution implements WaitListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(WaitForStatusExecution.class.getName());

    private final WaitForStatusOptions options;
    private final String waitId;
    private volatile String connectionName;
    private volatile PreparedWait wait;

    private transient AtomicBoolean done;
    private transient volatile StepConsole console;

    WaitForStatusExecution(StepContext context, WaitForStatusOptions options) {
        super(context);
        this.options = options;
        this.waitId = "calmWaitForStatus-" + UUID.randomUUID();
    }

    @Override
    public boolean start() {
        run(this::prepareAndRegister);
        return false;
    }

    private void prepareAndRegister() {
        try {
            StepFailures.abortOnFailure(() -> {
                StepContext context = getContext();
                StepRun step = new StepRun(context.get(Run.class), context.get(EnvVars.class),
                        context.get(TaskListener.class), options.connection());
                console = step.console();
                connectionName = step.connection().getName();
                PreparedWait prepared = WaitLog.prepare(step, options, waitId);
                wait = prepared;
                Optional<WaitResult> decided = prepared.decidedAlready();
                if (decided.isPresent()) {
                    onCompleted(decided.get());
                    return null;
                }
                getContext().saveState();
                if (!done().get()) {
                    engine().register(prepared.state(), this);
                    if (done().get()) {
                        engine().abort(waitId, "stopped while starting"); // stop() came in between: do not leave it
                    }
                }
                return null;
            });
        } catch (Exception | LinkageError e) {
            fail(e);
        }
    }

    @Override
    public void onStatusChanged(StatusChange change) {
        PreparedWait current = wait;
        wait = current.withObserved(change.current());
        WaitLog.changed(console(), current, change);
        getContext().saveState();
    }

    @Override
    public void onPollingProblem(PollingProblem problem) {
        WaitLog.problem(console(), wait, problem);
    }

    @Override
    public void onPollingRecovered(String projectId) {
        WaitLog.recovered(console(), projectId);
    }

    @Override
    public void onCompleted(WaitResult result) {
        if (!done().compareAndSet(false, true)) {
            return;
        }
        try {
            getContext().onSuccess(WaitLog.finish(console(), getContext().get(Run.class), wait, result));
        } catch (IOException | RuntimeException e) {
            getContext().onFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            getContext().onFailure(e);
        }
    }

    /**
     * Ends the wait with {@code cause}, unless it has ended already: the engine forgets the wait (its
     * completion callback then finds the step done), a preparation in flight is interrupted, and the step
     * fails with the cause.
     */
    @Override
    public void stop(Throwable cause) throws Exception {
        if (!done().compareAndSet(false, true)) {
            return;
        }
        if (wait != null && connectionName != null) {
            engine().abort(waitId, String.valueOf(cause));
        }
        super.stop(cause);
    }

    @Override
    public void onResume() {
        PreparedWait resumed = wait;
        if (resumed == null) {
            // The controller stopped while the wait was being prepared: prepare it again.
            run(this::prepareAndRegister);
            return;
        }
        console().info(Messages.WaitForStatus_Resumed(resumed.messages().waiting(resumed.state().featureUuids())));
        engine().resume(resumed.state(), this);
    }

    @Override
    public String getStatus() {
        PreparedWait current = wait;
        if (current == null) {
            return Messages.WaitForStatus_StatusPreparing();
        }
        return engine().progress(waitId).map(progress -> current.messages().progress(progress))
                .orElse(Messages.WaitForStatus_StatusNotWaiting());
    }

    private void fail(Throwable cause) {
        if (done().compareAndSet(false, true)) {
            getContext().onFailure(cause);
        }
    }

    private WaitEngine engine() {
        return WaitEngines.get().engine(connectionName);
    }

    private synchronized AtomicBoolean done() {
        if (done == null) {
            done = new AtomicBoolean();
        }
        return done;
    }

    /** The build log; looked up again after a restart. */
    private StepConsole console() {
        StepConsole current = console;
        if (current == null) {
            try {
                current = new StepConsole(getContext().get(TaskListener.class));
            } catch (IOException e) {
                LOGGER.log(Level.WARNING, "No build log for wait " + waitId + "; its lines go nowhere", e);
                current = new StepConsole(TaskListener.NULL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                current = new StepConsole(TaskListener.NULL);
            }
            console = current;
        }
        return current;
    }
}
