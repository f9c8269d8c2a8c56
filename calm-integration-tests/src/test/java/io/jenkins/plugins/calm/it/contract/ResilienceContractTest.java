package io.jenkins.plugins.calm.it.contract;

import static io.jenkins.plugins.calm.it.contract.AuthenticationContractTest.uuidOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.calm.core.client.NetworkException;
import io.jenkins.plugins.calm.core.client.ServerErrorException;
import io.jenkins.plugins.calm.core.client.ThrottledException;
import io.jenkins.plugins.calm.core.client.features.FeatureDraft;
import io.jenkins.plugins.calm.core.client.features.FeatureQuery;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * calm-core's retry rules against faults the sandbox injects: idempotent calls are retried on
 * 429 (honouring {@code Retry-After}), 503 and dropped connections; a POST never is, since a
 * second attempt could create twice.
 */
class ResilienceContractTest {

    private static final String PROJECT = DemoData.ORDER_TO_CASH.toString();
    private static final String GET_FEATURE = "GET /api/calm-features/v1/Features/{uuid}";
    private static final String POST_FEATURE = "POST /api/calm-features/v1/Features";

    @Test
    void aThrottledGetIsRetriedAfterTheRetryAfterTheServerAsked() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.faults("429:7,method=GET,path=/api/calm-features/v1/Features/*,count=1"))) {
            assertThat(connection.client().features().get(uuidOf("6-1")).displayId()).isEqualTo("6-1");

            assertThat(connection.retryWaits()).containsExactly(Duration.ofSeconds(7));
            assertThat(connection.requests(GET_FEATURE, 429)).isEqualTo(1);
            assertThat(connection.requests(GET_FEATURE, 200)).isEqualTo(1);
        }
    }

    @Test
    void aGetThrottledOnEveryAttemptFailsAsThrottledWithTheRetryAfter() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.faults("429:3,path=/api/calm-features/v1/Features"))) {
            ThrottledException throttled = catchThrowableOfType(ThrottledException.class,
                    () -> connection.client().features().listAll(FeatureQuery.ofProject(PROJECT)));

            assertThat(throttled.retryAfter()).contains(Duration.ofSeconds(3));
            assertThat(throttled.isTransient()).isTrue();
            assertThat(connection.requests("GET /api/calm-features/v1/Features", 429)).isEqualTo(4);
            assertThat(connection.retryWaits()).hasSize(3).allSatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofSeconds(3)));
        }
    }

    @Test
    void aServiceUnavailableGetIsRetried() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.faults("503,method=GET,path=/api/calm-projects/**,count=2"))) {
            assertThat(connection.client().projects().list()).hasSize(2);

            assertThat(connection.requests("GET /api/calm-projects/v1/projects", 503)).isEqualTo(2);
            assertThat(connection.retryWaits()).hasSize(2);
        }
    }

    @Test
    void aServiceUnavailablePostIsNotRetried() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.faults("503:1,method=POST,path=/api/calm-features/v1/Features,count=1"))) {
            ServerErrorException failure = catchThrowableOfType(ServerErrorException.class,
                    () -> connection.client().features().create(FeatureDraft.builder(PROJECT, "Once only").build()));

            assertThat(failure.statusCode()).isEqualTo(503);
            assertThat(failure.isTransient()).isTrue();
            assertThat(connection.requests(POST_FEATURE)).isEqualTo(1);
            assertThat(connection.retryWaits()).isEmpty();
            assertThat(connection.client().features().findByDisplayId("6-10")).isEmpty();
        }
    }

    @Test
    void aDroppedConnectionOnAGetIsRetried() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.faults("drop,method=GET,path=/api/calm-features/v1/Features/*,count=1"))) {
            assertThat(connection.client().features().get(uuidOf("6-4")).displayId()).isEqualTo("6-4");

            assertThat(connection.requests(GET_FEATURE, 0)).isEqualTo(1);
            assertThat(connection.requests(GET_FEATURE, 200)).isEqualTo(1);
            assertThat(connection.retryWaits()).hasSize(1);
        }
    }

    @Test
    void aDroppedConnectionOnAPostIsNotRetried() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(
                sandbox -> sandbox.faults("drop,method=POST,path=/api/calm-features/v1/Features,count=1"))) {
            NetworkException failure = catchThrowableOfType(NetworkException.class,
                    () -> connection.client().features().create(FeatureDraft.builder(PROJECT, "Once only").build()));

            assertThat(failure.getMessage()).contains("POST " + connection.sandbox().baseUrl());
            assertThat(connection.requests(POST_FEATURE)).isEqualTo(1);
            assertThat(connection.retryWaits()).isEmpty();
        }
    }
}
