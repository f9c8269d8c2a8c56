package io.jenkins.plugins.calm.core.client.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.odata.ODataFilter;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlmTestBase;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class TransportsAndReferencesTest extends FakeCloudAlmTestBase {

    private static final String FEATURE_UUID = "9f0c1d2e-3b4a-4c5d-8e6f-000000000001";

    @Test
    void findsTheFeatureATransportIsAssignedTo() {
        calm.enqueueJson("{\"uuid\":\"" + FEATURE_UUID + "\",\"displayId\":\"6-5\"}");

        Feature feature = client.transports().parentFeature("S4DK911940");

        assertThat(feature.displayId()).isEqualTo("6-5");
        assertThat(calm.lastApiRequest().getUrl().encodedPath())
                .isEqualTo("/api/calm-features/v1/Transports/S4DK911940/parent");
    }

    @Test
    void anUnassignedTransportIsNotFoundWithAHint() {
        calm.enqueue(404, "");

        assertThatThrownBy(() -> client.transports().parentFeature("QAS_NODE 1234"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Transport \"QAS_NODE 1234\" is unknown to Cloud ALM or not assigned");
        assertThat(calm.lastApiRequest().getUrl().encodedPath()).endsWith("/Transports/QAS_NODE%201234/parent");
    }

    @Test
    void listsTransportsWithTheirFieldsAsSent() {
        calm.enqueueJson("{\"value\":[{\"id\":\"S4DK1\",\"status\":\"released\"},{\"id\":\"S4DK2\"}]}");

        List<Transport> transports = client.transports().list(ODataFilter.eq("id", "S4DK1").or(ODataFilter.eq("id",
                "S4DK2")));

        assertThat(transports).extracting(t -> t.text("id")).containsExactly("S4DK1", "S4DK2");
        assertThat(calm.lastApiRequest().getUrl().queryParameter("$filter")).isEqualTo("id eq 'S4DK1' or id eq 'S4DK2'");
    }

    @Test
    void createsListsAndDeletesUrlReferencesWithTheDefaultMapping() {
        calm.enqueue(201, "{\"id\":\"ref-1\",\"parentUuid\":\"" + FEATURE_UUID + "\",\"name\":\"Jenkins #42\","
                + "\"url\":\"https://ci/job/x/42/\"}");
        calm.enqueueJson("{\"value\":[{\"id\":\"ref-1\",\"parentUuid\":\"" + FEATURE_UUID + "\",\"name\":\"Jenkins #42\","
                + "\"url\":\"https://ci/job/x/42/\"}]}");
        calm.enqueue(new MockResponse.Builder().code(204).build());

        FeatureReference created = client.references().addUrlReference(FEATURE_UUID, "Jenkins #42",
                "https://ci/job/x/42/");
        List<FeatureReference> listed = client.references().urlReferences(FEATURE_UUID);
        client.references().delete(listed.get(0));

        assertThat(created.name()).isEqualTo("Jenkins #42");
        assertThat(listed).singleElement().satisfies(r -> {
            assertThat(r.url()).isEqualTo("https://ci/job/x/42/");
            assertThat(r.parentUuid()).isEqualTo(FEATURE_UUID);
        });
        List<RecordedRequest> requests = calm.apiRequests();
        assertThat(requests.get(0).getBody().utf8()).isEqualTo("{\"parentUuid\":\"" + FEATURE_UUID
                + "\",\"name\":\"Jenkins #42\",\"url\":\"https://ci/job/x/42/\"}");
        assertThat(requests.get(1).getUrl().queryParameter("$filter")).isEqualTo("parentUuid eq " + FEATURE_UUID);
        assertThat(requests.get(2).getMethod()).isEqualTo("DELETE");
        assertThat(requests.get(2).getUrl().encodedPath()).isEqualTo("/api/calm-features/v1/URLReferences/ref-1");
    }

    @Test
    void externalReferencesUseIdAndParentInTheDeletePath() {
        calm.enqueue(new MockResponse.Builder().code(204).build());
        calm.enqueue(new MockResponse.Builder().code(204).build());

        FeatureReference created = client.references().addExternalReference(FEATURE_UUID, "JENKINS-42", "Build 42",
                null);
        client.references().deleteExternalReference("JENKINS-42", FEATURE_UUID);

        assertThat(created.externalId()).isEqualTo("JENKINS-42");
        List<RecordedRequest> requests = calm.apiRequests();
        assertThat(requests.get(0).getBody().utf8()).isEqualTo("{\"id\":\"JENKINS-42\",\"parentUuid\":\""
                + FEATURE_UUID + "\",\"name\":\"Build 42\"}");
        assertThat(requests.get(1).getUrl().encodedPath())
                .isEqualTo("/api/calm-features/v1/ExternalReferences/JENKINS-42/" + FEATURE_UUID);
    }

    @Test
    void aCustomMappingChangesFieldNamesAndPathsWithoutCodeChanges() throws Exception {
        ReferenceMapping mapping = ReferenceMapping.fromProperties(Map.of(
                ReferenceMapping.URL_PARENT, "featureUuid",
                ReferenceMapping.URL_NAME, "title",
                ReferenceMapping.URL_DELETE_PATH, "URLReferences/{uuid}/{featureUuid}"));
        client.close();
        client = calm.client(s -> s.referenceMapping(mapping));
        calm.enqueue(201, "{\"uuid\":\"u-9\",\"featureUuid\":\"" + FEATURE_UUID + "\",\"title\":\"Build\","
                + "\"url\":\"https://ci/1\"}");
        calm.enqueue(new MockResponse.Builder().code(204).build());

        FeatureReference created = client.references().addUrlReference(FEATURE_UUID, "Build", "https://ci/1");
        client.references().delete(created);

        assertThat(created.name()).isEqualTo("Build");
        assertThat(calm.apiRequests().get(0).getBody().utf8()).isEqualTo("{\"featureUuid\":\"" + FEATURE_UUID
                + "\",\"title\":\"Build\",\"url\":\"https://ci/1\"}");
        assertThat(calm.apiRequests().get(1).getUrl().encodedPath())
                .isEqualTo("/api/calm-features/v1/URLReferences/u-9/" + FEATURE_UUID);
    }

    @Test
    void aMappingRejectsUnknownKeysAndUnsafeValues() {
        assertThatThrownBy(() -> ReferenceMapping.fromProperties(Map.of("url.parent", "x")))
                .hasMessageContaining("url.parentField");
        assertThatThrownBy(() -> ReferenceMapping.fromProperties(Map.of(ReferenceMapping.URL_NAME, "a b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferenceMapping.fromProperties(Map.of(ReferenceMapping.URL_DELETE_PATH,
                "../x/{id}"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReferenceMapping.fromProperties(Map.of(ReferenceMapping.URL_NAME, " ")))
                .isEqualTo(ReferenceMapping.defaults());
    }
}
