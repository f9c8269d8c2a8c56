package io.jenkins.plugins.calm.sandbox.auth;

import java.time.Instant;
import java.util.Set;

/** A token the sandbox handed out. {@code toString} never shows the token itself. */
record IssuedToken(String value, String clientId, Set<String> scopes, Instant expiresAt) {
  @Override
  public String toString() {
    return "IssuedToken[clientId=" + clientId + ", scopes=" + scopes + ", expiresAt=" + expiresAt + "]";
  }
}
