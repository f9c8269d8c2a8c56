package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.outbox.DeploymentStatus;

/** Maps a Jenkins build result (its name, e.g. {@code Result.toString()}) to a deployment status. */
public final class BuildResults {
    private BuildResults() {
    }

    /**
     * The default {@code status} of {@code calmReportDeployment}.
     *
     * @param result the build's current result name; {@code null} while a Pipeline is running
     *     without failure so far, which counts as success
     * @throws InvalidStepInputException for a result name Jenkins does not have
     */
    public static DeploymentStatus deploymentStatus(String result) {
        if (result == null) {
            return DeploymentStatus.SUCCESS;
        }
        switch (result.strip()) {
            case "SUCCESS":
                return DeploymentStatus.SUCCESS;
            case "UNSTABLE":
                return DeploymentStatus.UNSTABLE;
            case "FAILURE":
                return DeploymentStatus.FAILURE;
            case "ABORTED":
            case "NOT_BUILT":
                return DeploymentStatus.ABORTED;
            default:
                throw new InvalidStepInputException("Unknown build result '" + result
                        + "'; pass status: 'SUCCESS', 'UNSTABLE', 'FAILURE' or 'ABORTED' explicitly");
        }
    }
}
