package io.jenkins.plugins.casc;

import java.io.OutputStream;

/* The real class is a ManagementLink (the "Configuration as Code" page). */
public class ConfigurationAsCode {
    private ConfigurationAsCode() {
        throw new UnsupportedOperationException("stub");
    }

    public static ConfigurationAsCode get() {
        throw new UnsupportedOperationException("stub");
    }

    /* @Restricted(NoExternalUse.class) "for testing" in the real API: tests may call it, plugin code may not. */
    public void export(OutputStream out) throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    public void configure(String... configParameters) throws ConfiguratorException {
        throw new UnsupportedOperationException("stub");
    }
}
