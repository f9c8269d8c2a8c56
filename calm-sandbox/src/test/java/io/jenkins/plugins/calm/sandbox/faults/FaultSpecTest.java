package io.jenkins.plugins.calm.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.sandbox.http.Fault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultSpecTest {

  @Test
  void latencyAddsUpAndATerminalFaultFollows() {
    FaultInjector injector = new FaultInjector(FaultSpec.parse(
        "latency:150ms,path=/api/calm-features/**; latency:1s,method=POST; 503:2,path=/api/calm-features/*/Features"));
    Fault get = injector.pick("GET", "/api/calm-features/v1/Features");
    assertThat(get.latency()).isEqualTo(Duration.ofMillis(150));
    assertThat(get.kind()).isEqualTo(Fault.Kind.SERVICE_UNAVAILABLE);
    assertThat(get.retryAfterSeconds()).isEqualTo(2);

    Fault post = injector.pick("POST", "/api/calm-features/v1/Features/x");
    assertThat(post.latency()).isEqualTo(Duration.ofMillis(1150));
    assertThat(post.kind()).isEqualTo(Fault.Kind.NONE);

    assertThat(injector.pick("GET", "/api/calm-projects/v1/projects")).isEqualTo(Fault.NONE);
  }

  @Test
  void singleStarStaysWithinOneSegment() {
    FaultInjector injector = new FaultInjector(FaultSpec.parse("drop,path=/api/*/Features"));
    assertThat(injector.pick("GET", "/api/x/Features").kind()).isEqualTo(Fault.Kind.DROP_CONNECTION);
    assertThat(injector.pick("GET", "/api/x/y/Features").kind()).isEqualTo(Fault.Kind.NONE);
  }

  @Test
  void countLimitsHowOftenARuleFires() {
    FaultInjector injector = new FaultInjector(FaultSpec.parse("429,count=2"));
    assertThat(injector.pick("GET", "/api/a").kind()).isEqualTo(Fault.Kind.TOO_MANY_REQUESTS);
    assertThat(injector.pick("GET", "/api/a").retryAfterSeconds()).isEqualTo(1);
    assertThat(injector.pick("GET", "/api/a").kind()).isEqualTo(Fault.Kind.NONE);
  }

  @Test
  void webhookFailuresSelectByEventType() {
    FaultInjector injector = new FaultInjector(FaultSpec.parse("webhook-fail,event=WORKFLOW.*"));
    assertThat(injector.failure("WORKFLOW.PING")).contains("on purpose");
    assertThat(injector.failure("FEATURE.UPDATED")).isNull();
    assertThat(injector.pick("POST", "/api/x").kind()).isEqualTo(Fault.Kind.NONE);
  }

  @Test
  void tokenExpiryDefaultsToTheApiPaths() {
    FaultInjector injector = new FaultInjector(FaultSpec.parse("token-expiry"));
    assertThat(injector.pick("POST", "/uaa/oauth/token").kind()).isEqualTo(Fault.Kind.NONE);
    assertThat(injector.pick("GET", "/api/calm-features/v1/Features").kind()).isEqualTo(Fault.Kind.EXPIRE_TOKEN);
  }

  @Test
  void invalidSpecsSayWhichItemIsWrongAndWhy() {
    assertThatThrownBy(() -> FaultSpec.parse("latency:200")).hasMessageContaining("'latency:200'")
        .hasMessageContaining("unit");
    assertThatThrownBy(() -> FaultSpec.parse("503,rate=2")).hasMessageContaining("rate must be a number from 0 to 1");
    assertThatThrownBy(() -> FaultSpec.parse("drop:5")).hasMessageContaining("takes no ':' argument");
    assertThatThrownBy(() -> FaultSpec.parse("drop,colour=red")).hasMessageContaining("unknown option 'colour'");
    assertThatThrownBy(() -> FaultSpec.parse("webhook-fail,path=/api/**")).hasMessageContaining("event=");
    assertThatThrownBy(() -> FaultSpec.parse("seed=x")).hasMessageContaining("seed");
    assertThat(FaultSpec.parse("  ").isEmpty()).isTrue();
  }
}
