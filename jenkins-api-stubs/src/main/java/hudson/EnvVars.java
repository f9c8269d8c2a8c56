package hudson;

import java.util.TreeMap;

public class EnvVars extends TreeMap<String, String> {
    private EnvVars() {
        throw new UnsupportedOperationException("stub");
    }
}
