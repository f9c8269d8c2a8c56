package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.util.Collection;

public abstract class AuthorizationStrategy implements Describable<AuthorizationStrategy>, ExtensionPoint {
    public abstract @NonNull ACL getRootACL();

    public abstract @NonNull Collection<String> getGroups();
}
