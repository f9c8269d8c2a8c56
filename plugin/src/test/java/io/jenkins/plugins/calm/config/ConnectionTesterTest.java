package io.jenkins.plugins.calm.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.TestServiceKeys;
import io.jenkins.plugins.calm.client.ClientConfiguration;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.credentials.ServiceKeySources;
import io.jenkins.plugins.calm.form.FieldCheck;
import io.jenkins.plugins.calm.form.FieldCheck.Severity;
import java.io.IOException;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Test Connection" against a local stand-in for the token service and the Projects API. */
class ConnectionTesterTest {

    private static final String ALL_SCOPES = "sapcloudalm!b1.calm-api.features.read sapcloudalm!b1.calm-api.features.write "
            + "sapcloudalm!b1.calm-api.projects.read sapcloudalm!b1.calm-api.tasks.write "
            + "sapcloudalm!b1.imp-cdm-feature-manage-ui";

    private final MockWebServer server = new MockWebServer();
    private String tokenResponse;
    private MockResponse projectsResponse;

    @BeforeEach
    void start() throws IOException {
        tokenResponse = token(ALL_SCOPES);
        projectsResponse = json(200, "[{\"id\":\"3532c9fd-0000-4000-8000-000000000001\",\"name\":\"S/4 rollout\"},"
                + "{\"id\":\"3532c9fd-0000-4000-8000-000000000002\",\"name\":\"BTP apps\"}]");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.equals("/oauth/token")) {
                    return json(200, tokenResponse);
                }
                if (path.equals("/api/calm-projects/v1/projects")) {
                    return projectsResponse;
                }
                return json(404, "{\"error\":{\"code\":\"404\",\"message\":\"no such path\"}}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String localKey() {
        return TestServiceKeys.withSecret(server.url("/api").toString(), server.url("/").toString());
    }

    private FieldCheck test(String serviceKeyJson, String apiUrl, String tokenUrl, String connectTimeout) {
        Function<String, ServiceKey> keys = id -> {
            if (!id.equals("calm-key")) {
                throw ServiceKeySources.notFound(id);
            }
            return ServiceKeySources.fromServiceKeyCredential(id, serviceKeyJson);
        };
        ConnectionTester tester = new ConnectionTester(keys, (key, connection) -> CloudAlmClient.create(
                ClientConfiguration.serviceKey(key, connection),
                ClientConfiguration.settingsForConnectionTest(connection, new OkHttpClient())));
        return tester.test("calm-key", apiUrl, tokenUrl, connectTimeout, "30");
    }

    @Test
    void reportsTenantAndProjectCountWhenAllScopesAreGranted() {
        FieldCheck result = test(localKey(), "", "", "10");

        assertThat(result.severity()).isEqualTo(Severity.OK);
        assertThat(result.message()).isEqualTo("Connected to " + server.getHostName() + ": 2 projects visible. "
                + "All scopes the plugin uses are granted.");
    }

    @Test
    void missingScopesAreAWarningThatNamesThemAndWhatTheyAreFor() {
        tokenResponse = token("sapcloudalm!b1.calm-api.features.read sapcloudalm!b1.calm-api.projects.read");

        FieldCheck result = test(localKey(), "", "", "10");

        assertThat(result.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.message())
                .contains("2 projects visible")
                .contains("calm-api.features.write (to switch feature status and link builds to features)")
                .contains("imp-cdm-feature-manage-ui (to upload to Cloud Transport Management through Cloud ALM)")
                .doesNotContain("calm-api.features.read (");
    }

    @Test
    void unknownScopesAreSaidToBeUnknown() {
        tokenResponse = "{\"access_token\":\"opaque-token\",\"token_type\":\"bearer\",\"expires_in\":3600}";
        projectsResponse = json(200, "[]");

        FieldCheck result = test(localKey(), "", "", "10");

        assertThat(result.severity()).isEqualTo(Severity.OK);
        assertThat(result.message()).contains("no projects visible").contains("did not list the granted scopes");
    }

    @Test
    void aRefusedTokenIsAnErrorThatNeverShowsTheSecret() {
        tokenResponse = null;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return json(401, "{\"error\":\"unauthorized\",\"error_description\":\"Bad credentials\"}");
            }
        });

        FieldCheck result = test(localKey(), "", "", "10");

        assertThat(result.isError()).isTrue();
        assertThat(result.message()).startsWith("Connection test failed: ").doesNotContain(TestServiceKeys.CLIENT_SECRET);
    }

    @Test
    void urlOverridesOfTheFormAreUsedInsteadOfTheKeys() throws InterruptedException {
        FieldCheck result = test(TestServiceKeys.withSecret(), server.url("/api").toString(),
                server.url("/").toString(), "10");

        assertThat(result.severity()).isEqualTo(Severity.OK);
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/oauth/token");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/calm-projects/v1/projects");
    }

    @Test
    void invalidFormValuesAreReportedBeforeAnythingIsSent() {
        FieldCheck result = test(localKey(), "", "", "soon");

        assertThat(result.message()).isEqualTo("Connection test failed: 'soon' is not a usable timeout: enter a whole "
                + "number of seconds from 1 to 600.");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anUnknownCredentialIsReportedByItsId() {
        ConnectionTester tester = new ConnectionTester(id -> {
            throw ServiceKeySources.notFound(id);
        }, (key, connection) -> {
            throw new AssertionError("no client without a key");
        });

        FieldCheck result = tester.test("typo-key", "", "", "10", "30");

        assertThat(result.isError()).isTrue();
        assertThat(result.message()).contains("No credential with the ID 'typo-key'");
    }

    private static String token(String scopes) {
        return "{\"access_token\":\"opaque-token\",\"token_type\":\"bearer\",\"expires_in\":3600,\"scope\":\"" + scopes
                + "\"}";
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
