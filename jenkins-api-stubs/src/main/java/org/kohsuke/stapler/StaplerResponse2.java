package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletResponse;

/*
 * Sealed in the stubs only, like StaplerRequest2: Stapler supplies the response; a plugin never
 * implements this interface.
 */
public sealed interface StaplerResponse2 extends HttpServletResponse permits StaplerResponse2Sealing {
}
