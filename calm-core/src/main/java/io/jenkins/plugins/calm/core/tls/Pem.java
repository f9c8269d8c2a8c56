package io.jenkins.plugins.calm.core.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PEM certificates and private keys with the JDK's own parsers.
 *
 * <p>Why the JDK and not okhttp-tls: the Jenkins okhttp-api plugin bundles okhttp, okio and
 * kotlin-stdlib but not okhttp-tls, and okhttp-tls would not read the PKCS#1 keys
 * ({@code BEGIN RSA PRIVATE KEY}) that XSUAA X.509 bindings can contain either. Certificates go
 * through {@link CertificateFactory}; keys through {@link KeyFactory}. The only thing done by hand
 * is removing the PEM armour and, for PKCS#1, putting the JDK-validated key bytes into the fixed
 * PKCS#8 envelope the JDK accepts (see {@link #pkcs1ToPkcs8}).
 */
public final class Pem {

    private static final Pattern KEY_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]*PRIVATE KEY)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private Pem() {
    }

    /**
     * Reads one or more PEM certificates (a chain: leaf first).
     *
     * @param pem the PEM text
     * @param label how the caller names this input in messages, e.g. {@code "uaa.certificate"}
     */
    public static List<X509Certificate> certificates(String pem, String label) {
        String text = normalize(pem);
        if (!text.contains("-----BEGIN CERTIFICATE-----")) {
            throw new PemException(label + " contains no PEM certificate. Paste the certificate text that starts with "
                    + "\"-----BEGIN CERTIFICATE-----\" and ends with \"-----END CERTIFICATE-----\".");
        }
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Collection<? extends Certificate> read =
                    factory.generateCertificates(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate certificate : read) {
                result.add((X509Certificate) certificate);
            }
            if (result.isEmpty()) {
                throw new PemException(label + " contains no readable certificate.");
            }
            return List.copyOf(result);
        } catch (CertificateException e) {
            // The JDK's message describes the encoding problem, never the certificate content.
            throw new PemException(label + " is not a valid PEM X.509 certificate (" + e.getMessage()
                    + "). Copy it again from the service key, including the BEGIN/END lines.");
        }
    }

    /**
     * Reads an unencrypted private key in PKCS#8 ({@code BEGIN PRIVATE KEY}) or PKCS#1
     * ({@code BEGIN RSA PRIVATE KEY}) form, RSA or EC.
     */
    public static PrivateKey privateKey(String pem, String label) {
        Matcher block = KEY_BLOCK.matcher(normalize(pem));
        if (!block.find()) {
            throw new PemException(label + " contains no PEM private key. Paste the key text that starts with "
                    + "\"-----BEGIN PRIVATE KEY-----\" or \"-----BEGIN RSA PRIVATE KEY-----\".");
        }
        String type = block.group(1);
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(block.group(2).trim());
        } catch (IllegalArgumentException e) {
            throw new PemException(label + " is damaged: the text between the BEGIN and END lines is not Base64. "
                    + "Copy it again from the service key.");
        }
        switch (type) {
            case "PRIVATE KEY":
                return pkcs8(der, label);
            case "RSA PRIVATE KEY":
                return pkcs8(pkcs1ToPkcs8(der), label);
            case "ENCRYPTED PRIVATE KEY":
                throw new PemException(label + " is an encrypted private key. Service keys carry unencrypted keys; "
                        + "decrypt it first (openssl pkcs8 -in key.pem -out plain.pem).");
            default:
                throw new PemException(label + " is a \"" + type + "\", which is not supported. Convert it to PKCS#8 "
                        + "(openssl pkcs8 -topk8 -nocrypt -in key.pem -out pkcs8.pem) and paste the result.");
        }
    }

    /**
     * Fails when an RSA private key does not belong to the first certificate of the chain: otherwise
     * the mistake only shows up later as an obscure TLS handshake failure.
     */
    public static void requireMatchingKey(PrivateKey key, X509Certificate leaf, String keyLabel, String certLabel) {
        if (key instanceof RSAPrivateCrtKey && leaf.getPublicKey() instanceof RSAPublicKey) {
            if (!((RSAPrivateCrtKey) key).getModulus().equals(((RSAPublicKey) leaf.getPublicKey()).getModulus())) {
                throw new PemException(keyLabel + " does not belong to the first certificate in " + certLabel
                        + ". Copy both from the same service key.");
            }
        }
    }

    private static PrivateKey pkcs8(byte[] der, String label) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // not this algorithm: try the next one
            }
        }
        throw new PemException(label + " is not a readable RSA or EC private key. Copy it again from the service key.");
    }

    /**
     * Puts PKCS#1 RSA key bytes into a PKCS#8 {@code PrivateKeyInfo}:
     * {@code SEQUENCE { INTEGER 0, SEQUENCE { OID rsaEncryption, NULL }, OCTET STRING pkcs1 }}.
     * This only prepends fixed bytes and DER lengths; {@link KeyFactory} parses and validates the
     * result (JDK 17 has no public PKCS#1 reader).
     */
    static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
        byte[] versionAndAlgorithm = {
            0x02, 0x01, 0x00, // INTEGER 0
            0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01,
            0x05, 0x00 // SEQUENCE { OID 1.2.840.113549.1.1.1, NULL }
        };
        byte[] octetString = tagged(0x04, pkcs1);
        byte[] content = new byte[versionAndAlgorithm.length + octetString.length];
        System.arraycopy(versionAndAlgorithm, 0, content, 0, versionAndAlgorithm.length);
        System.arraycopy(octetString, 0, content, versionAndAlgorithm.length, octetString.length);
        return tagged(0x30, content);
    }

    private static byte[] tagged(int tag, byte[] content) {
        int length = content.length;
        byte[] lengthBytes;
        if (length < 0x80) {
            lengthBytes = new byte[] {(byte) length};
        } else {
            int octets = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            lengthBytes = new byte[octets + 1];
            lengthBytes[0] = (byte) (0x80 | octets);
            for (int i = 0; i < octets; i++) {
                lengthBytes[octets - i] = (byte) (length >>> (8 * i));
            }
        }
        byte[] result = new byte[1 + lengthBytes.length + length];
        result[0] = (byte) tag;
        System.arraycopy(lengthBytes, 0, result, 1, lengthBytes.length);
        System.arraycopy(content, 0, result, 1 + lengthBytes.length, length);
        return result;
    }

    /**
     * Service keys copied from a JSON viewer sometimes carry the two characters backslash-n
     * instead of line breaks; PEM readers need real ones.
     */
    private static String normalize(String pem) {
        String text = pem == null ? "" : pem.trim();
        if (text.indexOf('\n') < 0 && text.contains("\\n")) {
            text = text.replace("\\n", "\n");
        }
        return text;
    }
}
