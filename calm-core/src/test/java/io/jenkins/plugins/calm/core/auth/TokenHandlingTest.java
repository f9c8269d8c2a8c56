package io.jenkins.plugins.calm.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.client.AuthenticationFailedException;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.ConnectionCheck;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import io.jenkins.plugins.calm.core.testing.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenHandlingTest {

    private static final String PROJECTS = "[{\"id\":\"3532c9fd-0000-4000-8000-000000000001\",\"name\":\"P\"}]";

    private FakeCloudAlm calm;

    @BeforeEach
    void start() throws Exception {
        calm = new FakeCloudAlm();
    }

    @AfterEach
    void stop() {
        calm.close();
    }

    @Test
    void requestsATokenWithClientCredentialsAndBasicAuth() throws Exception {
        calm.enqueueJson(PROJECTS);
        try (CloudAlmClient client = calm.client()) {
            client.projects().list();
        }

        RecordedRequest token = calm.tokenRequests().get(0);
        assertThat(token.getMethod()).isEqualTo("POST");
        assertThat(token.getUrl().encodedPath()).isEqualTo("/uaa/oauth/token");
        assertThat(token.getHeaders().get("Authorization"))
                .isEqualTo(Credentials.basic(FakeCloudAlm.CLIENT_ID, FakeCloudAlm.SECRET, StandardCharsets.UTF_8));
        assertThat(token.getBody().utf8()).isEqualTo("grant_type=client_credentials");
        assertThat(token.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(calm.lastApiRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void oneTokenServesAThousandSequentialCalls() throws Exception {
        for (int i = 0; i < 1000; i++) {
            calm.enqueueJson(PROJECTS);
        }
        try (CloudAlmClient client = calm.client()) {
            for (int i = 0; i < 1000; i++) {
                client.projects().list();
            }
        }

        assertThat(calm.tokenRequestCount()).isEqualTo(1);
        assertThat(calm.apiRequests()).hasSize(1000);
    }

    @Test
    void thirtyTwoConcurrentFirstCallsShareOneTokenRequest() throws Exception {
        calm.tokenDelay(300); // keep the first token request in flight while the others arrive
        for (int i = 0; i < 32; i++) {
            calm.enqueueJson(PROJECTS);
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try (CloudAlmClient client = calm.client()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return client.projects().list().size();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(calm.tokenRequestCount()).isEqualTo(1);
        assertThat(calm.apiRequests()).hasSize(32)
                .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer token-1"));
    }

    @Test
    void aTokenIsRenewedBeforeItExpires() throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
        calm.expiresIn(600);
        for (int i = 0; i < 3; i++) {
            calm.enqueueJson(PROJECTS);
        }
        try (CloudAlmClient client = calm.client(s -> s.clock(clock).tokenExpiryMargin(Duration.ofSeconds(60)))) {
            client.projects().list();
            clock.advance(Duration.ofSeconds(539)); // still within expires_in minus margin
            client.projects().list();
            clock.advance(Duration.ofSeconds(2)); // now inside the margin
            client.projects().list();
        }

        assertThat(calm.tokenRequestCount()).isEqualTo(2);
        assertThat(calm.apiRequests().get(2).getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void a401RefreshesTheTokenOnceAndRepeatsTheCall() throws Exception {
        calm.enqueue(401, "{\"error\":{\"code\":\"401\",\"message\":\"token expired\"}}");
        calm.enqueueJson(PROJECTS);
        try (CloudAlmClient client = calm.client()) {
            assertThat(client.projects().list()).hasSize(1);
        }

        assertThat(calm.tokenRequestCount()).isEqualTo(2);
        assertThat(calm.apiRequests()).extracting(r -> r.getHeaders().get("Authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
    }

    @Test
    void a401AfterTheRefreshFailsWithoutLooping() throws Exception {
        calm.enqueue(401, "");
        calm.enqueue(401, "");
        try (CloudAlmClient client = calm.client()) {
            assertThatThrownBy(() -> client.projects().list())
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageContaining("GET " + calm.server().url("/api/calm-projects/v1/projects"))
                    .hasMessageContaining("new service key");
        }

        assertThat(calm.tokenRequestCount()).isEqualTo(2);
        assertThat(calm.apiRequests()).hasSize(2);
    }

    @Test
    void refusedClientCredentialsAreExplainedWithoutTheSecret() throws Exception {
        calm.failTokens(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"error\":\"invalid_client\",\"error_description\":\"Bad credentials\"}").build());
        try (CloudAlmClient client = calm.client()) {
            assertThatThrownBy(() -> client.projects().list())
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessageContaining("invalid_client: Bad credentials")
                    .hasMessageContaining("uaa.clientsecret")
                    .hasMessageNotContaining(FakeCloudAlm.SECRET);
        }
        assertThat(calm.apiRequests()).isEmpty();
    }

    @Test
    void connectionCheckReportsScopesFromTheTokenResponse() throws Exception {
        calm.tokenResponseExtra(",\"scope\":\"calm-api!b1.calm-api.features.read calm-api!b1.calm-api.projects.read "
                + "uaa.resource\"");
        calm.enqueueJson("{\"value\":" + PROJECTS + "}");
        ConnectionCheck check;
        try (CloudAlmClient client = calm.client()) {
            check = client.checkConnection();
        }

        assertThat(check.tenantHost()).isEqualTo(calm.server().getHostName());
        assertThat(check.projectCount()).isEqualTo(1);
        assertThat(check.grantedScopes().orElseThrow()).contains("calm-api!b1.calm-api.features.read");
        assertThat(check.missingScopes().orElseThrow()).containsExactly("calm-api.features.write",
                "calm-api.tasks.write", "imp-cdm-feature-manage-ui");
        assertThat(check.summary()).contains("1 project visible").contains("calm-api.features.write (to switch");
    }

    @Test
    void connectionCheckReadsScopesFromTheJwtWhenTheResponseHasNone() throws Exception {
        String claims = "{\"scope\":[\"x!b1.calm-api.features.read\",\"x!b1.calm-api.features.write\","
                + "\"x!b1.calm-api.projects.read\",\"x!b1.calm-api.tasks.write\",\"x!b1.imp-cdm-feature-manage-ui\"]}";
        String jwt = "eyJhbGciOiJSUzI1NiJ9." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        calm.failTokens(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"access_token\":\"" + jwt + "\",\"expires_in\":\"3600\"}").build());
        calm.enqueueJson(PROJECTS);
        try (CloudAlmClient client = calm.client()) {
            ConnectionCheck check = client.checkConnection();

            assertThat(check.missingScopes().orElseThrow()).isEmpty();
            assertThat(check.summary()).contains("All scopes");
        }
    }

    @Test
    void connectionCheckSaysUnknownWhenNothingTellsTheScopes() throws Exception {
        calm.tokenResponseExtra("");
        calm.enqueueJson(PROJECTS);
        try (CloudAlmClient client = calm.client()) {
            ConnectionCheck check = client.checkConnection();

            assertThat(check.grantedScopes()).isEmpty();
            assertThat(check.missingScopes()).isEmpty();
            assertThat(check.summary()).contains("unknown");
        }
    }

    @Test
    void accessTokenToStringHidesTheToken() {
        AccessToken token = new AccessToken("eyJsecret-token", Instant.EPOCH, null);

        assertThat(token.toString()).doesNotContain("eyJsecret-token").contains("unknown");
    }
}
