package io.jenkins.plugins.casc;

public class ConfiguratorException extends RuntimeException {
    private ConfiguratorException() {
        throw new UnsupportedOperationException("stub");
    }
}
