package io.jenkins.plugins.calm.sandbox.http;

import java.util.Set;

/** Checks bearer tokens for the emulated API routes. */
public interface BearerAuthenticator {

  /** Who a valid token belongs to and what it may do. */
  record Principal(String clientId, Set<String> scopes) {}

  /** The principal of a valid, unexpired token; null for an unknown or expired one. */
  Principal authenticate(String token);

  /** Ends a token's life now (the "early token expiry" fault). */
  void expire(String token);
}
