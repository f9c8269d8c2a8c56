package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Fingerprint;
import hudson.model.ItemGroup;
import hudson.model.Run;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class CredentialsProvider {
    private CredentialsProvider() {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialByIdInItemGroup(@NonNull String id,
                                                                            @NonNull Class<C> type,
                                                                            @Nullable ItemGroup<?> itemGroup,
                                                                            @Nullable Authentication authentication,
                                                                            @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public static <C extends IdCredentials> C findCredentialById(@NonNull String id, @NonNull Class<C> type,
                                                                 @NonNull Run<?, ?> run) {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public static <C extends Credentials> C track(@NonNull Run build, @CheckForNull C credentials) {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    public static <C extends Credentials> List<C> lookupCredentialsInItemGroup(@NonNull Class<C> type,
                                                                               @Nullable ItemGroup itemGroup,
                                                                               @Nullable Authentication authentication,
                                                                               @Nullable List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public static Fingerprint getFingerprintOf(@NonNull Credentials c) throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
