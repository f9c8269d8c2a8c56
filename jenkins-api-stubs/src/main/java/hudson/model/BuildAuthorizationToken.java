package hudson.model;

/* Deprecated in the real API; here because ParameterizedJob#getAuthToken(), abstract, returns it. */
@Deprecated
public final class BuildAuthorizationToken {
    private BuildAuthorizationToken() {
        throw new UnsupportedOperationException("stub");
    }
}
