package io.jenkins.plugins.calm.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenServiceTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void theOldestTokensAreEvictedBeyondTheLimit() {
    TokenService service = new TokenService(clock, Duration.ofHours(1), "client", "secret",
        Set.of(Scopes.FEATURES_READ), 3);
    String first = service.issue("client", "secret", null).accessToken();
    String second = service.issue("client", "secret", null).accessToken();
    service.issue("client", "secret", null);
    service.issue("client", "secret", null);
    assertThat(service.authenticate(first)).isNull();
    assertThat(service.authenticate(second)).isNotNull();
  }

  @Test
  void tokensCarryTheGrantedScopesWithTheXsuaaPrefix() {
    TokenService service = new TokenService(clock, Duration.ofHours(1), "client", "secret",
        Set.of(Scopes.FEATURES_READ, Scopes.CDM_MANAGE));
    TokenService.Grant grant = service.issue("client", "secret", null);
    assertThat(grant.scope().split(" ")).containsExactlyInAnyOrder(
        TokenService.SCOPE_PREFIX + Scopes.FEATURES_READ, TokenService.SCOPE_PREFIX + Scopes.CDM_MANAGE);
    assertThat(grant.accessToken().split("\\.")).hasSize(3);
    assertThat(grant.toString()).doesNotContain(grant.accessToken());
    assertThat(service.authenticate(grant.accessToken()).scopes())
        .containsExactlyInAnyOrder(Scopes.FEATURES_READ, Scopes.CDM_MANAGE);
    assertThat(service.issue("client", "wrong", null).error()).isEqualTo("invalid_client");
  }
}
