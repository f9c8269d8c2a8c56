package hudson.model;

public class FreeStyleBuild extends Build<FreeStyleProject, FreeStyleBuild> {
    private FreeStyleBuild() {
        throw new UnsupportedOperationException("stub");
    }
}
