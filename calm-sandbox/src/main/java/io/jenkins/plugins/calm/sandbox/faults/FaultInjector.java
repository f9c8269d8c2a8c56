package io.jenkins.plugins.calm.sandbox.faults;

import io.jenkins.plugins.calm.sandbox.events.DeliveryFaults;
import io.jenkins.plugins.calm.sandbox.http.Fault;
import io.jenkins.plugins.calm.sandbox.http.FaultPolicy;
import java.time.Duration;
import java.util.Random;

/**
 * Applies the current {@link FaultSpec} to requests and webhook deliveries. The spec can be
 * replaced at run time; replacing it restarts the seeded random sequence.
 */
public final class FaultInjector implements FaultPolicy, DeliveryFaults {
  private volatile State state;

  private static final class State {
    final FaultSpec spec;
    final Random random;

    State(FaultSpec spec) {
      this.spec = spec;
      this.random = new Random(spec.seed);
    }
  }

  public FaultInjector(FaultSpec spec) {
    this.state = new State(spec);
  }

  public void replace(FaultSpec spec) {
    this.state = new State(spec);
  }

  public FaultSpec spec() {
    return state.spec;
  }

  @Override
  public Fault pick(String method, String path) {
    State current = state;
    if (current.spec.isEmpty()) {
      return Fault.NONE;
    }
    Duration latency = Duration.ZERO;
    Fault.Kind kind = Fault.Kind.NONE;
    int retryAfter = 0;
    for (FaultRule rule : current.spec.rules) {
      if (!rule.matchesRequest(method, path)) {
        continue;
      }
      boolean terminal = rule.kind != FaultRule.Kind.LATENCY;
      if (terminal && kind != Fault.Kind.NONE) {
        continue;
      }
      if (!fires(current, rule)) {
        continue;
      }
      switch (rule.kind) {
        case LATENCY:
          latency = latency.plus(rule.latency);
          break;
        case TOO_MANY_REQUESTS:
          kind = Fault.Kind.TOO_MANY_REQUESTS;
          retryAfter = rule.retryAfterSeconds;
          break;
        case SERVICE_UNAVAILABLE:
          kind = Fault.Kind.SERVICE_UNAVAILABLE;
          retryAfter = rule.retryAfterSeconds;
          break;
        case DROP:
          kind = Fault.Kind.DROP_CONNECTION;
          break;
        case TOKEN_EXPIRY:
          kind = Fault.Kind.EXPIRE_TOKEN;
          break;
        default:
          throw new IllegalStateException(rule.kind.name());
      }
    }
    return latency.isZero() && kind == Fault.Kind.NONE ? Fault.NONE : new Fault(latency, kind, retryAfter);
  }

  @Override
  public String failure(String eventType) {
    State current = state;
    for (FaultRule rule : current.spec.rules) {
      if (rule.matchesEvent(eventType) && fires(current, rule)) {
        return "delivery failed on purpose (--faults '" + rule + "')";
      }
    }
    return null;
  }

  private static boolean fires(State state, FaultRule rule) {
    if (rule.rate < 1.0 && state.random.nextDouble() >= rule.rate) {
      return false;
    }
    return rule.take();
  }
}
