package io.jenkins.plugins.calm.it.contract;

import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.testing.RecordingSleeper;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A {@link CloudAlmSandbox} on a free loopback port and a calm-core {@link CloudAlmClient} built
 * from the service key the sandbox hands out, exactly as a user would wire them. Retry waits are
 * recorded instead of slept, so resilience tests assert the waits and still run fast.
 */
final class SandboxConnection implements AutoCloseable {

    private final CloudAlmSandbox sandbox;
    private final CloudAlmClient client;
    private final RecordingSleeper retryWaits;

    private SandboxConnection(CloudAlmSandbox sandbox, CloudAlmClient client, RecordingSleeper retryWaits) {
        this.sandbox = sandbox;
        this.client = client;
        this.retryWaits = retryWaits;
    }

    /** A sandbox with the demo seed and default options, and a client with default settings. */
    static SandboxConnection start() throws IOException {
        return start(sandbox -> sandbox, settings -> settings);
    }

    static SandboxConnection start(UnaryOperator<CloudAlmSandbox.Builder> sandboxOptions) throws IOException {
        return start(sandboxOptions, settings -> settings);
    }

    static SandboxConnection start(UnaryOperator<CloudAlmSandbox.Builder> sandboxOptions,
            UnaryOperator<ClientSettings.Builder> clientOptions) throws IOException {
        CloudAlmSandbox sandbox = sandboxOptions.apply(CloudAlmSandbox.builder().port(0)).start();
        RecordingSleeper waits = new RecordingSleeper();
        ClientSettings settings = clientOptions.apply(ClientSettings.builder()
                .sleeper(waits)
                .jitter(() -> 0.0)).build();
        try {
            return new SandboxConnection(sandbox, CloudAlmClient.create(ServiceKey.parse(sandbox.serviceKeyJson()),
                    settings), waits);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    CloudAlmSandbox sandbox() {
        return sandbox;
    }

    CloudAlmClient client() {
        return client;
    }

    /** The waits the client's retries asked for, in order. */
    List<Duration> retryWaits() {
        return retryWaits.sleeps();
    }

    /**
     * How many requests the sandbox answered on a route (e.g. {@code GET /api/calm-features/v1/Features})
     * with a status; status 0 counts dropped connections.
     */
    long requests(String route, int status) {
        Map<Integer, Long> byStatus = sandbox.requestCounts().getOrDefault(route, Map.of());
        return byStatus.getOrDefault(status, 0L);
    }

    /** How many requests the sandbox saw on a route, whatever their outcome. */
    long requests(String route) {
        return sandbox.requestCounts().getOrDefault(route, Map.of()).values().stream().mapToLong(Long::longValue)
                .sum();
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            sandbox.close();
        }
    }
}
