package hudson.security.csrf;

public class DefaultCrumbIssuer extends CrumbIssuer {
    public DefaultCrumbIssuer(boolean excludeClientIPFromCrumb) {
        throw new UnsupportedOperationException("stub");
    }
}
