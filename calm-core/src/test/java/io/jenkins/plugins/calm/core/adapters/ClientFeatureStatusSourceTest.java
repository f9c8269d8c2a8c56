package io.jenkins.plugins.calm.core.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import io.jenkins.plugins.calm.core.testing.MutableClock;
import io.jenkins.plugins.calm.core.wait.StatusQueryException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientFeatureStatusSourceTest {
    private static final String PROJECT = "3532c9fd-0000-4000-8000-000000000001";
    private static final String F1 = "9f0c1d2e-3b4a-4c5d-8e6f-000000000001";
    private static final String F2 = "9f0c1d2e-3b4a-4c5d-8e6f-000000000002";
    private static final String F3 = "9f0c1d2e-3b4a-4c5d-8e6f-000000000003";
    private static final String OTHER = "9f0c1d2e-3b4a-4c5d-8e6f-0000000000ff";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private FakeCloudAlm calm;
    private CloudAlmClient client;
    private ClientFeatureStatusSource source;

    @BeforeEach
    void setUp() throws Exception {
        calm = new FakeCloudAlm();
        client = calm.client(s -> s.retryPolicy(RetryPolicy.none()));
        source = new ClientFeatureStatusSource(client, Duration.ofMinutes(10), clock);
    }

    @AfterEach
    void tearDown() {
        client.close();
        calm.close();
    }

    private static String feature(String uuid, String code, String modifiedAt) {
        return "{\"uuid\":\"" + uuid + "\",\"statusCode\":\"" + code + "\""
                + (modifiedAt == null ? "" : ",\"modifiedAt\":\"" + modifiedAt + "\"") + "}";
    }

    private void answer(String... features) {
        calm.enqueueJson("{\"value\":[" + String.join(",", features) + "]}");
    }

    private static String filter(RecordedRequest request) {
        return request.getUrl().queryParameter("$filter");
    }

    @Test
    void readsNewFeaturesInFullThenAsksOnlyWhatChangedSinceTheNewestModification() {
        answer(feature(F1, "A20", "2026-03-01T09:00:00Z"), feature(F2, "A20", "2026-03-01T09:30:00.250Z"));
        Map<String, String> first = source.statusesOf(PROJECT, Set.of(F1, F2));

        answer(feature(F2, "A30", "2026-03-01T10:00:05Z"), feature(OTHER, "A60", "2026-03-01T10:00:06Z"));
        Map<String, String> second = source.statusesOf(PROJECT, Set.of(F1, F2));

        answer();
        source.statusesOf(PROJECT, Set.of(F1, F2));

        assertThat(first).isEqualTo(Map.of(F1, "A20", F2, "A20"));
        assertThat(second).isEqualTo(Map.of(F1, "A20", F2, "A30")); // an unwatched feature is not reported
        List<RecordedRequest> requests = calm.apiRequests();
        assertThat(requests).hasSize(3);
        assertThat(filter(requests.get(0))).startsWith("uuid in (").contains(F1).contains(F2);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.getUrl().queryParameter("projectId")).isEqualTo(PROJECT);
            assertThat(r.getUrl().queryParameter("$select")).isEqualTo("uuid,statusCode,modifiedAt");
        });
        // Cloud ALM's own timestamps, moved on by the changes that came in (watched or not)
        assertThat(filter(requests.get(1))).isEqualTo("modifiedAt ge 2026-03-01T09:30:00.250Z");
        assertThat(filter(requests.get(2))).isEqualTo("modifiedAt ge 2026-03-01T10:00:06Z");
    }

    @Test
    void requestCostMatchesWhatTheNextCallSends() {
        int perRequest = client.features().maxUuidsPerRequest(ClientFeatureStatusSource.SELECT);
        Set<String> many = new LinkedHashSet<>();
        for (int i = 0; i < perRequest + 1; i++) {
            many.add(new UUID(0x1111111111114111L, 0x8111000000000000L + i).toString());
        }
        assertThat(source.requestCost(PROJECT, many)).isEqualTo(2);
        answer(feature(many.iterator().next(), "A20", "2026-03-01T09:00:00Z"));
        answer();
        source.statusesOf(PROJECT, many);
        assertThat(calm.apiRequests()).hasSize(2);

        // the features not found are looked for again, in full; the found one only through the change query
        assertThat(source.requestCost(PROJECT, many)).isEqualTo(1 + 1);
        assertThat(source.requestCost(PROJECT, Set.of(many.iterator().next()))).isEqualTo(1);

        // a feature joins: it and the ones never found are read in full (two requests), plus the change query
        Set<String> more = new LinkedHashSet<>(many);
        more.add(F3);
        assertThat(source.requestCost(PROJECT, more)).isEqualTo(2 + 1);
        for (int i = 0; i < 3; i++) {
            answer();
        }
        source.statusesOf(PROJECT, more);
        assertThat(calm.apiRequests()).hasSize(2 + 3);
    }

    @Test
    void readsEverythingAgainWhenTheFullReadIsDueAndForgetsFeaturesThatAreGone() {
        answer(feature(F1, "A20", "2026-03-01T09:00:00Z"), feature(F2, "A20", "2026-03-01T09:00:00Z"));
        source.statusesOf(PROJECT, Set.of(F1, F2));
        clock.advance(Duration.ofMinutes(10));
        assertThat(source.requestCost(PROJECT, Set.of(F1, F2))).isEqualTo(1);

        answer(feature(F1, "A30", "2026-03-01T10:05:00Z")); // F2 was deleted
        Map<String, String> statuses = source.statusesOf(PROJECT, Set.of(F1, F2));

        assertThat(statuses).isEqualTo(Map.of(F1, "A30"));
        assertThat(filter(calm.lastApiRequest())).startsWith("uuid in (");
    }

    @Test
    void fallsBackToFullReadsWhenTheTenantRefusesTheChangeQuery() {
        answer(feature(F1, "A20", "2026-03-01T09:00:00Z"));
        source.statusesOf(PROJECT, Set.of(F1));
        calm.enqueue(400, "{\"error\":{\"code\":\"BAD_REQUEST\",\"message\":\"modifiedAt is not filterable\"}}");
        answer(feature(F1, "A30", "2026-03-01T10:01:00Z"));

        Map<String, String> statuses = source.statusesOf(PROJECT, Set.of(F1));

        assertThat(statuses).isEqualTo(Map.of(F1, "A30"));
        answer(feature(F1, "A30", "2026-03-01T10:01:00Z"));
        source.statusesOf(PROJECT, Set.of(F1));
        List<RecordedRequest> requests = calm.apiRequests();
        assertThat(requests).hasSize(4);
        assertThat(filter(requests.get(1))).startsWith("modifiedAt ge");
        assertThat(filter(requests.get(2))).startsWith("uuid in (");
        assertThat(filter(requests.get(3))).startsWith("uuid in (");
    }

    @Test
    void readsInFullEveryTimeWhenFeaturesComeWithoutModifiedAt() {
        answer(feature(F1, "A20", null));
        answer(feature(F1, "A30", null));

        source.statusesOf(PROJECT, Set.of(F1));
        Map<String, String> statuses = source.statusesOf(PROJECT, Set.of(F1));

        assertThat(statuses).isEqualTo(Map.of(F1, "A30"));
        assertThat(calm.apiRequests()).allSatisfy(r -> assertThat(filter(r)).startsWith("uuid in ("));
    }

    @Test
    void neverSendsAMalformedUuidItIsReportedMissing() {
        answer(feature(F1, "A20", "2026-03-01T09:00:00Z"));

        Map<String, String> statuses = source.statusesOf(PROJECT, new LinkedHashSet<>(List.of(F1, "6-123")));

        assertThat(statuses).isEqualTo(Map.of(F1, "A20"));
        assertThat(filter(calm.lastApiRequest())).isEqualTo("uuid in (" + F1 + ")");
    }

    @Test
    void aProjectIdThatIsNoGuidFailsPermanentlyWithoutARequest() {
        assertThatThrownBy(() -> source.statusesOf("Order-to-Cash", Set.of(F1)))
                .isInstanceOfSatisfying(StatusQueryException.class, e -> {
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e.getMessage()).contains("'Order-to-Cash' is not a Cloud ALM project ID");
                });
        assertThat(calm.apiRequests()).isEmpty();
    }

    @Test
    void throttlingIsTransientAndCarriesRetryAfter() {
        calm.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build());

        assertThatThrownBy(() -> source.statusesOf(PROJECT, Set.of(F1)))
                .isInstanceOfSatisfying(StatusQueryException.class, e -> {
                    assertThat(e.isPermanent()).isFalse();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
                    assertThat(e.getMessage()).contains("429");
                });
    }

    @Test
    void anOutageIsTransientAndA503WithRetryAfterCountsAsThrottling() {
        calm.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "20").build());
        calm.enqueue(502, "");

        assertThatThrownBy(() -> source.statusesOf(PROJECT, Set.of(F1)))
                .isInstanceOfSatisfying(StatusQueryException.class, e -> {
                    assertThat(e.isPermanent()).isFalse();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(20));
                });
        assertThatThrownBy(() -> source.statusesOf(PROJECT, Set.of(F1)))
                .isInstanceOfSatisfying(StatusQueryException.class, e -> {
                    assertThat(e.isPermanent()).isFalse();
                    assertThat(e.retryAfter()).isEmpty();
                    assertThat(e.getMessage()).contains("502");
                });
    }

    @Test
    void aMissingScopeIsPermanentAndNamesTheScope() {
        calm.enqueue(403, "{\"error\":{\"code\":\"FORBIDDEN\",\"message\":\"insufficient scope\"}}");

        assertThatThrownBy(() -> source.statusesOf(PROJECT, Set.of(F1)))
                .isInstanceOfSatisfying(StatusQueryException.class, e -> {
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e.getMessage()).contains("calm-api.features.read");
                });
    }

    @Test
    void aRefusedTokenIsPermanent() {
        calm.failTokens(new MockResponse.Builder().code(401)
                .body("{\"error\":\"invalid_client\",\"error_description\":\"Bad credentials\"}").build());

        assertThatThrownBy(() -> source.statusesOf(PROJECT, Set.of(F1)))
                .isInstanceOfSatisfying(StatusQueryException.class, e -> {
                    assertThat(e.isPermanent()).isTrue();
                    assertThat(e.getMessage()).contains("uaa.clientsecret").doesNotContain(FakeCloudAlm.SECRET);
                });
    }

    @Test
    void aFailedChangeQueryKeepsWhatWasKnownSoNothingIsSkipped() {
        answer(feature(F1, "A20", "2026-03-01T09:00:00Z"));
        source.statusesOf(PROJECT, Set.of(F1));
        calm.enqueue(502, "");
        assertThatThrownBy(() -> source.statusesOf(PROJECT, Set.of(F1))).isInstanceOf(StatusQueryException.class);
        answer(feature(F1, "A30", "2026-03-01T10:01:00Z"));

        assertThat(source.statusesOf(PROJECT, Set.of(F1))).isEqualTo(Map.of(F1, "A30"));
        List<RecordedRequest> requests = new ArrayList<>(calm.apiRequests());
        assertThat(filter(requests.get(2))).isEqualTo(filter(requests.get(1))); // the same watermark again
    }
}
