package io.jenkins.plugins.calm.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.client.features.FeatureDraft;
import io.jenkins.plugins.calm.core.client.features.FeaturePatch;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResilienceTest {

    private static final String UUID = "9f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f";
    private static final String FEATURE = "{\"uuid\":\"" + UUID + "\",\"displayId\":\"6-123\",\"title\":\"T\"}";
    private static final String PROJECT = "3532c9fd-0000-4000-8000-000000000001";

    private FakeCloudAlm calm;
    private CloudAlmClient client;

    @BeforeEach
    void start() throws Exception {
        calm = new FakeCloudAlm();
        client = calm.client();
    }

    @AfterEach
    void stop() {
        client.close();
        calm.close();
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        calm.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
        calm.enqueueJson(FEATURE);

        assertThat(client.features().get(UUID).displayId()).isEqualTo("6-123");
        assertThat(calm.sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(calm.apiRequests()).hasSize(2);
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        client.close();
        client = calm.client(s -> s.clock(clock));
        calm.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "Sun, 01 Mar 2026 10:00:12 GMT")
                .build());
        calm.enqueueJson(FEATURE);

        client.features().get(UUID);

        assertThat(calm.sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void idempotentCallsBackOffExponentiallyAndGiveUpAfterMaxAttempts() {
        for (int i = 0; i < 3; i++) {
            calm.enqueue(502, "{\"error\":{\"code\":\"BAD_GATEWAY\",\"message\":\"upstream down\"}}");
        }

        assertThatThrownBy(() -> client.features().get(UUID))
                .isInstanceOf(ServerErrorException.class)
                .hasMessageContaining("502 Bad Gateway")
                .hasMessageContaining("upstream down")
                .hasMessageContaining("Try again later")
                .satisfies(e -> assertThat(((CloudAlmException) e).isTransient()).isTrue());
        // base 100 ms, jitter 0.5: 50 + 25 ms, then 100 + 50 ms
        assertThat(calm.sleeper.sleeps()).containsExactly(Duration.ofMillis(75), Duration.ofMillis(150));
        assertThat(calm.apiRequests()).hasSize(3);
    }

    @Test
    void aPostIsNotRetried() {
        calm.enqueue(503, "");
        calm.enqueueJson(FEATURE);

        assertThatThrownBy(() -> client.features().create(FeatureDraft.builder(PROJECT, "New").build()))
                .isInstanceOf(ServerErrorException.class)
                .hasMessageContaining("POST ");
        assertThat(calm.apiRequests()).hasSize(1);
        assertThat(calm.sleeper.sleeps()).isEmpty();
    }

    @Test
    void a503CarriesItsRetryAfterSoThatAQueueComesBackNoEarlier() {
        calm.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "45").build());

        assertThatThrownBy(() -> client.features().create(FeatureDraft.builder(PROJECT, "New").build()))
                .isInstanceOf(ServerErrorException.class)
                .hasMessageContaining("503 Service Unavailable (Retry-After: 45 s)")
                .satisfies(e -> assertThat(((ServerErrorException) e).retryAfter()).contains(Duration.ofSeconds(45)));
    }

    @Test
    void aPatchIsNotRetriedEvenWhenThrottled() {
        calm.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());

        assertThatThrownBy(() -> client.features().update(UUID, FeaturePatch.builder().title("x").build()))
                .isInstanceOf(ThrottledException.class)
                .satisfies(e -> assertThat(((ThrottledException) e).retryAfter()).contains(Duration.ofSeconds(1)));
        assertThat(calm.apiRequests()).hasSize(1);
    }

    @Test
    void aRetryAfterBeyondTheLimitFailsAtOnceCarryingTheDelay() {
        calm.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());

        assertThatThrownBy(() -> client.features().get(UUID))
                .isInstanceOf(ThrottledException.class)
                .hasMessageContaining("Retry-After: 3600 s")
                .satisfies(e -> assertThat(((ThrottledException) e).retryAfter()).contains(Duration.ofHours(1)));
        assertThat(calm.sleeper.sleeps()).isEmpty();
    }

    @Test
    void aConnectionFailureOfAGetIsRetried() {
        calm.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        calm.enqueueJson(FEATURE);

        assertThat(client.features().get(UUID).uuid()).isEqualTo(UUID);
        assertThat(calm.sleeper.sleeps()).hasSize(1);
    }

    @Test
    void aConnectionFailureOfAPostIsNotRetried() {
        calm.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        calm.enqueueJson(FEATURE);

        assertThatThrownBy(() -> client.tasks().addComment("task-1", "deployed"))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("POST ");
        assertThat(calm.sleeper.sleeps()).isEmpty();
    }

    @Test
    void forbiddenNamesTheMissingScope() {
        calm.enqueue(403, "{\"error\":{\"code\":\"403\",\"message\":\"Forbidden\"}}");

        assertThatThrownBy(() -> client.features().update(UUID, FeaturePatch.builder().title("x").build()))
                .isInstanceOf(MissingScopeException.class)
                .hasMessageContaining("calm-api.features.write")
                .hasMessageContaining("authorities")
                .satisfies(e -> assertThat(((MissingScopeException) e).scope()).isEqualTo("calm-api.features.write"));
    }

    @Test
    void forbiddenNamesTheReadScopeForAGetAndTheCdmScopeForTransportManagement() {
        calm.enqueue(403, "");
        calm.enqueue(403, "");

        assertThatThrownBy(() -> client.projects().list())
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("\"calm-api.projects.read\"");
        assertThatThrownBy(() -> client.transportManagement().nodes())
                .isInstanceOf(MissingScopeException.class).hasMessageContaining("imp-cdm-feature-display-ui");
    }

    @Test
    void notFoundSaysWhatWasLookedFor() {
        calm.enqueue(404, "{\"error\":{\"code\":\"404\",\"message\":\"Entity not found\"}}");

        assertThatThrownBy(() -> client.features().get(UUID))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(UUID)
                .hasMessageContaining("Entity not found")
                .hasMessageContaining("findByDisplayId");
    }

    @Test
    void aRejectedRequestCarriesTheODataError() {
        calm.enqueue(400, "{\"error\":{\"code\":\"INVALID_STATUS_SWITCH\",\"message\":\"Status switch not allowed\","
                + "\"details\":[{\"code\":\"D1\",\"message\":\"from In Specification\",\"target\":\"statusCode\"}]}}");

        assertThatThrownBy(() -> client.features().update(UUID, FeaturePatch.builder().statusCode("X").build()))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("400 Bad Request")
                .hasMessageContaining("INVALID_STATUS_SWITCH: Status switch not allowed (statusCode: from In Specification)")
                .hasMessageContaining("Enabled Status Switches")
                .satisfies(e -> {
                    ODataError error = ((RequestRejectedException) e).error();
                    assertThat(error.code()).isEqualTo("INVALID_STATUS_SWITCH");
                    assertThat(error.details()).singleElement()
                            .satisfies(d -> assertThat(d.target()).isEqualTo("statusCode"));
                });
    }

    @Test
    void malformedJsonGivesAClearError() {
        calm.enqueueJson("{\"uuid\": \"abc\", ");

        assertThatThrownBy(() -> client.features().get(UUID))
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("GET " + calm.server().url("/api/calm-features/v1/Features/" + UUID))
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("endpoints.Api");
    }

    @Test
    void anHtmlPageInsteadOfJsonIsRecognised() {
        calm.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><head><title>SAP Cloud ALM - Sign in</title></head><body>...</body></html>")
                .build());

        assertThatThrownBy(() -> client.features().get(UUID))
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("HTML page titled \"SAP Cloud ALM - Sign in\"")
                .hasMessageContaining("login page or a proxy");
    }

    @Test
    void anHtmlErrorPageIsSummarisedNotDumped() {
        calm.enqueue(new MockResponse.Builder().code(500).addHeader("Content-Type", "text/html")
                .body("<html><head><title>500 Internal Server Error</title></head><body>" + "x".repeat(5000)
                        + "</body></html>").build());

        assertThatThrownBy(() -> client.features().get(UUID))
                .isInstanceOf(ServerErrorException.class)
                .hasMessageContaining("HTML page titled \"500 Internal Server Error\"")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1000));
    }

    @Test
    void anUnreachableHostIsANetworkError() {
        client.close();
        client = CloudAlmClient.create(calm.key().withApiUrl("http://calm.invalid/api"),
                calm.settings().retryPolicy(RetryPolicy.none()).build());

        assertThatThrownBy(() -> client.features().get(UUID))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("calm.invalid")
                .hasMessageContaining("proxy");
    }

    @Test
    void everyRequestNamesTheProductAndVersion() {
        calm.enqueueJson(FEATURE);

        client.features().get(UUID);

        assertThat(calm.lastApiRequest().getHeaders().get("User-Agent"))
                .matches("SAP-Cloud-ALM-Jenkins/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(calm.tokenRequests().get(0).getHeaders().get("User-Agent")).startsWith("SAP-Cloud-ALM-Jenkins/");
    }
}
