package io.jenkins.plugins.calm.core.client;

import io.jenkins.plugins.calm.core.client.features.ReferenceMapping;
import io.jenkins.plugins.calm.core.tls.Pem;
import java.net.Proxy;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;

/**
 * How a {@link CloudAlmClient} talks HTTP: timeouts, proxy, extra trusted certificates, retries,
 * and the clock/sleeper/jitter seams for tests. Immutable; build with {@link #builder()}.
 */
public final class ClientSettings {

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration callTimeout;
    private final Duration uploadTimeout;
    private final Proxy proxy;
    private final String proxyUser;
    private final String proxyPassword;
    private final OkHttpClient baseHttpClient;
    private final String trustedCertificatesPem;
    private final List<X509Certificate> trustedCertificates;
    private final RetryPolicy retryPolicy;
    private final Duration tokenExpiryMargin;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final ReferenceMapping referenceMapping;

    private ClientSettings(Builder builder) {
        this.connectTimeout = builder.connectTimeout;
        this.readTimeout = builder.readTimeout;
        this.writeTimeout = builder.writeTimeout;
        this.callTimeout = builder.callTimeout;
        this.uploadTimeout = builder.uploadTimeout;
        this.proxy = builder.proxy;
        this.proxyUser = builder.proxyUser;
        this.proxyPassword = builder.proxyPassword;
        this.baseHttpClient = builder.baseHttpClient;
        this.trustedCertificatesPem = builder.trustedCertificatesPem;
        this.trustedCertificates = builder.trustedCertificatesPem == null ? List.of()
                : Pem.certificates(builder.trustedCertificatesPem, "The extra trusted certificates");
        this.retryPolicy = builder.retryPolicy;
        this.tokenExpiryMargin = builder.tokenExpiryMargin;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.jitter = builder.jitter;
        this.referenceMapping = builder.referenceMapping;
    }

    /** Connect 10 s, read/write 60 s, call 5 min, uploads 60 min, default retries, no proxy, system clock. */
    public static ClientSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.connectTimeout = connectTimeout;
        builder.readTimeout = readTimeout;
        builder.writeTimeout = writeTimeout;
        builder.callTimeout = callTimeout;
        builder.uploadTimeout = uploadTimeout;
        builder.proxy = proxy;
        builder.proxyUser = proxyUser;
        builder.proxyPassword = proxyPassword;
        builder.baseHttpClient = baseHttpClient;
        builder.trustedCertificatesPem = trustedCertificatesPem;
        builder.retryPolicy = retryPolicy;
        builder.tokenExpiryMargin = tokenExpiryMargin;
        builder.clock = clock;
        builder.sleeper = sleeper;
        builder.jitter = jitter;
        builder.referenceMapping = referenceMapping;
        return builder;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** Limit for a whole call (all retries of one attempt excluded: each attempt has its own). */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Limit for a whole file upload to Transport Management; uploads of large archives take long. */
    public Duration uploadTimeout() {
        return uploadTimeout;
    }

    /** The proxy, or {@code null} for none (or whatever the base client uses). */
    public Proxy proxy() {
        return proxy;
    }

    /** The proxy user name, or {@code null} when the proxy needs no authentication. */
    public String proxyUser() {
        return proxyUser;
    }

    /** SECRET: the proxy password, or {@code null}. */
    public String proxyPassword() {
        return proxyPassword;
    }

    /** The OkHttp client to derive from (e.g. one configured by Jenkins), or {@code null}. */
    public OkHttpClient baseHttpClient() {
        return baseHttpClient;
    }

    /** Extra CA certificates trusted in addition to the platform's; empty when none. */
    public List<X509Certificate> trustedCertificates() {
        return trustedCertificates;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** How long before {@code expires_in} runs out a token is replaced. */
    public Duration tokenExpiryMargin() {
        return tokenExpiryMargin;
    }

    public Clock clock() {
        return clock;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    /** Source of random numbers in [0, 1) for backoff jitter. */
    public DoubleSupplier jitter() {
        return jitter;
    }

    /** Field names and delete paths of URL/External references (not documented by SAP; adaptable). */
    public ReferenceMapping referenceMapping() {
        return referenceMapping;
    }

    /** The User-Agent sent with every request: {@code SAP-Cloud-ALM-Jenkins/<version>}. */
    public String userAgent() {
        return ProductVersion.userAgent();
    }

    @Override
    public String toString() {
        return "ClientSettings[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", callTimeout="
                + callTimeout + ", proxy=" + (proxy == null ? "none" : proxy)
                + (proxyUser == null ? "" : ", proxyUser=" + proxyUser + ", proxyPassword=(hidden)")
                + ", extraTrustedCertificates=" + trustedCertificates.size() + ", " + retryPolicy + "]";
    }

    /** Builder of {@link ClientSettings}. */
    public static final class Builder {

        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration writeTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofMinutes(5);
        private Duration uploadTimeout = Duration.ofMinutes(60);
        private Proxy proxy;
        private String proxyUser;
        private String proxyPassword;
        private OkHttpClient baseHttpClient;
        private String trustedCertificatesPem;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration tokenExpiryMargin = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
        private ReferenceMapping referenceMapping = ReferenceMapping.defaults();

        private Builder() {
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = nonNegative(value, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration value) {
            this.readTimeout = nonNegative(value, "readTimeout");
            return this;
        }

        public Builder writeTimeout(Duration value) {
            this.writeTimeout = nonNegative(value, "writeTimeout");
            return this;
        }

        /** Limit for one whole call attempt; {@link Duration#ZERO} means none. */
        public Builder callTimeout(Duration value) {
            this.callTimeout = nonNegative(value, "callTimeout");
            return this;
        }

        /** Limit for one file upload to Transport Management; {@link Duration#ZERO} means none. */
        public Builder uploadTimeout(Duration value) {
            this.uploadTimeout = nonNegative(value, "uploadTimeout");
            return this;
        }

        /**
         * Sends all calls through this proxy.
         *
         * @param user proxy user, or {@code null}/blank when the proxy needs no authentication
         * @param password proxy password (a secret, never shown), or {@code null}
         */
        public Builder proxy(Proxy value, String user, String password) {
            this.proxy = Objects.requireNonNull(value, "proxy");
            boolean hasUser = user != null && !user.isBlank();
            this.proxyUser = hasUser ? user : null;
            this.proxyPassword = hasUser ? Objects.requireNonNullElse(password, "") : null;
            return this;
        }

        public Builder proxy(Proxy value) {
            return proxy(value, null, null);
        }

        /**
         * The OkHttp client to derive every connection from (with {@code newBuilder()}, so that its
         * connection pool, dispatcher and proxy selector are shared). The Jenkins plugin passes one
         * configured with Jenkins' proxy settings.
         */
        public Builder baseHttpClient(OkHttpClient value) {
            this.baseHttpClient = value;
            return this;
        }

        /**
         * Extra CA (or self-signed) certificates in PEM to trust besides the JVM's, for TLS-inspecting
         * proxies or test systems. {@code null} or blank for none.
         *
         * @throws io.jenkins.plugins.calm.core.tls.PemException at {@link #build()} when unreadable
         */
        public Builder trustedCertificatesPem(String pem) {
            this.trustedCertificatesPem = pem == null || pem.isBlank() ? null : pem;
            return this;
        }

        public Builder retryPolicy(RetryPolicy value) {
            this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        public Builder tokenExpiryMargin(Duration value) {
            this.tokenExpiryMargin = nonNegative(value, "tokenExpiryMargin");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** Random numbers in [0, 1) for backoff jitter; tests pass a constant. */
        public Builder jitter(DoubleSupplier value) {
            this.jitter = Objects.requireNonNull(value, "jitter");
            return this;
        }

        public Builder referenceMapping(ReferenceMapping value) {
            this.referenceMapping = Objects.requireNonNull(value, "referenceMapping");
            return this;
        }

        public ClientSettings build() {
            return new ClientSettings(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + value);
            }
            return value;
        }
    }
}
