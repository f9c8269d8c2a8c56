package io.jenkins.plugins.casc.model;

import java.util.HashMap;

public final class Mapping extends HashMap<String, CNode> implements CNode {
    private Mapping() {
        throw new UnsupportedOperationException("stub");
    }
}
