package io.jenkins.plugins.calm;

import okhttp3.tls.HeldCertificate;

/** Service key JSON as SAP BTP shows it, with made-up values, for tests. */
public final class TestServiceKeys {

    public static final String API_URL = "https://acme.eu10.alm.cloud.sap/api";
    public static final String UAA_URL = "https://acme.authentication.eu10.hana.ondemand.com";
    public static final String CLIENT_ID = "sb-jenkins-calm!b123456|sapcloudalm!b456789";
    public static final String CLIENT_SECRET = "s3cr3t-value-that-must-never-show";

    private TestServiceKeys() {}

    /** A key with a client secret (credential type binding-secret). */
    public static String withSecret() {
        return withSecret(API_URL, UAA_URL);
    }

    public static String withSecret(String apiUrl, String uaaUrl) {
        return """
                {
                  "endpoints": { "Api": "%s" },
                  "uaa": {
                    "clientid": "%s",
                    "clientsecret": "%s",
                    "url": "%s",
                    "identityzone": "acme",
                    "credential-type": "binding-secret"
                  }
                }
                """.formatted(apiUrl, CLIENT_ID, CLIENT_SECRET, uaaUrl);
    }

    /** An X.509 key: client certificate and private key instead of a secret, tokens from uaa.certurl. */
    public static String withCertificate() {
        HeldCertificate certificate = new HeldCertificate.Builder().commonName("sb-jenkins-calm").build();
        return """
                {
                  "endpoints": { "Api": "%s" },
                  "uaa": {
                    "clientid": "%s",
                    "certificate": "%s",
                    "key": "%s",
                    "certurl": "https://acme.authentication.cert.eu10.hana.ondemand.com",
                    "url": "%s",
                    "credential-type": "x509"
                  }
                }
                """.formatted(API_URL, CLIENT_ID, json(certificate.certificatePem()),
                json(certificate.privateKeyPkcs8Pem()), UAA_URL);
    }

    private static String json(String pem) {
        return pem.replace("\n", "\\n");
    }
}
