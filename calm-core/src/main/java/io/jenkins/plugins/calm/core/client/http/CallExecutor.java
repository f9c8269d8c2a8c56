package io.jenkins.plugins.calm.core.client.http;

import io.jenkins.plugins.calm.core.client.ApiCallException;
import io.jenkins.plugins.calm.core.client.CallInterruptedException;
import io.jenkins.plugins.calm.core.client.RetryPolicy;
import io.jenkins.plugins.calm.core.client.Sleeper;
import io.jenkins.plugins.calm.core.client.UnexpectedResponseException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Executes {@link ApiRequest}s: adds the bearer token and User-Agent, refreshes the token once and
 * repeats the call once on 401, retries idempotent calls on 429/502/503/504 and connection failures
 * (never a POST or PATCH unless marked safe), and turns failures into meaningful exceptions.
 */
public final class CallExecutor {

    private static final Logger LOGGER = Logger.getLogger(CallExecutor.class.getName());
    /** Cloud ALM answers are JSON documents of at most a few MB; anything far bigger is not an answer. */
    private static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    private final OkHttpClient http;
    private final BearerTokens tokens;
    private final ErrorTranslator translator;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier jitter;
    private final String userAgent;

    /**
     * @param tokens source of bearer tokens, or {@code null} when no request needs one (the token client)
     */
    public CallExecutor(OkHttpClient http, BearerTokens tokens, ErrorTranslator translator, RetryPolicy retryPolicy,
            Sleeper sleeper, Clock clock, DoubleSupplier jitter, String userAgent) {
        this.http = http;
        this.tokens = tokens;
        this.translator = translator;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.jitter = jitter;
        this.userAgent = userAgent;
    }

    /**
     * Runs the request to a 2xx response.
     *
     * @throws ApiCallException (a subclass for each meaning) otherwise
     */
    public ApiResponse execute(ApiRequest request) {
        boolean refreshedToken = false;
        int attempt = 1;
        while (true) {
            String token = request.authenticated() ? tokens.current() : null;
            long started = System.nanoTime();
            try (Response response = newCall(request, token).execute()) {
                int code = response.code();
                log(request, code, started);
                if (code == 401 && token != null && !refreshedToken) {
                    // An expired or revoked token: fetch a new one and repeat the call once.
                    tokens.rejected(token);
                    refreshedToken = true;
                    continue;
                }
                Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
                if (isRetryableStatus(code) && request.retryable() && attempt < retryPolicy.maxAttempts()
                        && (retryAfter == null || retryAfter.compareTo(retryPolicy.maxRetryAfter()) <= 0)) {
                    pause(request, attempt, retryAfter);
                    attempt++;
                    continue;
                }
                byte[] body = readBody(request, response);
                if (code >= 200 && code < 300) {
                    return new ApiResponse(request, code, response.headers(), body);
                }
                throw translator.translate(request, code, response.headers(), body, retryAfter);
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(request);
                }
                LOGGER.log(Level.FINE, () -> ErrorTranslator.call(request) + " failed: " + e);
                if (request.retryable() && attempt < retryPolicy.maxAttempts()) {
                    pause(request, attempt, null);
                    attempt++;
                    continue;
                }
                throw ErrorTranslator.network(request, e);
            }
        }
    }

    private Call newCall(ApiRequest request, String token) {
        Request.Builder builder = new Request.Builder()
                .url(request.url())
                .headers(request.headers())
                .header("User-Agent", userAgent)
                .method(request.method(), request.body());
        if (request.headers().get("Accept") == null) {
            builder.header("Accept", "application/json");
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        Call call = http.newCall(builder.build());
        if (request.callTimeout() != null) {
            call.timeout().timeout(request.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        return call;
    }

    private static boolean isRetryableStatus(int code) {
        return code == 429 || code == 502 || code == 503 || code == 504;
    }

    private void pause(ApiRequest request, int attempt, Duration retryAfter) {
        Duration backoff = retryPolicy.backoff(attempt, jitter.getAsDouble());
        Duration wait = retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
        LOGGER.log(Level.FINE, () -> "retrying " + ErrorTranslator.call(request) + " in " + wait.toMillis() + " ms");
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(request);
        }
    }

    private static CallInterruptedException interrupted(ApiRequest request) {
        Thread.currentThread().interrupt();
        return new CallInterruptedException(request.method(), request.url().toString(),
                ErrorTranslator.call(request) + " was interrupted (the build or task was aborted); nothing was retried.");
    }

    private static byte[] readBody(ApiRequest request, Response response) throws IOException {
        BufferedSource source = response.body().source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > MAX_BODY_BYTES) {
                throw new UnexpectedResponseException(request.method(), request.url().toString(), response.code(),
                        ErrorTranslator.call(request) + " returned a body larger than " + MAX_BODY_BYTES / (1024 * 1024)
                                + " MiB, which is not a Cloud ALM API answer. Check the API URL.");
            }
        }
        return buffer.readByteArray();
    }

    private static void log(ApiRequest request, int code, long startedNanos) {
        LOGGER.log(Level.FINE, () -> ErrorTranslator.call(request) + " -> " + code + " in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos) + " ms");
    }
}
