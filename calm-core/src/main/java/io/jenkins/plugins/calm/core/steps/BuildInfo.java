package io.jenkins.plugins.calm.core.steps;

/**
 * The Jenkins build a step runs in, as far as Cloud ALM needs to know it.
 *
 * @param jobName the job's full name, e.g. {@code team/deploy-app}
 * @param buildNumber the build number
 * @param buildUrl the build's absolute URL; {@code null} when Jenkins does not know its own URL
 * @param commit the commit the build is for, if known (e.g. {@code GIT_COMMIT})
 * @param startedBy the ID of the user who started the build, if a user did
 */
public record BuildInfo(String jobName, int buildNumber, String buildUrl, String commit, String startedBy) {
    public BuildInfo {
        jobName = StepValues.text(jobName);
        if (jobName == null) {
            throw new IllegalArgumentException("jobName must not be blank");
        }
        if (buildNumber < 1) {
            throw new IllegalArgumentException("buildNumber must be at least 1, was " + buildNumber);
        }
        buildUrl = StepValues.text(buildUrl);
        commit = StepValues.text(commit);
        startedBy = StepValues.text(startedBy);
    }

    /** "team/deploy-app #42". */
    public String label() {
        return jobName + " #" + buildNumber;
    }
}
