package org.kohsuke.stapler;

/* The real class is the Stapler servlet (extends HttpServlet); tests only ask it for the current request. */
public class Stapler {
    private Stapler() {
        throw new UnsupportedOperationException("stub");
    }

    public static StaplerRequest2 getCurrentRequest2() {
        throw new UnsupportedOperationException("stub");
    }
}
