package io.jenkins.plugins.calm.core.servicekey;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.jenkins.plugins.calm.core.tls.Pem;
import io.jenkins.plugins.calm.core.tls.PemException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The connection data of an "SAP Cloud ALM API" service key: where the API is, where tokens come
 * from, and the client credentials (a secret, or an X.509 certificate and key for mTLS).
 *
 * <p>Immutable. Built from the service key JSON ({@link #parse}) or from fields an administrator
 * typed in ({@link #manual}). Secrets are only available through the explicitly named accessors
 * {@link #clientSecret()} and {@link #privateKeyPem()}; {@link #toString()} never shows them.
 */
public final class ServiceKey {

    private static final ObjectMapper JSON = JsonMapper.builder()
            // A parse error must not quote the key's text: it contains the client secret.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final String TOKEN_PATH = "/oauth/token";
    private static final String X509 = "x509";

    private final String apiUrl;
    private final String tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String certificatePem;
    private final String privateKeyPem;
    private final String identityZone;
    private final String credentialType;

    private ServiceKey(String apiUrl, String tokenUrl, String clientId, String clientSecret, String certificatePem,
            String privateKeyPem, String identityZone, String credentialType) {
        this.apiUrl = apiUrl;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.certificatePem = certificatePem;
        this.privateKeyPem = privateKeyPem;
        this.identityZone = identityZone;
        this.credentialType = credentialType;
    }

    /**
     * Reads the JSON of a service key or binding of the "SAP Cloud ALM API" service
     * ({@code endpoints.Api}, {@code uaa.url}, {@code uaa.clientid}, {@code uaa.clientsecret}; for
     * X.509 keys {@code uaa.certurl}, {@code uaa.certificate}, {@code uaa.key}). A binding wrapped in
     * {@code {"credentials": {...}}} is accepted as well.
     *
     * @throws ServiceKeyException naming the field that is missing or wrong
     */
    public static ServiceKey parse(String json) {
        if (json == null || json.isBlank()) {
            throw new ServiceKeyException(null, "The service key is empty. Paste the JSON of a service key of the "
                    + "\"SAP Cloud ALM API\" service instance (it contains \"endpoints\" and \"uaa\").");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // Deliberately no cause: Jackson's message could quote part of the key, secret included.
            throw new ServiceKeyException(null, "The service key is not valid JSON (" + where(e.getLocation())
                    + "). Paste the complete service key exactly as SAP BTP shows it, from the first '{' to the "
                    + "last '}'.");
        }
        if (root == null || !root.isObject()) {
            throw new ServiceKeyException(null, "The service key must be a JSON object ({...}) with \"endpoints\" "
                    + "and \"uaa\". Paste the service key of the \"SAP Cloud ALM API\" service instance.");
        }
        if (root.path("credentials").isObject() && !root.has("uaa")) {
            root = root.get("credentials");
        }
        return fromJson(root);
    }

    /**
     * Builds a key from fields entered by hand.
     *
     * @param tokenUrl the OAuth token URL; a bare XSUAA URL ({@code uaa.url}, no path) gets
     *     {@code /oauth/token} appended
     * @param apiUrl the API root, {@code endpoints.Api} of the key (it ends in {@code /api}), used as given
     * @throws ServiceKeyException naming the field that is missing or wrong
     */
    public static ServiceKey manual(String tokenUrl, String clientId, String clientSecret, String apiUrl) {
        String api = url("apiUrl", "API URL (endpoints.Api of the service key)", apiUrl);
        String token = manualTokenUrl(tokenUrl);
        String id = required("clientId", "client ID (uaa.clientid of the service key)", clientId);
        String secret = required("clientSecret", "client secret (uaa.clientsecret of the service key)", clientSecret);
        return new ServiceKey(api, token, id, secret, null, null, null, null);
    }

    private static ServiceKey fromJson(JsonNode root) {
        JsonNode endpoints = root.path("endpoints");
        if (root.hasNonNull("uri") && !endpoints.hasNonNull("Api")) {
            throw new ServiceKeyException("endpoints.Api", "This is a service key of SAP Cloud Transport Management "
                    + "(it has a top-level \"uri\" and no \"endpoints.Api\"), not of SAP Cloud ALM. Paste the service "
                    + "key of the \"SAP Cloud ALM API\" service instance (plan \"standard\") from the Cloud ALM "
                    + "subaccount instead; Cloud ALM forwards transport management calls itself.");
        }
        String api = url("endpoints.Api", "\"endpoints\": {\"Api\": \"https://<tenant>.<region>.alm.cloud.sap/api\"}",
                text(endpoints, "endpoints.Api"));
        JsonNode uaa = root.path("uaa");
        if (!uaa.isObject()) {
            throw new ServiceKeyException("uaa", "The service key has no \"uaa\" section. Paste the complete service "
                    + "key of the \"SAP Cloud ALM API\" service instance; it contains \"uaa\" with url, clientid and "
                    + "clientsecret.");
        }
        String clientId = required("uaa.clientid", "\"uaa.clientid\" from the service key", text(uaa, "uaa.clientid"));
        String credentialType = blankToNull(text(uaa, "uaa.credential-type"));
        String identityZone = blankToNull(text(uaa, "uaa.identityzone"));
        String certificate = blankToNull(text(uaa, "uaa.certificate"));
        String key = blankToNull(text(uaa, "uaa.key"));
        String secret = blankToNull(text(uaa, "uaa.clientsecret"));
        boolean x509 = X509.equalsIgnoreCase(credentialType) || (secret == null && (certificate != null || key != null));
        if (x509) {
            String certUrl = url("uaa.certurl", "\"uaa.certurl\" (the XSUAA URL for certificate-based tokens)",
                    text(uaa, "uaa.certurl"));
            required("uaa.certificate", "the PEM client certificate \"uaa.certificate\" of the X.509 service key",
                    certificate);
            required("uaa.key", "the PEM private key \"uaa.key\" of the X.509 service key", key);
            validateClientCertificate(certificate, key);
            return new ServiceKey(api, appendTokenPath(certUrl), clientId, null, certificate, key, identityZone,
                    credentialType);
        }
        if (secret == null) {
            throw new ServiceKeyException("uaa.clientsecret", "The service key has no \"uaa.clientsecret\". Paste the "
                    + "complete service key including \"clientsecret\" (SAP BTP cockpit: Instances and Subscriptions > "
                    + "your SAP Cloud ALM API instance > Service Keys > View). An X.509 key must instead contain "
                    + "\"uaa.certificate\", \"uaa.key\" and \"uaa.certurl\".");
        }
        String uaaUrl = url("uaa.url", "\"uaa.url\", e.g. https://<subdomain>.authentication.<region>.hana.ondemand.com",
                text(uaa, "uaa.url"));
        return new ServiceKey(api, appendTokenPath(uaaUrl), clientId, secret, null, null, identityZone,
                credentialType);
    }

    private static void validateClientCertificate(String certificatePem, String keyPem) {
        List<X509Certificate> chain;
        try {
            chain = Pem.certificates(certificatePem, "uaa.certificate");
        } catch (PemException e) {
            throw new ServiceKeyException("uaa.certificate", e.getMessage());
        }
        PrivateKey key;
        try {
            key = Pem.privateKey(keyPem, "uaa.key");
        } catch (PemException e) {
            throw new ServiceKeyException("uaa.key", e.getMessage());
        }
        try {
            Pem.requireMatchingKey(key, chain.get(0), "uaa.key", "uaa.certificate");
        } catch (PemException e) {
            throw new ServiceKeyException("uaa.key", e.getMessage());
        }
    }

    /** A copy with another API URL (an administrator's override); {@code null} or blank keeps this one. */
    public ServiceKey withApiUrl(String newApiUrl) {
        if (newApiUrl == null || newApiUrl.isBlank()) {
            return this;
        }
        return new ServiceKey(url("apiUrl", "API URL (endpoints.Api of the service key)", newApiUrl), tokenUrl,
                clientId, clientSecret, certificatePem, privateKeyPem, identityZone, credentialType);
    }

    /** A copy with another token URL (an administrator's override); {@code null} or blank keeps this one. */
    public ServiceKey withTokenUrl(String newTokenUrl) {
        if (newTokenUrl == null || newTokenUrl.isBlank()) {
            return this;
        }
        return new ServiceKey(apiUrl, manualTokenUrl(newTokenUrl), clientId, clientSecret, certificatePem,
                privateKeyPem, identityZone, credentialType);
    }

    /** The API root, e.g. {@code https://tenant.eu10.alm.cloud.sap/api}, without a trailing slash. */
    public String apiUrl() {
        return apiUrl;
    }

    /** The OAuth token endpoint ({@code uaa.url} or, for X.509 keys, {@code uaa.certurl}, plus {@code /oauth/token}). */
    public String tokenUrl() {
        return tokenUrl;
    }

    /** The Cloud ALM UI root: the API URL without its trailing {@code /api}. Base of links into the launchpad. */
    public String uiRoot() {
        return apiUrl.endsWith("/api") ? apiUrl.substring(0, apiUrl.length() - "/api".length()) : apiUrl;
    }

    /** The host name of the API URL, e.g. {@code tenant.eu10.alm.cloud.sap}. */
    public String tenantHost() {
        return HttpUrl.get(apiUrl).host();
    }

    /** The OAuth client ID. An identifier, not a secret. */
    public String clientId() {
        return clientId;
    }

    /** {@code uaa.identityzone}, when the key has it. */
    public Optional<String> identityZone() {
        return Optional.ofNullable(identityZone);
    }

    /** {@code uaa.credential-type} as written in the key ({@code binding-secret}, {@code instance-secret}, {@code x509}). */
    public Optional<String> credentialType() {
        return Optional.ofNullable(credentialType);
    }

    /** Whether tokens are requested over mTLS with the key's client certificate instead of a client secret. */
    public boolean isX509() {
        return certificatePem != null;
    }

    /** SECRET: the client secret, or {@code null} for X.509 keys. Never log or display it. */
    public String clientSecret() {
        return clientSecret;
    }

    /** The PEM client certificate chain of an X.509 key, or {@code null}. */
    public String certificatePem() {
        return certificatePem;
    }

    /** SECRET: the PEM private key of an X.509 key, or {@code null}. Never log or display it. */
    public String privateKeyPem() {
        return privateKeyPem;
    }

    @Override
    public String toString() {
        return "ServiceKey[apiUrl=" + apiUrl + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId
                + ", credentials=" + (isX509() ? "X.509 certificate" : "client secret (hidden)")
                + (identityZone == null ? "" : ", identityZone=" + identityZone) + "]";
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ServiceKey)) {
            return false;
        }
        ServiceKey that = (ServiceKey) other;
        return apiUrl.equals(that.apiUrl) && tokenUrl.equals(that.tokenUrl) && clientId.equals(that.clientId)
                && Objects.equals(clientSecret, that.clientSecret)
                && Objects.equals(certificatePem, that.certificatePem)
                && Objects.equals(privateKeyPem, that.privateKeyPem)
                && Objects.equals(identityZone, that.identityZone)
                && Objects.equals(credentialType, that.credentialType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(apiUrl, tokenUrl, clientId);
    }

    private static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field.substring(field.lastIndexOf('.') + 1));
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new ServiceKeyException(field, "\"" + field + "\" in the service key must be a text value, but it is "
                    + node.getNodeType().toString().toLowerCase(Locale.ROOT)
                    + ". Paste the service key unchanged as SAP BTP shows it.");
        }
        return node.asText();
    }

    private static String required(String field, String whatToPaste, String value) {
        if (value == null || value.isBlank()) {
            throw new ServiceKeyException(field, "The service key field \"" + field + "\" is missing or empty. Paste "
                    + whatToPaste + ".");
        }
        return value.trim();
    }

    private static String url(String field, String whatToPaste, String value) {
        String trimmed = required(field, whatToPaste, value);
        HttpUrl parsed = HttpUrl.parse(trimmed);
        if (parsed == null) {
            throw new ServiceKeyException(field, "\"" + field + "\" is not an http(s) URL. Paste " + whatToPaste + ".");
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static String manualTokenUrl(String value) {
        String token = url("tokenUrl", "the token URL: uaa.url of the service key followed by /oauth/token", value);
        String path = HttpUrl.get(token).encodedPath();
        return path.isEmpty() || "/".equals(path) ? token + TOKEN_PATH : token;
    }

    private static String appendTokenPath(String base) {
        return base.endsWith(TOKEN_PATH) ? base : base + TOKEN_PATH;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String where(JsonLocation location) {
        return location == null ? "position unknown"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
