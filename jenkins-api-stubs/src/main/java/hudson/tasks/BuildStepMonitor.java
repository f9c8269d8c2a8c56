package hudson.tasks;

/* The real constants have bodies implementing the abstract perform(…), which only Jenkins calls. */
public enum BuildStepMonitor {
    NONE,
    STEP,
    BUILD
}
