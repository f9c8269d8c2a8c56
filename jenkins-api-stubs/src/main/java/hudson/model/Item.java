package hudson.model;

import hudson.search.SearchableModelObject;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;
import java.util.Collection;
import jenkins.model.FullyNamed;
import jenkins.model.FullyNamedModelObject;
import jenkins.model.Named;

public interface Item extends PersistenceRoot, FullyNamedModelObject, SearchableModelObject, FullyNamed, Named,
        AccessControlled {
    ItemGroup<? extends Item> getParent();

    Collection<? extends Job> getAllJobs();

    @Override
    String getName();

    @Override
    String getFullName();

    @Override
    String getDisplayName();

    String getUrl();

    String getShortUrl();

    void onLoad(ItemGroup<? extends Item> parent, String name) throws IOException;

    void onCopiedFrom(Item src);

    @Override
    void save() throws IOException;

    void delete() throws IOException, InterruptedException;

    Permission CONFIGURE = StubValues.unavailable();
}
