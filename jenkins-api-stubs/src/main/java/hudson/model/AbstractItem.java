package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.search.Search;
import hudson.search.SearchIndex;
import hudson.security.ACL;
import java.io.File;
import java.io.IOException;
import java.util.Collection;

/*
 * Implements Item the way the real class does, so that Job's subclasses need not. The getSearch and
 * getSearchIndex implementations are inherited from AbstractModelObject in the real API, which the stub skips.
 */
public abstract class AbstractItem extends Actionable implements Item {
    AbstractItem() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public @NonNull ItemGroup getParent() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public final @NonNull String getFullName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public final String getFullDisplayName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public final String getUrl() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getShortUrl() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public File getRootDir() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public abstract Collection<? extends Job> getAllJobs();

    @Override
    public void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void onCopiedFrom(Item src) {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public void delete() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    @Override
    public ACL getACL() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Search getSearch() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public final SearchIndex getSearchIndex() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getSearchName() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String getSearchUrl() {
        throw new UnsupportedOperationException("stub");
    }
}
