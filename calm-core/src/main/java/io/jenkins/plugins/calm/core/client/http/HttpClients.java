package io.jenkins.plugins.calm.core.client.http;

import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.tls.TlsSetup;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** Builds the OkHttp clients of a Cloud ALM client from its {@link ClientSettings}. */
public final class HttpClients {

    private HttpClients() {
    }

    /**
     * A client for the settings; derived from the settings' base client when there is one, so that
     * connection pool, dispatcher and (Jenkins') proxy selector are shared.
     *
     * @param clientKey private key to present for mTLS, or {@code null}
     * @param clientChain the certificate chain of {@code clientKey}, or {@code null}
     */
    public static OkHttpClient create(ClientSettings settings, PrivateKey clientKey,
            List<X509Certificate> clientChain) {
        OkHttpClient.Builder builder = settings.baseHttpClient() == null
                ? new OkHttpClient.Builder()
                : settings.baseHttpClient().newBuilder();
        builder.connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.writeTimeout())
                .callTimeout(settings.callTimeout())
                // OkHttp would silently resend any request, POST included, over a fresh connection when a
                // reused one fails; whether to repeat is decided by CallExecutor, which never repeats a POST.
                .retryOnConnectionFailure(false);
        if (settings.proxy() != null) {
            builder.proxy(settings.proxy());
            if (settings.proxyUser() != null) {
                String credentials = Credentials.basic(settings.proxyUser(), settings.proxyPassword());
                builder.proxyAuthenticator((route, response) -> {
                    if (response.request().header("Proxy-Authorization") != null) {
                        return null; // these credentials were refused already: give up, the 407 is reported
                    }
                    Request.Builder retry = response.request().newBuilder();
                    return retry.header("Proxy-Authorization", credentials).build();
                });
            }
        }
        if (!settings.trustedCertificates().isEmpty() || clientKey != null) {
            TlsSetup tls = TlsSetup.create(settings.trustedCertificates(), clientKey, clientChain);
            builder.sslSocketFactory(tls.socketFactory(), tls.trustManager());
        }
        return builder.build();
    }
}
