package hudson.util;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;

public final class Secret implements Serializable {
    private Secret() {
        throw new UnsupportedOperationException("stub");
    }

    public String getPlainText() {
        throw new UnsupportedOperationException("stub");
    }

    public String getEncryptedValue() {
        throw new UnsupportedOperationException("stub");
    }

    public static Secret decrypt(@CheckForNull String data) {
        throw new UnsupportedOperationException("stub");
    }

    public static Secret fromString(@CheckForNull String data) {
        throw new UnsupportedOperationException("stub");
    }
}
