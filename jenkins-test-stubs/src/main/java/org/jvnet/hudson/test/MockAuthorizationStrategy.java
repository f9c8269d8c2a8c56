package org.jvnet.hudson.test;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import java.util.Collection;

public class MockAuthorizationStrategy extends AuthorizationStrategy {
    public MockAuthorizationStrategy() {
        throw new UnsupportedOperationException("stub");
    }

    public Grant grant(Permission... permissions) {
        throw new UnsupportedOperationException("stub");
    }

    public class Grant {
        private Grant() {
            throw new UnsupportedOperationException("stub");
        }

        public GrantOn everywhere() {
            throw new UnsupportedOperationException("stub");
        }

        public class GrantOn {
            private GrantOn() {
                throw new UnsupportedOperationException("stub");
            }

            public MockAuthorizationStrategy to(String... sids) {
                throw new UnsupportedOperationException("stub");
            }
        }
    }

    @NonNull
    @Override
    public ACL getRootACL() {
        throw new UnsupportedOperationException("stub");
    }

    @NonNull
    @Override
    public Collection<String> getGroups() {
        throw new UnsupportedOperationException("stub");
    }
}
