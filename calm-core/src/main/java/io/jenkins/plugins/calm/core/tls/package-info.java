/**
 * PEM certificates and keys read with the JDK, and the TLS setup built from them: extra trusted
 * CA certificates and the client certificate of an X.509 (mTLS) service key.
 */
package io.jenkins.plugins.calm.core.tls;
