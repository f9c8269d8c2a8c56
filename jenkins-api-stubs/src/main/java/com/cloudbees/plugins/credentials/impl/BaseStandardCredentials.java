package com.cloudbees.plugins.credentials.impl;

import com.cloudbees.plugins.credentials.BaseCredentials;
import com.cloudbees.plugins.credentials.CredentialsDescriptor;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class BaseStandardCredentials extends BaseCredentials implements StandardCredentials {
    public BaseStandardCredentials(@CheckForNull CredentialsScope scope, @CheckForNull String id,
                                   @CheckForNull String description) {
        super(scope);
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    @Override
    public String getDescription() {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    @Override
    public String getId() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public final int hashCode() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public final boolean equals(Object o) {
        throw new UnsupportedOperationException("stub");
    }

    protected static abstract class BaseStandardCredentialsDescriptor extends CredentialsDescriptor {
        protected BaseStandardCredentialsDescriptor() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
