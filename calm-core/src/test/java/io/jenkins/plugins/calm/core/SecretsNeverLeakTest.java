package io.jenkins.plugins.calm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.jenkins.plugins.calm.core.auth.AccessToken;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.client.features.FeatureDraft;
import io.jenkins.plugins.calm.core.client.features.FeaturePatch;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Triggers every failure path that can be reached and checks that no secret (client secret,
 * private key, access token, proxy password) appears in any message, stack trace or toString().
 */
class SecretsNeverLeakTest {

    private static final String SECRET = FakeCloudAlm.SECRET;
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.TOKEN-BODY-never-shown.sig";
    private static final String PROXY_PASSWORD = "Proxy-Pa55word-never-shown";

    private static final HeldCertificate KEY = new HeldCertificate.Builder().rsa2048().build();

    private final List<String> texts = new ArrayList<>();

    @Test
    void noSecretInAnyExceptionOrToString() throws Exception {
        collectServiceKeyFailures();
        try (FakeCloudAlm calm = new FakeCloudAlm()) {
            collectTokenFailures(calm);
            collectApiFailures(calm);
            try (CloudAlmClient client = calm.client(proxied(calm))) {
                texts.add(client.toString());
                texts.add(client.settings().toString());
                texts.add(client.serviceKey().toString());
            }
        }
        texts.add(new AccessToken(TOKEN, Instant.EPOCH, null).toString());

        assertThat(texts).hasSizeGreaterThan(25);
        String secretKeyBody = privateKeyPem().split("\n")[1];
        for (String text : texts) {
            assertThat(text).doesNotContain(SECRET, TOKEN, "TOKEN-BODY", PROXY_PASSWORD, "token-1", "token-2",
                    secretKeyBody, "PRIVATE KEY-----\n");
        }
    }

    private void collectServiceKeyFailures() {
        String key = "{\"endpoints\":{\"Api\":\"https://a.eu10.alm.cloud.sap/api\"},\"uaa\":{\"url\":\"https://x\","
                + "\"clientid\":\"id\",\"clientsecret\":\"" + SECRET + "\"}}";
        record(() -> ServiceKey.parse(key.replace("\"" + SECRET + "\"", SECRET)));
        record(() -> ServiceKey.parse(key.replace("\"clientsecret\"", "\"clientsecret\":" + "[\"" + SECRET + "\"],\"x\"")));
        record(() -> ServiceKey.parse(key.replace("\"url\":\"https://x\",", "")));
        record(() -> ServiceKey.parse(key.replace("https://a.eu10.alm.cloud.sap/api", SECRET)));
        record(() -> ServiceKey.parse("{\"uri\":\"https://ctms\",\"uaa\":{\"clientsecret\":\"" + SECRET + "\"}}"));
        record(() -> ServiceKey.manual("https://x", "id", SECRET, "not a url " + SECRET.length()));
        HeldCertificate cert = new HeldCertificate.Builder().rsa2048().build();
        String x509 = "{\"endpoints\":{\"Api\":\"https://a/api\"},\"uaa\":{\"certurl\":\"https://c\",\"clientid\":\"id\","
                + "\"credential-type\":\"x509\",\"certificate\":\"" + cert.certificatePem().replace("\n", "\\n")
                + "\",\"key\":\"" + privateKeyPem().replace("\n", "\\n") + "\"}}";
        record(() -> ServiceKey.parse(x509)); // key of another certificate
        record(() -> ServiceKey.parse(x509.replace("BEGIN PRIVATE KEY", "BEGIN EC PRIVATE KEY")
                .replace("END PRIVATE KEY", "END EC PRIVATE KEY")));
        texts.add(ServiceKey.parse(key).toString());
    }

    private void collectTokenFailures(FakeCloudAlm calm) {
        List<MockResponse> failures = List.of(
                json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Bad credentials\"}"),
                json(200, "{\"access_token\": " + TOKEN + " }"),
                json(200, "{\"token\":\"" + TOKEN + "\"}"),
                json(500, "<html><title>XSUAA down</title></html>"),
                json(404, ""));
        for (MockResponse failure : failures) {
            calm.failTokens(failure);
            try (CloudAlmClient client = calm.client(s -> s.retryPolicy(RetryPolicy.none()))) {
                record(() -> client.projects().list());
            }
        }
        calm.failTokens(null);
    }

    private void collectApiFailures(FakeCloudAlm calm) {
        String uuid = "9f0c1d2e-3b4a-4c5d-8e6f-000000000001";
        try (CloudAlmClient client = calm.client(s -> s.retryPolicy(RetryPolicy.none()))) {
            int[] codes = {400, 403, 404, 409, 422, 429, 500, 502, 503};
            for (int code : codes) {
                calm.enqueue(code, "{\"error\":{\"code\":\"E" + code + "\",\"message\":\"failed\"}}");
                record(() -> client.features().get(uuid));
            }
            calm.enqueue(401, "");
            calm.enqueue(401, "");
            record(() -> client.features().update(uuid, FeaturePatch.builder().title("t").build()));
            calm.enqueueJson("{broken");
            record(() -> client.features().create(FeatureDraft.builder(uuid, "t").build()));
            calm.enqueueJson("<html><title>Login</title></html>");
            record(() -> client.projects().list());
            calm.enqueueJson("{\"value\":[]}");
            record(() -> client.features().resolveStatus("Nope"));
        }
        try (CloudAlmClient offline = CloudAlmClient.create(calm.key().withApiUrl("http://calm.invalid/api")
                .withTokenUrl("http://calm.invalid/uaa"), calm.settings().retryPolicy(RetryPolicy.none()).build())) {
            record(() -> offline.projects().list());
        }
    }

    private Consumer<ClientSettings.Builder> proxied(FakeCloudAlm calm) {
        return s -> s.proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("localhost", calm.server().getPort())),
                "user", PROXY_PASSWORD);
    }

    private void record(ThrowingCallable action) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).as("expected a failure").isNotNull();
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        texts.add(thrown.toString());
        texts.add(trace.toString());
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static String privateKeyPem() {
        return KEY.privateKeyPkcs8Pem();
    }
}
