package hudson.security;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class SecurityRealm implements Describable<SecurityRealm>, ExtensionPoint {
    public abstract SecurityComponents createSecurityComponents();

    public static final class SecurityComponents {
        private SecurityComponents() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
