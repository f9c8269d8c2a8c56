package io.jenkins.plugins.calm.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.features.FeatureDraft;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Creates test data in a sandbox through its emulated Cloud ALM API, as a Cloud ALM user would:
 * projects with {@code POST /calm-projects/v1/projects} (calm-core's client has no project
 * creation, the plugin never creates projects), features with the client.
 */
public final class SandboxSeeder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudAlmClient client;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiUrl;
    private final String tokenUrl;
    private final String basicAuthorization;

    public SandboxSeeder(String serviceKeyJson, CloudAlmClient client) throws IOException {
        this.client = client;
        JsonNode key = JSON.readTree(serviceKeyJson);
        this.apiUrl = key.path("endpoints").path("Api").asText();
        this.tokenUrl = key.path("uaa").path("url").asText() + "/oauth/token";
        this.basicAuthorization = "Basic " + Base64.getEncoder().encodeToString((key.path("uaa").path("clientid").asText()
                + ":" + key.path("uaa").path("clientsecret").asText()).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates a project; returns its ID. */
    public String createProject(String name) throws IOException, InterruptedException {
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Authorization", basicAuthorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        String accessToken = JSON.readTree(token.body()).path("access_token").asText();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/calm-projects/v1/projects"))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("name", name).toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Creating project " + name + " answered " + created.statusCode() + ": "
                    + created.body());
        }
        return JSON.readTree(created.body()).path("id").asText();
    }

    /** Creates {@code count} features in the project, all in the given status (display name). */
    public List<Feature> createFeatures(String projectId, int count, String statusName) {
        String code = client.features().resolveStatus(statusName);
        List<Feature> features = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            features.add(client.features().create(FeatureDraft.builder(projectId, "Feature " + (i + 1))
                    .statusCode(code).build()));
        }
        return features;
    }

    public Feature createFeature(String projectId, String statusName) {
        return createFeatures(projectId, 1, statusName).get(0);
    }
}
