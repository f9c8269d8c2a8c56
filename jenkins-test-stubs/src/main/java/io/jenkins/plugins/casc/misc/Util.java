package io.jenkins.plugins.casc.misc;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.casc.model.Mapping;
import java.io.IOException;

public class Util {
    private Util() {
        throw new UnsupportedOperationException("stub");
    }

    public static Mapping getUnclassifiedRoot(ConfigurationContext context) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public static String toYamlString(CNode rootNode) throws IOException {
        throw new UnsupportedOperationException("stub");
    }
}
