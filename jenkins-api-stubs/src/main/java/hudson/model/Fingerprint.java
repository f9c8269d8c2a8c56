package hudson.model;

import java.util.List;

public class Fingerprint {
    private Fingerprint() {
        throw new UnsupportedOperationException("stub");
    }

    public synchronized List<String> getJobs() {
        throw new UnsupportedOperationException("stub");
    }
}
