package hudson.model;

/*
 * Not part of Jenkins (package-private, so not checked against it): the value of interface constants whose real
 * value cannot exist in a stub. A literal null would make static analysis of plugin code see a known null.
 */
final class StubValues {
    private StubValues() {
        throw new UnsupportedOperationException("stub");
    }

    static <T> T unavailable() {
        throw new UnsupportedOperationException("stub");
    }
}
