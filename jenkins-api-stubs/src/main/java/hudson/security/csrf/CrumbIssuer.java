package hudson.security.csrf;

import hudson.ExtensionPoint;
import hudson.model.Describable;

public abstract class CrumbIssuer implements Describable<CrumbIssuer>, ExtensionPoint {
    /* Package-private: the stub declares nothing a crumb issuer implements; only DefaultCrumbIssuer's stub extends it. */
    CrumbIssuer() {
        throw new UnsupportedOperationException("stub");
    }
}
