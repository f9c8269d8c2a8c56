package org.kohsuke.stapler;

/* Not part of Stapler: the one permitted subtype of the sealed StaplerResponse2 stub; never instantiated. */
abstract non-sealed class StaplerResponse2Sealing implements StaplerResponse2 {
    private StaplerResponse2Sealing() {
        throw new UnsupportedOperationException("stub");
    }
}
