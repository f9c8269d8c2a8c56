package org.jenkinsci.plugins.structs.describable;

import java.io.Serializable;
import java.util.Map;

public class UninstantiatedDescribable implements Serializable {
    private UninstantiatedDescribable() {
        throw new UnsupportedOperationException("stub");
    }

    public Map<String, ?> getArguments() {
        throw new UnsupportedOperationException("stub");
    }
}
