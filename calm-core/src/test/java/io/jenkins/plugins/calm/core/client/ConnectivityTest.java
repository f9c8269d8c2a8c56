package io.jenkins.plugins.calm.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import java.net.InetSocketAddress;
import java.net.Proxy;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

/** Proxy, extra trusted certificates and mTLS against real (local) sockets. */
class ConnectivityTest {

    private static final String PROJECTS = "[{\"id\":\"p1\",\"name\":\"P\"}]";

    private static final HeldCertificate SERVER_CA = new HeldCertificate.Builder().certificateAuthority(0)
            .commonName("Test Server CA").build();
    private static final HeldCertificate CLIENT_CA = new HeldCertificate.Builder().certificateAuthority(0)
            .commonName("Test Client CA").build();

    private static HandshakeCertificates serverCertificates() {
        HeldCertificate server = new HeldCertificate.Builder().signedBy(SERVER_CA).commonName("localhost")
                .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1").build();
        return new HandshakeCertificates.Builder().heldCertificate(server, SERVER_CA.certificate())
                .addTrustedCertificate(CLIENT_CA.certificate()).build();
    }

    private static FakeCloudAlm https(boolean requireClientAuth) throws Exception {
        return new FakeCloudAlm(server -> {
            server.useHttps(serverCertificates().sslSocketFactory());
            if (requireClientAuth) {
                server.requireClientAuth();
            }
        });
    }

    @Test
    void anUntrustedServerCertificateIsAClearTlsError() throws Exception {
        try (FakeCloudAlm calm = https(false); CloudAlmClient client = calm.client(s -> s.retryPolicy(RetryPolicy.none()))) {
            assertThatThrownBy(() -> client.projects().list())
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining("TLS handshake")
                    .hasMessageContaining("trusted certificates");
        }
    }

    @Test
    void anExtraTrustedCaCertificateMakesTheServerTrusted() throws Exception {
        try (FakeCloudAlm calm = https(false);
                CloudAlmClient client = calm.client(s -> s.trustedCertificatesPem(SERVER_CA.certificatePem()))) {
            calm.enqueueJson(PROJECTS);

            assertThat(client.projects().list()).hasSize(1);
            assertThat(calm.lastApiRequest().getHandshake()).isNotNull();
        }
    }

    @Test
    void anX509KeyGetsItsTokenOverMutualTls() throws Exception {
        HeldCertificate clientCert = new HeldCertificate.Builder().signedBy(CLIENT_CA).commonName("calm-client")
                .rsa2048().build();
        try (FakeCloudAlm tokenServer = https(true); FakeCloudAlm api = new FakeCloudAlm()) {
            ServiceKey key = ServiceKey.parse("{\"endpoints\":{\"Api\":\"" + api.server().url("/api") + "\"},"
                    + "\"uaa\":{\"url\":\"https://unused.example\",\"certurl\":\"" + tokenServer.server().url("/uaa")
                    + "\",\"clientid\":\"calm-client-id\",\"credential-type\":\"x509\",\"certificate\":\""
                    + clientCert.certificatePem().replace("\n", "\\n") + "\",\"key\":\""
                    + clientCert.privateKeyPkcs1Pem().replace("\n", "\\n") + "\"}}");
            api.enqueueJson(PROJECTS);
            ClientSettings settings = api.settings().trustedCertificatesPem(SERVER_CA.certificatePem()).build();

            try (CloudAlmClient client = CloudAlmClient.create(key, settings)) {
                assertThat(client.projects().list()).hasSize(1);
            }

            RecordedRequest token = tokenServer.tokenRequests().get(0);
            assertThat(token.getHandshake().peerPrincipal().getName()).contains("CN=calm-client");
            assertThat(token.getBody().utf8()).isEqualTo("grant_type=client_credentials&client_id=calm-client-id");
            assertThat(token.getHeaders().get("Authorization")).isNull();
            assertThat(api.lastApiRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");

            // the same server refuses a client without certificate: the certificate is what authenticates
            ServiceKey secretKey = ServiceKey.manual(tokenServer.server().url("/uaa/oauth/token").toString(), "id",
                    "secret", api.server().url("/api").toString());
            try (CloudAlmClient client = CloudAlmClient.create(secretKey, settings.toBuilder()
                    .retryPolicy(RetryPolicy.none()).build())) {
                assertThatThrownBy(() -> client.projects().list()).isInstanceOf(NetworkException.class);
            }
        }
    }

    @Test
    void callsGoThroughTheConfiguredProxy() throws Exception {
        try (FakeCloudAlm proxy = new FakeCloudAlm()) {
            ServiceKey key = proxy.key().withApiUrl("http://calm.example.test/api")
                    .withTokenUrl("http://calm.example.test/uaa/oauth/token");
            proxy.enqueueJson(PROJECTS);
            Proxy httpProxy = new Proxy(Proxy.Type.HTTP,
                    new InetSocketAddress(proxy.server().getHostName(), proxy.server().getPort()));

            try (CloudAlmClient client = CloudAlmClient.create(key, proxy.settings().proxy(httpProxy).build())) {
                assertThat(client.projects().list()).hasSize(1);
            }

            assertThat(proxy.tokenRequests().get(0).getTarget()).isEqualTo("http://calm.example.test/uaa/oauth/token");
            assertThat(proxy.lastApiRequest().getTarget()).isEqualTo("http://calm.example.test/api/calm-projects/v1/projects");
        }
    }

    @Test
    void proxyCredentialsAreSentWhenTheProxyAsks() throws Exception {
        try (FakeCloudAlm proxy = new FakeCloudAlm()) {
            proxy.requireProxyAuthorization(Credentials.basic("jenkins", "proxy-Pa55"));
            ServiceKey key = proxy.key().withApiUrl("http://calm.example.test/api")
                    .withTokenUrl("http://calm.example.test/uaa/oauth/token");
            proxy.enqueueJson(PROJECTS);
            Proxy httpProxy = new Proxy(Proxy.Type.HTTP,
                    new InetSocketAddress(proxy.server().getHostName(), proxy.server().getPort()));

            try (CloudAlmClient client = CloudAlmClient.create(key,
                    proxy.settings().proxy(httpProxy, "jenkins", "proxy-Pa55").build())) {
                assertThat(client.projects().list()).hasSize(1);
            }
            try (CloudAlmClient client = CloudAlmClient.create(key,
                    proxy.settings().proxy(httpProxy, "jenkins", "wrong-Pa55").build())) {
                assertThatThrownBy(() -> client.projects().list())
                        .isInstanceOf(AuthenticationFailedException.class)
                        .hasMessageContaining("proxy")
                        .hasMessageNotContaining("wrong-Pa55");
            }
        }
    }

    @Test
    void aBaseClientFromTheHostIsDerivedFrom() throws Exception {
        OkHttpClient base = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-From-Base", "yes").build()))
                .build();
        try (FakeCloudAlm calm = new FakeCloudAlm(); CloudAlmClient client = calm.client(s -> s.baseHttpClient(base))) {
            calm.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(PROJECTS).build());

            client.projects().list();

            assertThat(calm.lastApiRequest().getHeaders().get("X-From-Base")).isEqualTo("yes");
        }
    }
}
