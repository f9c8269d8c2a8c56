package io.jenkins.plugins.casc;

/* The real class also implements ConfiguratorRegistry. */
public class ConfigurationContext {
    public ConfigurationContext(ConfiguratorRegistry registry) {
        throw new UnsupportedOperationException("stub");
    }
}
