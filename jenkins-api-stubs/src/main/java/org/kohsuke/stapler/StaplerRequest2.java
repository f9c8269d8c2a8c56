package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;
import net.sf.json.JSONObject;

/*
 * Sealed in the stubs only: the real interface is open but has dozens of abstract methods that a
 * plugin never implements (Stapler supplies the request). Sealing it keeps the stub small and is
 * stricter than the real API, so anything that compiles against this stub compiles against Stapler.
 */
public sealed interface StaplerRequest2 extends HttpServletRequest permits StaplerRequest2Sealing {
    String getRestOfPath();

    void bindJSON(Object bean, JSONObject src);
}
