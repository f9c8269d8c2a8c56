package org.kohsuke.stapler;

/* Not part of Stapler: the one permitted subtype of the sealed StaplerRequest2 stub; never instantiated. */
abstract non-sealed class StaplerRequest2Sealing implements StaplerRequest2 {
    private StaplerRequest2Sealing() {
        throw new UnsupportedOperationException("stub");
    }
}
