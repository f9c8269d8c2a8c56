package io.jenkins.plugins.calm.core.steps;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Links from Jenkins into the Cloud ALM UI. */
public final class FeatureLinks {
    private static final String FEATURE_APP = "/launchpad#feature-display?sap-ui-app-id-hint="
            + "com.sap.calm.imp.cdm.features.ui&/details/";

    private FeatureLinks() {
    }

    /**
     * The UI root of a tenant from its API endpoint ({@code endpoints.Api} of the service key, which
     * ends in {@code /api}): {@code https://tenant.eu10.alm.cloud.sap/api} →
     * {@code https://tenant.eu10.alm.cloud.sap}. Empty for endpoints without {@code /api} (e.g. SAP's
     * API sandbox), which have no UI to link to.
     */
    public static Optional<String> uiRoot(String apiEndpoint) {
        if (apiEndpoint == null) {
            return Optional.empty();
        }
        String trimmed = apiEndpoint.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.endsWith("/api") && trimmed.length() > "/api".length()
                ? Optional.of(trimmed.substring(0, trimmed.length() - "/api".length()))
                : Optional.empty();
    }

    /** The Features app's page of a feature: {@code <uiRoot>/launchpad#feature-display?…&/details/6-123}. */
    public static String feature(String uiRoot, String displayId) {
        String root = uiRoot.endsWith("/") ? uiRoot.substring(0, uiRoot.length() - 1) : uiRoot;
        return root + FEATURE_APP + URLEncoder.encode(displayId.strip(), StandardCharsets.UTF_8);
    }
}
