package io.jenkins.plugins.calm.sandbox.auth;

import io.jenkins.plugins.calm.sandbox.http.BearerAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * The emulated XSUAA: one OAuth client (client credentials grant), tokens that expire after the
 * configured TTL (measured on the injected clock) and carry the configured scopes.
 *
 * <p>Tokens look like JWTs (three base64url parts) so that clients which log or decode them
 * behave as with XSUAA; the sandbox itself validates them by lookup, not by signature.
 */
public final class TokenService implements BearerAuthenticator {
  /** XSUAA prefixes authorities with the master application name; this is the sandbox's. */
  public static final String SCOPE_PREFIX = "sapcloudalm!b1000.";

  private final int maxLiveTokens;
  private final Clock clock;
  private final Duration ttl;
  private final String clientId;
  private final byte[] clientSecret;
  private final Set<String> grantedScopes;
  /** Live tokens beyond this are evicted oldest first, so a client that never reuses its token cannot exhaust memory. */
  static final int MAX_LIVE_TOKENS = 100_000;

  private final ConcurrentHashMap<String, IssuedToken> tokens = new ConcurrentHashMap<>();
  /** Tokens in issue order, which is expiry order since the TTL is fixed. */
  private final ConcurrentLinkedQueue<IssuedToken> issueOrder = new ConcurrentLinkedQueue<>();
  private final SecureRandom random = new SecureRandom();

  public TokenService(Clock clock, Duration ttl, String clientId, String clientSecret, Set<String> grantedScopes) {
    this(clock, ttl, clientId, clientSecret, grantedScopes, MAX_LIVE_TOKENS);
  }

  TokenService(Clock clock, Duration ttl, String clientId, String clientSecret, Set<String> grantedScopes,
      int maxLiveTokens) {
    this.maxLiveTokens = maxLiveTokens;
    this.clock = clock;
    this.ttl = ttl;
    this.clientId = clientId;
    this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
    this.grantedScopes = Set.copyOf(grantedScopes);
  }

  /** Result of a token request: either a token or the OAuth error to answer. */
  public record Grant(String accessToken, long expiresInSeconds, String scope, String jti, String error,
      String errorDescription) {
    boolean ok() {
      return error == null;
    }

    @Override
    public String toString() {
      return ok() ? "Grant[expiresIn=" + expiresInSeconds + ", scope=" + scope + "]" : "Grant[error=" + error + "]";
    }
  }

  /**
   * Issues a token when the client credentials match. A non-blank {@code requestedScope} (as
   * SAP's Postman collection sends) narrows the token to those of the granted scopes it names.
   */
  public Grant issue(String presentedClientId, String presentedSecret, String requestedScope) {
    boolean idMatches = clientId.equals(presentedClientId);
    boolean secretMatches = presentedSecret != null
        && MessageDigest.isEqual(clientSecret, presentedSecret.getBytes(StandardCharsets.UTF_8));
    if (!idMatches || !secretMatches) {
      return new Grant(null, 0, null, null, "invalid_client", "Bad credentials");
    }
    Set<String> scopes = narrow(requestedScope);
    Instant now = clock.instant();
    String jti = UUID.randomUUID().toString().replace("-", "");
    String token = jwtLike(jti, now, scopes);
    IssuedToken issued = new IssuedToken(token, clientId, scopes, now.plus(ttl));
    tokens.put(token, issued);
    issueOrder.add(issued);
    evict(now);
    String scopeClaim = scopes.stream().map(s -> SCOPE_PREFIX + s).collect(Collectors.joining(" "));
    return new Grant(token, ttl.toSeconds(), scopeClaim, jti, null, null);
  }

  private Set<String> narrow(String requestedScope) {
    if (requestedScope == null || requestedScope.isBlank()) {
      return grantedScopes;
    }
    Set<String> result = new LinkedHashSet<>();
    for (String requested : requestedScope.trim().split("[\\s,]+")) {
      String bare = requested.startsWith(SCOPE_PREFIX) ? requested.substring(SCOPE_PREFIX.length()) : requested;
      if (grantedScopes.contains(bare)) {
        result.add(bare);
      }
    }
    return result;
  }

  private String jwtLike(String jti, Instant now, Set<String> scopes) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"sandbox\"}";
    String scopeArray = scopes.stream().map(s -> "\"" + SCOPE_PREFIX + s + "\"").collect(Collectors.joining(","));
    String payload = "{\"jti\":\"" + jti + "\",\"client_id\":\"" + clientId.replace("\"", "") + "\",\"zid\":\"sandbox\","
        + "\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plus(ttl).getEpochSecond()
        + ",\"scope\":[" + scopeArray + "]}";
    byte[] signature = new byte[32];
    random.nextBytes(signature);
    return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(signature);
  }

  private void evict(Instant now) {
    for (IssuedToken oldest = issueOrder.peek(); oldest != null; oldest = issueOrder.peek()) {
      boolean expired = !oldest.expiresAt().isAfter(now);
      if (!expired && tokens.size() <= maxLiveTokens) {
        return;
      }
      if (issueOrder.remove(oldest)) {
        tokens.remove(oldest.value(), oldest);
      }
    }
  }

  @Override
  public Principal authenticate(String token) {
    IssuedToken issued = tokens.get(token);
    if (issued == null) {
      return null;
    }
    if (!issued.expiresAt().isAfter(clock.instant())) {
      tokens.remove(token);
      return null;
    }
    return new Principal(issued.clientId(), issued.scopes());
  }

  @Override
  public void expire(String token) {
    tokens.remove(token);
  }

  /** Parses a {@code --scopes} list: names separated by commas or spaces, each one known. */
  public static Set<String> parseScopes(String list) {
    Set<String> result = new LinkedHashSet<>();
    for (String name : list.trim().split("[\\s,]+")) {
      if (name.isEmpty()) {
        continue;
      }
      if (!Scopes.ALL.contains(name)) {
        throw new IllegalArgumentException("Unknown scope '" + name + "'; known scopes: " + String.join(", ", Scopes.ALL));
      }
      result.add(name);
    }
    return result;
  }
}
