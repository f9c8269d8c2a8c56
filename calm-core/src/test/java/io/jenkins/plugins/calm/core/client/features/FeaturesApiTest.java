package io.jenkins.plugins.calm.core.client.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.RequestRejectedException;
import io.jenkins.plugins.calm.core.client.UnexpectedResponseException;
import io.jenkins.plugins.calm.core.client.odata.ODataFilter;
import io.jenkins.plugins.calm.core.client.odata.ODataPage;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeaturesApiTest {

    private static final String PROJECT = "3532c9fd-0000-4000-8000-000000000001";
    private static final String UUID1 = "9f0c1d2e-3b4a-4c5d-8e6f-000000000001";
    private static final String STATUSES = "{\"value\":[{\"code\":\"CS1\",\"name\":\"In Specification\"},"
            + "{\"code\":\"CS2\",\"name\":\"In Implementation\"},{\"code\":\"CS3\",\"name\":\"In Testing\"},"
            + "{\"code\":\"CS4\",\"name\":\"Successfully Tested\"},{\"code\":\"CS5\",\"name\":\"Ready for Production\"},"
            + "{\"code\":\"CS6\",\"name\":\"Deployed\"},{\"code\":\"CS0\",\"name\":\"Not Planned\"}]}";

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

    static String feature(String uuid, String displayId, String statusCode) {
        return "{\"uuid\":\"" + uuid + "\",\"displayId\":\"" + displayId + "\",\"title\":\"Feature " + displayId
                + "\",\"projectId\":\"" + PROJECT + "\",\"statusCode\":\"" + statusCode + "\",\"priorityCode\":20,"
                + "\"tags\":[\"a\",\"b\"],\"createdAt\":\"2026-01-10T09:12:00Z\","
                + "\"modifiedAt\":\"2026-02-01T14:03:11.123+01:00\",\"toProject\":{\"name\":\"P\"},\"universalId\":\"u-1\"}";
    }

    @Test
    void listsAcrossThreePagesFollowingBothNextLinkSpellings() {
        String page3 = calm.server().url("/api/calm-features/v1/Features?projectId=" + PROJECT + "&$skiptoken=2")
                .toString();
        calm.enqueueJson("{\"@count\":\"5\",\"@nextLink\":\"Features?projectId=" + PROJECT + "&$skiptoken=1\","
                + "\"value\":[" + feature(UUID1, "6-1", "CS1") + "," + feature(uuid(2), "6-2", "CS1") + "]}");
        calm.enqueueJson("{\"@odata.nextLink\":\"" + page3 + "\",\"value\":[" + feature(uuid(3), "6-3", "CS2") + ","
                + feature(uuid(4), "6-4", "CS2") + "]}");
        calm.enqueueJson("{\"value\":[" + feature(uuid(5), "6-5", "CS3") + "]}");

        List<Feature> all = client.features().listAll(FeatureQuery.builder().projectId(PROJECT).count(true).build());

        assertThat(all).extracting(Feature::displayId).containsExactly("6-1", "6-2", "6-3", "6-4", "6-5");
        List<RecordedRequest> requests = calm.apiRequests();
        assertThat(requests.get(0).getUrl().queryParameter("projectId")).isEqualTo(PROJECT);
        assertThat(requests.get(0).getUrl().queryParameter("$count")).isEqualTo("true");
        assertThat(requests.get(1).getUrl().queryParameter("$skiptoken")).isEqualTo("1");
        assertThat(requests.get(1).getUrl().encodedPath()).isEqualTo("/api/calm-features/v1/Features");
        assertThat(requests.get(2).getUrl().queryParameter("$skiptoken")).isEqualTo("2");
    }

    @Test
    void onePageCarriesTheCountAndTheNextLink() {
        calm.enqueueJson("{\"@odata.count\":7,\"@nextLink\":\"Features?$skip=1\",\"value\":[" + feature(UUID1, "6-1",
                "CS1") + "]}");
        calm.enqueueJson("{\"value\":[]}");

        ODataPage<Feature> page = client.features().list(FeatureQuery.builder().projectId(PROJECT)
                .filter(ODataFilter.eq("title", "it's")).orderBy("modifiedAt desc").top(1).skip(0).count(true).build());

        assertThat(page.count()).hasValue(7);
        assertThat(page.items()).hasSize(1);
        assertThat(client.features().nextPage(page).orElseThrow().items()).isEmpty();
        RecordedRequest request = calm.apiRequests().get(0);
        assertThat(request.getUrl().queryParameter("$filter")).isEqualTo("title eq 'it''s'");
        assertThat(request.getUrl().queryParameter("$orderby")).isEqualTo("modifiedAt desc");
        assertThat(request.getUrl().queryParameter("$top")).isEqualTo("1");
        assertThat(request.getUrl().queryParameter("$skip")).isEqualTo("0");
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        calm.enqueueJson("{\"@nextLink\":\"https://evil.example.com/steal\",\"value\":[]}");

        assertThatThrownBy(() -> client.features().listAll(FeatureQuery.ofProject(PROJECT)))
                .isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("evil.example.com")
                .hasMessageContaining("not followed");
        assertThat(calm.apiRequests()).hasSize(1);
    }

    @Test
    void readsEveryDocumentedFieldAndKeepsUnknownOnes() {
        calm.enqueueJson(feature(UUID1, "6-123", "CS3"));

        Feature feature = client.features().get(UUID1);

        assertThat(calm.lastApiRequest().getUrl().encodedPath()).isEqualTo("/api/calm-features/v1/Features/" + UUID1);
        assertThat(feature.uuid()).isEqualTo(UUID1);
        assertThat(feature.projectId()).isEqualTo(PROJECT);
        assertThat(feature.statusCode()).isEqualTo("CS3");
        assertThat(feature.priorityCode()).isEqualTo("20");
        assertThat(feature.tags()).containsExactly("a", "b");
        assertThat(feature.createdAt()).isEqualTo(Instant.parse("2026-01-10T09:12:00Z"));
        assertThat(feature.modifiedAt()).isEqualTo(Instant.parse("2026-02-01T13:03:11.123Z"));
        assertThat(feature.unknownFields()).containsOnlyKeys("toProject", "universalId");
        assertThat(feature.text("universalId")).isEqualTo("u-1");
        assertThat(feature.uiLink("https://acme.eu10.alm.cloud.sap")).isEqualTo("https://acme.eu10.alm.cloud.sap/"
                + "launchpad#feature-display?sap-ui-app-id-hint=com.sap.calm.imp.cdm.features.ui&/details/6-123");
    }

    @Test
    void findsAFeatureByDisplayId() {
        calm.enqueueJson("{\"value\":[" + feature(UUID1, "6-123", "CS1") + "]}");
        calm.enqueueJson("{\"value\":[]}");

        assertThat(client.features().findByDisplayId("6-123")).map(Feature::uuid).contains(UUID1);
        assertThat(client.features().findByDisplayId(PROJECT, "6-999")).isEmpty();

        RecordedRequest first = calm.apiRequests().get(0);
        assertThat(first.getUrl().queryParameter("$filter")).isEqualTo("displayId eq '6-123'");
        assertThat(first.getUrl().queryParameter("$top")).isEqualTo("1");
        assertThat(first.getUrl().queryParameter("projectId")).isNull();
        assertThat(calm.apiRequests().get(1).getUrl().queryParameter("projectId")).isEqualTo(PROJECT);
    }

    @Test
    void createsAFeature() {
        calm.enqueue(201, feature(UUID1, "6-7", "CS1"));

        Feature created = client.features().create(FeatureDraft.builder(PROJECT, "Credit check")
                .description("<p>x</p>").priorityCode("20").build());

        assertThat(created.displayId()).isEqualTo("6-7");
        RecordedRequest post = calm.lastApiRequest();
        assertThat(post.getMethod()).isEqualTo("POST");
        assertThat(post.getBody().utf8()).isEqualTo("{\"title\":\"Credit check\",\"projectId\":\"" + PROJECT
                + "\",\"description\":\"<p>x</p>\",\"priorityCode\":\"20\"}");
    }

    @Test
    void aCreateAnsweredWithoutBodyIsReadFromTheLocation() {
        calm.enqueue(new MockResponse.Builder().code(201).addHeader("Location", "Features/" + UUID1).build());
        calm.enqueueJson(feature(UUID1, "6-7", "CS1"));

        assertThat(client.features().create(FeatureDraft.builder(PROJECT, "x").build()).uuid()).isEqualTo(UUID1);
        assertThat(calm.lastApiRequest().getUrl().encodedPath()).isEqualTo("/api/calm-features/v1/Features/" + UUID1);
    }

    @Test
    void updateUsesTheReturnedEntityOrReadsAgainAfter204() {
        calm.enqueueJson(feature(UUID1, "6-1", "CS2"));
        calm.enqueue(new MockResponse.Builder().code(204).build());
        calm.enqueueJson(feature(UUID1, "6-1", "CS3"));

        Feature first = client.features().update(UUID1, FeaturePatch.builder().title("New").responsibleId(null)
                .build());
        Feature second = client.features().update(UUID1, FeaturePatch.builder().statusCode("CS3").build());

        assertThat(first.statusCode()).isEqualTo("CS2");
        assertThat(second.statusCode()).isEqualTo("CS3");
        List<RecordedRequest> requests = calm.apiRequests();
        assertThat(requests.get(0).getMethod()).isEqualTo("PATCH");
        assertThat(requests.get(0).getBody().utf8()).isEqualTo("{\"title\":\"New\",\"responsibleId\":null}");
        assertThat(requests.get(1).getBody().utf8()).isEqualTo("{\"statusCode\":\"CS3\"}");
        assertThat(requests.get(2).getMethod()).isEqualTo("GET");
    }

    @Test
    void aStatusNameResolvesThroughTheTenantsCodeListOnce() {
        calm.enqueueJson(STATUSES);

        assertThat(client.features().resolveStatus("In Testing")).isEqualTo("CS3");
        assertThat(client.features().resolveStatus("  in   TESTING ")).isEqualTo("CS3");
        assertThat(client.features().resolveStatus("ready for production")).isEqualTo("CS5");
        assertThat(client.features().resolveStatus("CS6")).isEqualTo("CS6");
        assertThat(client.features().statusName("CS4")).contains("Successfully Tested");

        assertThat(calm.apiRequests()).hasSize(1);
        assertThat(calm.lastApiRequest().getUrl().encodedPath()).isEqualTo("/api/calm-features/v1/FeatureStatus");
    }

    @Test
    void anUnknownStatusNameListsTheValidNames() {
        calm.enqueueJson(STATUSES);
        calm.enqueueJson(STATUSES);

        client.features().statuses();
        assertThatThrownBy(() -> client.features().resolveStatus("Done"))
                .isInstanceOf(UnknownStatusException.class)
                .hasMessageContaining("\"Done\"")
                .hasMessageContaining("In Specification, In Implementation, In Testing, Successfully Tested, "
                        + "Ready for Production, Deployed, Not Planned")
                .satisfies(e -> assertThat(((UnknownStatusException) e).validNames()).hasSize(7));
        // the cached list was read once more before giving up, in case the tenant changed it
        assertThat(calm.apiRequests()).hasSize(2);
    }

    @Test
    void prioritiesAreACachedCodeListToo() {
        calm.enqueueJson("{\"value\":[{\"code\":10,\"name\":\"Very High\"},{\"code\":20,\"name\":\"High\"}]}");

        assertThat(client.features().priorities()).extracting(CodeListEntry::code).containsExactly("10", "20");
        assertThat(client.features().priorityName("20")).contains("High");
        assertThat(calm.apiRequests()).hasSize(1);
    }

    @Test
    void switchStatusResolvesTheNameAndExplainsARefusal() {
        calm.enqueueJson(STATUSES);
        calm.enqueueJson(feature(UUID1, "6-1", "CS3"));
        calm.enqueue(400, "{\"error\":{\"code\":\"SWITCH_NOT_ALLOWED\",\"message\":\"Status switch not enabled\"}}");
        calm.enqueueJson(feature(UUID1, "6-1", "CS1"));

        assertThat(client.features().switchStatus(UUID1, "in testing").statusCode()).isEqualTo("CS3");
        assertThat(calm.apiRequests().get(1).getBody().utf8()).isEqualTo("{\"statusCode\":\"CS3\"}");

        assertThatThrownBy(() -> client.features().switchStatus(UUID1, "Deployed"))
                .isInstanceOf(RequestRejectedException.class)
                .hasMessageContaining("from \"In Specification\" to \"Deployed\"")
                .hasMessageContaining("SWITCH_NOT_ALLOWED: Status switch not enabled");
    }

    @Test
    void listsByManyUuidsInChunksThatKeepUrlsShort() {
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            uuids.add(uuid(i));
        }
        List<List<String>> chunks = client.features().chunkByUrlLength(PROJECT, uuids, List.of());
        for (List<String> chunk : chunks) {
            StringBuilder value = new StringBuilder();
            for (String id : chunk) {
                value.append(value.length() == 0 ? "" : ",").append(feature(id, "6-x", "CS1"));
            }
            calm.enqueueJson("{\"value\":[" + value + "]}");
        }

        List<Feature> found = client.features().listByUuids(PROJECT, uuids);

        assertThat(chunks.size()).isBetween(3, 10);
        assertThat(found).extracting(Feature::uuid).containsExactlyElementsOf(uuids);
        Set<String> asked = new HashSet<>();
        for (RecordedRequest request : calm.apiRequests()) {
            assertThat(request.getUrl().toString().length()).isLessThanOrEqualTo(FeaturesApi.MAX_URL_LENGTH);
            assertThat(request.getUrl().queryParameter("projectId")).isEqualTo(PROJECT);
            String filter = request.getUrl().queryParameter("$filter");
            assertThat(filter).startsWith("uuid in (").endsWith(")");
            asked.addAll(List.of(filter.substring("uuid in (".length(), filter.length() - 1).split(",")));
        }
        assertThat(asked).containsExactlyInAnyOrderElementsOf(uuids);
    }

    @Test
    void aNarrowLookupSelectsItsPropertiesAndSaysBeforehandHowManyRequestsItTakes() {
        List<String> select = List.of("uuid", "statusCode");
        int perRequest = client.features().maxUuidsPerRequest(select);
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < 2 * perRequest + 1; i++) {
            uuids.add(uuid(i));
        }
        for (int i = 0; i < 3; i++) {
            calm.enqueueJson("{\"value\":[]}");
        }

        client.features().listByUuids(PROJECT, uuids, select);

        assertThat(perRequest).isBetween(50, 200);
        assertThat(calm.apiRequests()).hasSize(3); // exactly ceil(n / perRequest)
        assertThat(calm.apiRequests()).allSatisfy(request -> {
            assertThat(request.getUrl().queryParameter("$select")).isEqualTo("uuid,statusCode");
            assertThat(request.getUrl().toString().length()).isLessThanOrEqualTo(FeaturesApi.MAX_URL_LENGTH);
        });
        assertThat(client.features().chunkByUrlLength(PROJECT, uuids.subList(0, perRequest), select)).hasSize(1);
        assertThat(client.features().chunkByUrlLength(PROJECT, uuids.subList(0, perRequest + 1), select)).hasSize(2);
    }

    @Test
    void selectAcceptsPropertyNamesOnly() {
        assertThatThrownBy(() -> FeatureQuery.builder().select(List.of("uuid", "statusCode&$top=1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statusCode&$top=1");
    }

    @Test
    void listsFeaturesModifiedAfterAnInstant() {
        calm.enqueueJson("{\"value\":[]}");

        client.features().listModifiedAfter(PROJECT, Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(calm.lastApiRequest().getUrl().queryParameter("$filter"))
                .isEqualTo("modifiedAt gt 2026-03-01T10:00:00Z");
    }

    private static String uuid(int i) {
        return new UUID(0x9f0c1d2e3b4a4c5dL, 0x8e6f000000000000L + i).toString();
    }
}
