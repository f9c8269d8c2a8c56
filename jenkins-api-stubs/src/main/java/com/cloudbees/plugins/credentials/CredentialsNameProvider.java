package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class CredentialsNameProvider<C extends Credentials> {
    public CredentialsNameProvider() {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    public abstract String getName(@NonNull C credentials);

    @NonNull
    public static String name(@NonNull Credentials credentials) {
        throw new UnsupportedOperationException("stub");
    }
}
