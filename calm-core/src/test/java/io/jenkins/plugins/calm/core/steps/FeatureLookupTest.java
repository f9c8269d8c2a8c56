package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeatureLookupTest {
    private static final String UUID = "3f2a6c1e-8d4b-4c2a-9e1f-0a1b2c3d4e5f";
    private static final String PROJECT = "aaaaaaaa-8d4b-4c2a-9e1f-0a1b2c3d4e5f";

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

    private static ResolvedFeature named(String id) {
        return new ResolvedFeature(FeatureId.parse(id, "test"), "the step's feature parameter");
    }

    @Test
    void aDisplayIdIsLookedUpInTheDefaultProjectWithItsStatusNameAndLink() {
        calm.enqueueJson("{\"value\":[{\"uuid\":\"" + UUID + "\",\"displayId\":\"6-1\",\"title\":\"Credit check\","
                + "\"projectId\":\"" + PROJECT + "\",\"statusCode\":\"CS3\"}]}");
        calm.enqueueJson("{\"value\":[{\"code\":\"CS3\",\"name\":\"In Testing\"}]}");

        FeatureSummary feature = new FeatureLookup(client, PROJECT).find(named("6-1"));

        assertThat(feature).isEqualTo(new FeatureSummary(UUID, "6-1", "Credit check", PROJECT, "CS3", "In Testing",
                calm.server().url("/").toString().replaceAll("/$", "")
                        + "/launchpad#feature-display?sap-ui-app-id-hint=com.sap.calm.imp.cdm.features.ui&/details/6-1"));
        assertThat(calm.apiRequests().get(0).getUrl().queryParameter("projectId")).isEqualTo(PROJECT);
        assertThat(feature.label()).isEqualTo("6-1");
    }

    @Test
    void aUuidIsReadDirectly() {
        calm.enqueueJson("{\"uuid\":\"" + UUID + "\",\"projectId\":\"" + PROJECT + "\",\"statusCode\":\"X\"}");
        calm.enqueueJson("{\"value\":[]}");

        FeatureSummary feature = new FeatureLookup(client, null).find(named(UUID));

        assertThat(feature.statusName()).isEqualTo("X");
        assertThat(feature.label()).isEqualTo(UUID);
        assertThat(FakeCloudAlm.target(calm.apiRequests().get(0))).isEqualTo("/api/calm-features/v1/Features/" + UUID);
    }

    @Test
    void aDefaultProjectGivenByNameIsLookedUpOnce() {
        calm.enqueueJson("[{\"id\":\"" + PROJECT + "\",\"name\":\"S/4 Rollout\"}]");
        calm.enqueueJson("{\"value\":[{\"uuid\":\"" + UUID + "\",\"projectId\":\"" + PROJECT + "\",\"statusCode\":\"CS3\"}]}");
        calm.enqueueJson("{\"value\":[]}");
        calm.enqueueJson("{\"value\":[{\"uuid\":\"" + UUID + "\",\"projectId\":\"" + PROJECT + "\"}]}");
        FeatureLookup lookup = new FeatureLookup(client, "s/4 rollout");

        lookup.find(named("6-1"));
        lookup.find(named("6-1"));

        assertThat(calm.apiRequests()).hasSize(4);
        assertThat(calm.apiRequests().get(3).getUrl().queryParameter("projectId")).isEqualTo(PROJECT);
    }

    @Test
    void anUnknownDefaultProjectNameListsTheVisibleProjects() {
        calm.enqueueJson("[{\"id\":\"" + PROJECT + "\",\"name\":\"S/4 Rollout\"}]");

        assertThatThrownBy(() -> new FeatureLookup(client, "Rollout").find(named("6-1")))
                .isInstanceOf(StepFailureException.class)
                .hasMessage("The connection's default project 'Rollout' is neither a project ID nor the name of a"
                        + " project this service key can see (S/4 Rollout). Correct it in the connection's settings.");
    }

    @Test
    void anUnknownFeatureSaysWhereItWasNamedAndWhereItWasSought() {
        calm.enqueueJson("{\"value\":[]}");
        assertThatThrownBy(() -> new FeatureLookup(client, PROJECT).find(named("6-404")))
                .isInstanceOf(StepFailureException.class)
                .hasMessageStartingWith("Cloud ALM has no feature 6-404 in project " + PROJECT + " (the connection's default"
                        + " project) that this service key can see; it was named by the step's feature parameter.");

        calm.enqueue(404, "");
        assertThatThrownBy(() -> new FeatureLookup(client, null).find(named(UUID)))
                .hasMessageStartingWith("Cloud ALM has no feature " + UUID + " that this service key can see");
    }
}
