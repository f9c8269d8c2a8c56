package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import hudson.security.csrf.CrumbIssuer;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

public class Jenkins implements ItemGroup<TopLevelItem>, AccessControlled {
    private Jenkins() {
        throw new UnsupportedOperationException("stub");
    }

    public static final Authentication ANONYMOUS2 = null;

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public static Jenkins getInstanceOrNull() {
        throw new UnsupportedOperationException("stub");
    }

    @CheckForNull
    public <T extends Item> T getItemByFullName(@NonNull String fullName, Class<T> type) throws AccessDeniedException {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    @Override
    public String getFullName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getFullDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public List<TopLevelItem> getItems() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    /* Deprecated in the real API (declared in hudson.model.AbstractCIBase); here because ItemGroup requires it. */
    @Deprecated
    @Override
    public String getUrl() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getUrlChildPrefix() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public TopLevelItem getItem(String name) throws AccessDeniedException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public File getRootDirFor(TopLevelItem child) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void onDeleted(TopLevelItem item) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public @Nullable String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    public synchronized <T extends TopLevelItem> T createProject(@NonNull Class<T> type, @NonNull String name) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
        throw new UnsupportedOperationException("stub");
    }

    public void setQuietPeriod(Integer quietPeriod) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    public void setSecurityRealm(@CheckForNull SecurityRealm securityRealm) {
        throw new UnsupportedOperationException("stub");
    }

    public void setAuthorizationStrategy(@CheckForNull AuthorizationStrategy a) {
        throw new UnsupportedOperationException("stub");
    }

    public void setCrumbIssuer(CrumbIssuer issuer) {
        throw new UnsupportedOperationException("stub");
    }

    public static final Permission ADMINISTER = null;

    public static final Permission READ = null;
}
