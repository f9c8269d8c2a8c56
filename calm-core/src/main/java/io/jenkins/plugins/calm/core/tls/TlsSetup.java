package io.jenkins.plugins.calm.core.tls;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A TLS configuration for OkHttp: which server certificates to trust (the platform's plus any
 * extra CA certificates an administrator added) and, for mTLS, which client certificate to
 * present.
 */
public final class TlsSetup {

    private final SSLSocketFactory socketFactory;
    private final X509TrustManager trustManager;

    private TlsSetup(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
        this.socketFactory = socketFactory;
        this.trustManager = trustManager;
    }

    /**
     * @param extraTrusted CA (or self-signed server) certificates to trust in addition to the
     *     platform's; may be empty
     * @param clientKey the client private key for mTLS, or {@code null} for none
     * @param clientChain the client certificate chain (leaf first) belonging to {@code clientKey}
     */
    public static TlsSetup create(List<X509Certificate> extraTrusted, PrivateKey clientKey,
            List<X509Certificate> clientChain) {
        Objects.requireNonNull(extraTrusted, "extraTrusted");
        try {
            X509TrustManager trustManager = trustManager(extraTrusted);
            KeyManager[] keyManagers = clientKey == null ? null : keyManagers(clientKey, clientChain);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, new TrustManager[] {trustManager}, new SecureRandom());
            return new TlsSetup(context.getSocketFactory(), trustManager);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new PemException("Could not set up TLS with the given certificates: " + e.getMessage());
        }
    }

    public SSLSocketFactory socketFactory() {
        return socketFactory;
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    private static X509TrustManager trustManager(List<X509Certificate> extraTrusted)
            throws GeneralSecurityException, java.io.IOException {
        X509TrustManager platform = platformTrustManager(null);
        if (extraTrusted.isEmpty()) {
            return platform;
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int index = 0;
        for (X509Certificate certificate : platform.getAcceptedIssuers()) {
            store.setCertificateEntry("platform-" + index++, certificate);
        }
        for (X509Certificate certificate : extraTrusted) {
            store.setCertificateEntry("extra-" + index++, certificate);
        }
        return platformTrustManager(store);
    }

    private static X509TrustManager platformTrustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager) {
                return (X509TrustManager) manager;
            }
        }
        throw new GeneralSecurityException("the JDK offers no X.509 trust manager");
    }

    private static KeyManager[] keyManagers(PrivateKey key, List<X509Certificate> chain)
            throws GeneralSecurityException, java.io.IOException {
        // The password only protects the entry inside this in-memory store, which never leaves the JVM.
        char[] password = java.util.UUID.randomUUID().toString().toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("client", key, password, chain.toArray(new Certificate[0]));
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, password);
        return factory.getKeyManagers();
    }
}
