package io.jenkins.plugins.calm.core.wait;

import java.util.ArrayList;
import java.util.List;

/** Records what the engine tells one wait. */
final class RecordingListener implements WaitListener {
    final List<StatusChange> changes = new ArrayList<>();
    final List<PollingProblem> problems = new ArrayList<>();
    final List<String> recoveries = new ArrayList<>();
    final List<WaitResult> results = new ArrayList<>();
    /** Every call in order, as short strings, to check ordering. */
    final List<String> calls = new ArrayList<>();

    @Override
    public synchronized void onStatusChanged(StatusChange change) {
        changes.add(change);
        calls.add("change " + change.previousCode() + "->" + change.current().statusCode());
    }

    @Override
    public synchronized void onPollingProblem(PollingProblem problem) {
        problems.add(problem);
        calls.add("problem");
    }

    @Override
    public synchronized void onPollingRecovered(String projectId) {
        recoveries.add(projectId);
        calls.add("recovered");
    }

    @Override
    public synchronized void onCompleted(WaitResult result) {
        results.add(result);
        calls.add("completed " + result.outcome());
    }

    synchronized WaitResult result() {
        if (results.size() != 1) {
            throw new AssertionError("expected exactly one completion, got " + results);
        }
        return results.get(0);
    }

    synchronized boolean isCompleted() {
        return !results.isEmpty();
    }
}
