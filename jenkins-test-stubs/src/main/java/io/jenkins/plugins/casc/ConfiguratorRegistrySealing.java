package io.jenkins.plugins.casc;

/* Not part of JCasC: the one permitted subtype of the sealed ConfiguratorRegistry stub; never instantiated. */
abstract non-sealed class ConfiguratorRegistrySealing implements ConfiguratorRegistry {
    private ConfiguratorRegistrySealing() {
        throw new UnsupportedOperationException("stub");
    }
}
