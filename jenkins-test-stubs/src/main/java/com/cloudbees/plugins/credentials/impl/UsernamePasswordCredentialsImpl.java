package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Descriptor;

/* The real class also implements StandardUsernamePasswordCredentials; tests only store one. */
public class UsernamePasswordCredentialsImpl extends BaseStandardCredentials {
    public UsernamePasswordCredentialsImpl(@CheckForNull CredentialsScope scope,
                                           @CheckForNull String id, @CheckForNull String description,
                                           @CheckForNull String username, @CheckForNull String password)
            throws Descriptor.FormException {
        super(scope, id, description);
        throw new UnsupportedOperationException("stub");
    }
}
