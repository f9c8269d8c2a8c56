package hudson.model;

/* The real class also implements TopLevelItem, which the tests need not; Jenkins creates the instances. */
public class FreeStyleProject extends Project<FreeStyleProject, FreeStyleBuild> {
    private FreeStyleProject() {
        throw new UnsupportedOperationException("stub");
    }
}
