package io.jenkins.plugins.calm.it.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.calm.core.client.AuthenticationFailedException;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.ConnectionCheck;
import io.jenkins.plugins.calm.core.client.MissingScopeException;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.tms.TmsNodeRequest;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.testing.ManualClock;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Service key, OAuth token handling and scopes of calm-core against the sandbox's emulated XSUAA. */
class AuthenticationContractTest {

    private static final String TOKEN_ROUTE = "POST /uaa/oauth/token";
    private static final String FEATURE_ROUTE = "GET /api/calm-features/v1/Features/{uuid}";
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    static Path files;

    @Test
    void theServiceKeyTheSandboxHandsOutIsUsableAsItIs() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            CloudAlmSandbox sandbox = connection.sandbox();
            ServiceKey key = ServiceKey.parse(sandbox.serviceKeyJson());

            assertThat(key.apiUrl()).isEqualTo(sandbox.baseUrl() + "/api");
            assertThat(key.tokenUrl()).isEqualTo(sandbox.baseUrl() + "/uaa/oauth/token");
            assertThat(key.uiRoot()).isEqualTo(sandbox.baseUrl());
            assertThat(key.clientId()).isEqualTo(CloudAlmSandbox.DEFAULT_CLIENT_ID);
            assertThat(key.isX509()).isFalse();
            assertThat(key.identityZone()).contains("calm-sandbox");
            assertThat(key.credentialType()).contains("binding-secret");
            assertThat(key.toString()).doesNotContain(key.clientSecret());

            ConnectionCheck check = connection.client().checkConnection();
            assertThat(check.projectCount()).isEqualTo(2);
            assertThat(check.missingScopes()).contains(List.of());
            assertThat(check.summary()).contains("2 projects", "All scopes the plugin uses are granted");
        }
    }

    @Test
    void oneTokenServesManyCalls() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            String uuid = uuidOf("6-1");
            for (int i = 0; i < 25; i++) {
                connection.client().features().get(uuid);
            }

            assertThat(connection.requests(TOKEN_ROUTE, 200)).isEqualTo(1);
            assertThat(connection.requests(FEATURE_ROUTE, 200)).isEqualTo(25);
        }
    }

    @Test
    void aShortLivedTokenIsRenewedBeforeItExpires() throws Exception {
        ManualClock clock = new ManualClock(START);
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.clock(clock).tokenTtl(Duration.ofSeconds(30)),
                client -> client.clock(clock).tokenExpiryMargin(Duration.ofSeconds(5)))) {
            String uuid = uuidOf("6-1");
            connection.client().features().get(uuid);
            clock.advance(Duration.ofSeconds(26));
            connection.client().features().get(uuid);

            assertThat(connection.requests(TOKEN_ROUTE, 200)).isEqualTo(2);
            assertThat(connection.requests(FEATURE_ROUTE, 401)).isZero();
            assertThat(connection.requests(FEATURE_ROUTE, 200)).isEqualTo(2);
        }
    }

    @Test
    void aTokenThatExpiredOnTheServerIsReplacedAndTheCallRepeatedTransparently() throws Exception {
        ManualClock sandboxClock = new ManualClock(START);
        Clock clientClock = Clock.fixed(START, ZoneOffset.UTC); // the client believes its token is still fresh
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.clock(sandboxClock).tokenTtl(Duration.ofSeconds(2)),
                client -> client.clock(clientClock).tokenExpiryMargin(Duration.ZERO))) {
            String uuid = uuidOf("6-2");
            connection.client().features().get(uuid);
            sandboxClock.advance(Duration.ofSeconds(3));

            Feature feature = connection.client().features().get(uuid);

            assertThat(feature.displayId()).isEqualTo("6-2");
            assertThat(connection.requests(FEATURE_ROUTE, 401)).isEqualTo(1);
            assertThat(connection.requests(FEATURE_ROUTE, 200)).isEqualTo(2);
            assertThat(connection.requests(TOKEN_ROUTE, 200)).isEqualTo(2);
        }
    }

    @Test
    void aTokenRevokedEarlyIsReplacedTransparently() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            connection.client().projects().list();
            connection.sandbox().faults("token-expiry,count=1,path=/api/calm-projects/**");

            assertThat(connection.client().projects().list()).hasSize(2);
            assertThat(connection.requests("GET /api/calm-projects/v1/projects", 401)).isEqualTo(1);
            assertThat(connection.requests(TOKEN_ROUTE, 200)).isEqualTo(2);
        }
    }

    @Test
    void aTokenTheServerKeepsRefusingIsRenewedOnceAndThenReported() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.faults("token-expiry,path=/api/calm-projects/**"))) {
            AuthenticationFailedException failure = catchThrowableOfType(AuthenticationFailedException.class,
                    () -> connection.client().projects().list());

            assertThat(failure.statusCode()).isEqualTo(401);
            assertThat(failure.getMessage()).contains("refused a freshly issued access token");
            assertThat(connection.requests("GET /api/calm-projects/v1/projects", 401)).isEqualTo(2);
            assertThat(connection.requests(TOKEN_ROUTE, 200)).isEqualTo(2);
        }
    }

    @Test
    void anOutageOfTheTokenServiceIsRetried() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.faults("503,path=/uaa/**,count=2"))) {
            assertThat(connection.client().projects().list()).hasSize(2);

            assertThat(connection.requests(TOKEN_ROUTE, 503)).isEqualTo(2);
            assertThat(connection.requests(TOKEN_ROUTE, 200)).isEqualTo(1);
        }
    }

    @Test
    void theConnectionCheckNamesTheScopesTheKeyLacks() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.scopes(List.of(Scopes.FEATURES_READ, Scopes.PROJECTS_READ, Scopes.CDM_DISPLAY)))) {
            ConnectionCheck check = connection.client().checkConnection();

            assertThat(check.missingScopes()).contains(
                    List.of(Scopes.FEATURES_WRITE, Scopes.TASKS_WRITE, Scopes.CDM_MANAGE));
            assertThat(check.summary()).contains("Missing scopes: calm-api.features.write");
        }
    }

    @Test
    void aWrongClientSecretFailsAuthenticationWithoutShowingTheSecret() throws Exception {
        String wrongSecret = "not-the-sandbox-secret-4711";
        try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
            ServiceKey good = ServiceKey.parse(sandbox.serviceKeyJson());
            ServiceKey wrong = ServiceKey.manual(good.tokenUrl(), good.clientId(), wrongSecret, good.apiUrl());
            try (CloudAlmClient client = CloudAlmClient.create(wrong, ClientSettings.defaults())) {
                AuthenticationFailedException failure = catchThrowableOfType(AuthenticationFailedException.class,
                        () -> client.features().statuses());

                assertThat(failure.statusCode()).isEqualTo(401);
                assertThat(failure.getMessage()).contains("uaa.clientsecret", "/uaa/oauth/token")
                        .doesNotContain(wrongSecret).doesNotContain(good.clientSecret());
            }
            assertThat(sandbox.requestCounts()).containsOnlyKeys(TOKEN_ROUTE);
        }
    }

    static Stream<Arguments> scopedCalls() {
        Path mta = files.resolve("app.mtar");
        return Stream.of(
                Arguments.of(Scopes.FEATURES_READ, call(c -> c.features().findByDisplayId("6-1"))),
                Arguments.of(Scopes.FEATURES_WRITE, call(c -> c.features().switchStatus(uuidOf("6-1"), "In Testing"))),
                Arguments.of(Scopes.PROJECTS_READ, call(c -> c.projects().list())),
                Arguments.of(Scopes.TASKS_READ, call(c -> c.tasks().comments(creditLimitStory()))),
                Arguments.of(Scopes.TASKS_WRITE, call(c -> c.tasks().addComment(creditLimitStory(), "Deployed"))),
                Arguments.of(Scopes.CDM_DISPLAY, call(c -> c.transportManagement().nodes())),
                Arguments.of(Scopes.CDM_MANAGE, call(c -> {
                    write(mta);
                    c.transportManagement().uploadFile(mta, "jenkins");
                })));
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("scopedCalls")
    void aMissingScopeIsNamed(String scope, Consumer<CloudAlmClient> call) throws Exception {
        List<String> reduced = new ArrayList<>(Scopes.ALL);
        reduced.remove(scope);
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.scopes(reduced))) {
            MissingScopeException failure = catchThrowableOfType(MissingScopeException.class,
                    () -> call.accept(connection.client()));

            assertThat(failure).as("calling without %s", scope).isNotNull();
            assertThat(failure.scope()).isEqualTo(scope);
            assertThat(failure.statusCode()).isEqualTo(403);
            assertThat(failure.getMessage()).contains("\"" + scope + "\"", "$XSMASTERAPPNAME." + scope)
                    .doesNotContain("..");
        }
    }

    private static Consumer<CloudAlmClient> call(Consumer<CloudAlmClient> call) {
        return call;
    }

    /** The demo seed's IDs are derived from names, so they are known without asking. */
    static String uuidOf(String displayId) {
        return DemoData.id("feature/" + displayId.substring(displayId.indexOf('-') + 1)).toString();
    }

    static String creditLimitStory() {
        return DemoData.id("task/credit-limit").toString();
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "an MTA archive");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
