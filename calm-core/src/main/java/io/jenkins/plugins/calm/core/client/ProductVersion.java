package io.jenkins.plugins.calm.core.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The product version, written into a resource by the Maven build; used for the User-Agent. */
public final class ProductVersion {

    private static final String RESOURCE = "calm-core-version.properties";
    private static final String VERSION = load();

    private ProductVersion() {
    }

    /** The version of calm-core, e.g. {@code 1.0.0}; {@code dev} when run from unfiltered sources. */
    public static String version() {
        return VERSION;
    }

    /** {@code SAP-Cloud-ALM-Jenkins/<version>}. */
    public static String userAgent() {
        return "SAP-Cloud-ALM-Jenkins/" + VERSION;
    }

    private static String load() {
        try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            return version.isEmpty() || version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
