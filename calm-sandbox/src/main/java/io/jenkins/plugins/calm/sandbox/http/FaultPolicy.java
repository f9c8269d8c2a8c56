package io.jenkins.plugins.calm.sandbox.http;

/** Decides, per request to the emulated endpoints, which fault (if any) to inject. */
@FunctionalInterface
public interface FaultPolicy {
  Fault pick(String method, String path);
}
