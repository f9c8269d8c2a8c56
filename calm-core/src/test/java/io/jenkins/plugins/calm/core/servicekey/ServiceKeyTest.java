package io.jenkins.plugins.calm.core.servicekey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

class ServiceKeyTest {

    static final String SECRET = "Xy9-top-SECRET-value=";

    static final String KEY = "{\n"
            + "  \"endpoints\": {\"Api\": \"https://acme.eu10.alm.cloud.sap/api\"},\n"
            + "  \"uaa\": {\n"
            + "    \"url\": \"https://acme.authentication.eu10.hana.ondemand.com\",\n"
            + "    \"clientid\": \"calm-api!b1|sapcloudalm!b2\",\n"
            + "    \"clientsecret\": \"" + SECRET + "\",\n"
            + "    \"identityzone\": \"acme\",\n"
            + "    \"credential-type\": \"binding-secret\",\n"
            + "    \"xsappname\": \"calm-api!b1\"\n"
            + "  }\n"
            + "}";

    @Test
    void parsesAServiceKeyAndDerivesTheUrls() {
        ServiceKey key = ServiceKey.parse(KEY);

        assertThat(key.apiUrl()).isEqualTo("https://acme.eu10.alm.cloud.sap/api");
        assertThat(key.tokenUrl()).isEqualTo("https://acme.authentication.eu10.hana.ondemand.com/oauth/token");
        assertThat(key.uiRoot()).isEqualTo("https://acme.eu10.alm.cloud.sap");
        assertThat(key.tenantHost()).isEqualTo("acme.eu10.alm.cloud.sap");
        assertThat(key.clientId()).isEqualTo("calm-api!b1|sapcloudalm!b2");
        assertThat(key.clientSecret()).isEqualTo(SECRET);
        assertThat(key.identityZone()).contains("acme");
        assertThat(key.credentialType()).contains("binding-secret");
        assertThat(key.isX509()).isFalse();
    }

    @Test
    void acceptsABindingWrappedInCredentials() {
        ServiceKey key = ServiceKey.parse("{\"credentials\": " + KEY + "}");

        assertThat(key.apiUrl()).isEqualTo("https://acme.eu10.alm.cloud.sap/api");
    }

    @Test
    void aTrailingSlashOnTheUrlsIsDropped() {
        ServiceKey key = ServiceKey.parse(KEY.replace("/api\"", "/api/\"").replace("ondemand.com\"", "ondemand.com/\""));

        assertThat(key.apiUrl()).isEqualTo("https://acme.eu10.alm.cloud.sap/api");
        assertThat(key.tokenUrl()).isEqualTo("https://acme.authentication.eu10.hana.ondemand.com/oauth/token");
    }

    @Test
    void missingClientSecretNamesTheField() {
        String withoutSecret = KEY.replace("\"clientsecret\": \"" + SECRET + "\",", "");

        assertThatThrownBy(() -> ServiceKey.parse(withoutSecret))
                .isInstanceOf(ServiceKeyException.class)
                .hasMessageContaining("uaa.clientsecret")
                .hasMessageContaining("Paste")
                .satisfies(e -> assertThat(((ServiceKeyException) e).field()).isEqualTo("uaa.clientsecret"));
    }

    @Test
    void missingFieldsAreNamedExactly() {
        assertField(KEY.replace("\"endpoints\": {\"Api\": \"https://acme.eu10.alm.cloud.sap/api\"},", ""),
                "endpoints.Api");
        assertField(KEY.replace("\"url\": \"https://acme.authentication.eu10.hana.ondemand.com\",", ""), "uaa.url");
        assertField(KEY.replace("\"clientid\": \"calm-api!b1|sapcloudalm!b2\",", ""), "uaa.clientid");
        assertField("{\"endpoints\": {\"Api\": \"https://acme.eu10.alm.cloud.sap/api\"}}", "uaa");
        assertField(KEY.replace("https://acme.eu10.alm.cloud.sap/api", "acme.eu10.alm.cloud.sap"), "endpoints.Api");
        assertField(KEY.replace("\"identityzone\": \"acme\"", "\"identityzone\": 42"), "uaa.identityzone");
    }

    private static void assertField(String json, String field) {
        assertThatThrownBy(() -> ServiceKey.parse(json))
                .isInstanceOf(ServiceKeyException.class)
                .hasMessageContaining(field)
                .hasMessageNotContaining(SECRET)
                .satisfies(e -> assertThat(((ServiceKeyException) e).field()).isEqualTo(field));
    }

    @Test
    void recognisesACloudTransportManagementKey() {
        String ctms = "{\"uri\":\"https://transport-service-app-backend.ts.cfapps.eu10.hana.ondemand.com\","
                + "\"uaa\":{\"url\":\"https://x.authentication.eu10.hana.ondemand.com\",\"clientid\":\"sb-x\","
                + "\"clientsecret\":\"" + SECRET + "\"}}";

        assertThatThrownBy(() -> ServiceKey.parse(ctms))
                .isInstanceOf(ServiceKeyException.class)
                .hasMessageContaining("Cloud Transport Management")
                .hasMessageContaining("SAP Cloud ALM API")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void invalidJsonSaysWhereButDoesNotQuoteTheKey() {
        String broken = KEY.replace("\"clientsecret\": \"" + SECRET + "\",", "\"clientsecret\": " + SECRET + ",");

        assertThatThrownBy(() -> ServiceKey.parse(broken))
                .isInstanceOf(ServiceKeyException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 6")
                .hasMessageNotContaining(SECRET)
                .hasNoCause();
    }

    @Test
    void emptyAndNonObjectInputIsExplained() {
        assertThatThrownBy(() -> ServiceKey.parse("  ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> ServiceKey.parse("[1]")).hasMessageContaining("JSON object");
    }

    @Test
    void toStringShowsNoSecret() {
        ServiceKey key = ServiceKey.parse(KEY);

        assertThat(key.toString()).doesNotContain(SECRET).contains("acme.eu10.alm.cloud.sap");
    }

    @Test
    void manualFieldsAppendTheTokenPathToABareXsuaaUrl() {
        ServiceKey bare = ServiceKey.manual("https://acme.authentication.eu10.hana.ondemand.com", "id", SECRET,
                "https://acme.eu10.alm.cloud.sap/api");
        ServiceKey full = ServiceKey.manual("https://acme.authentication.eu10.hana.ondemand.com/oauth/token", "id",
                SECRET, "https://acme.eu10.alm.cloud.sap/api/");

        assertThat(bare.tokenUrl()).isEqualTo("https://acme.authentication.eu10.hana.ondemand.com/oauth/token");
        assertThat(full.tokenUrl()).isEqualTo(bare.tokenUrl());
        assertThat(full.apiUrl()).isEqualTo("https://acme.eu10.alm.cloud.sap/api");
        assertThat(full).isEqualTo(bare);
    }

    @Test
    void manualFieldsNameWhatIsMissing() {
        assertThatThrownBy(() -> ServiceKey.manual("https://x/oauth/token", "id", " ", "https://a/api"))
                .hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> ServiceKey.manual("not a url", "id", SECRET, "https://a/api"))
                .hasMessageContaining("tokenUrl").hasMessageNotContaining(SECRET);
    }

    @Test
    void overridesReplaceUrlsAndBlankKeeps() {
        ServiceKey key = ServiceKey.parse(KEY);

        assertThat(key.withApiUrl(" ")).isSameAs(key);
        assertThat(key.withTokenUrl(null)).isSameAs(key);
        ServiceKey local = key.withApiUrl("http://localhost:8080/api").withTokenUrl("http://localhost:8080/uaa");
        assertThat(local.apiUrl()).isEqualTo("http://localhost:8080/api");
        assertThat(local.tokenUrl()).isEqualTo("http://localhost:8080/uaa");
        assertThat(local.clientSecret()).isEqualTo(SECRET);
    }

    @Test
    void parsesAnX509KeyWithPkcs8AndPkcs1PrivateKeys() {
        HeldCertificate client = new HeldCertificate.Builder().commonName("calm-client").rsa2048().build();

        for (String keyPem : new String[] {client.privateKeyPkcs8Pem(), client.privateKeyPkcs1Pem()}) {
            ServiceKey key = ServiceKey.parse(x509Key(client.certificatePem(), keyPem));

            assertThat(key.isX509()).isTrue();
            assertThat(key.tokenUrl()).isEqualTo("https://acme.authentication.cert.eu10.hana.ondemand.com/oauth/token");
            assertThat(key.clientSecret()).isNull();
            assertThat(key.toString()).contains("X.509").doesNotContain("PRIVATE KEY");
        }
    }

    @Test
    void x509KeyProblemsNameTheField() {
        HeldCertificate client = new HeldCertificate.Builder().rsa2048().build();
        HeldCertificate other = new HeldCertificate.Builder().rsa2048().build();

        assertThatThrownBy(() -> ServiceKey.parse(x509Key(client.certificatePem(), other.privateKeyPkcs8Pem())))
                .hasMessageContaining("uaa.key").hasMessageContaining("does not belong");
        assertThatThrownBy(() -> ServiceKey.parse(x509Key("-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----",
                client.privateKeyPkcs8Pem())))
                .hasMessageContaining("uaa.certificate");
        assertThatThrownBy(() -> ServiceKey.parse(x509Key(client.certificatePem(), "garbage")))
                .hasMessageContaining("uaa.key").hasMessageContaining("BEGIN PRIVATE KEY");
        String noCertUrl = x509Key(client.certificatePem(), client.privateKeyPkcs8Pem())
                .replace("\"certurl\":\"https://acme.authentication.cert.eu10.hana.ondemand.com\",", "");
        assertThatThrownBy(() -> ServiceKey.parse(noCertUrl)).hasMessageContaining("uaa.certurl");
    }

    static String x509Key(String certificatePem, String keyPem) {
        return "{\"endpoints\":{\"Api\":\"https://acme.eu10.alm.cloud.sap/api\"},\"uaa\":{"
                + "\"url\":\"https://acme.authentication.eu10.hana.ondemand.com\","
                + "\"certurl\":\"https://acme.authentication.cert.eu10.hana.ondemand.com\","
                + "\"clientid\":\"calm-api!b1|sapcloudalm!b2\",\"credential-type\":\"x509\","
                + "\"certificate\":\"" + escape(certificatePem) + "\",\"key\":\"" + escape(keyPem) + "\"}}";
    }

    private static String escape(String pem) {
        return pem.replace("\n", "\\n");
    }
}
