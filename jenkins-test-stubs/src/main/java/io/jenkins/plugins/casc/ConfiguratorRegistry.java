package io.jenkins.plugins.casc;

/*
 * Sealed in the stubs only: JCasC implements it; tests only fetch Jenkins' registry. The real interface has
 * abstract lookup methods that would otherwise have to be declared.
 */
public sealed interface ConfiguratorRegistry permits ConfiguratorRegistrySealing {
    static ConfiguratorRegistry get() {
        throw new UnsupportedOperationException("stub");
    }
}
