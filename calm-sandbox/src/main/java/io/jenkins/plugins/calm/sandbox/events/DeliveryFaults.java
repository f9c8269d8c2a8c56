package io.jenkins.plugins.calm.sandbox.events;

/** Decides whether a delivery attempt fails on purpose (the "webhook-fail" fault). */
@FunctionalInterface
public interface DeliveryFaults {
  /** A reason when this attempt of an event of {@code eventType} must fail, else null. */
  String failure(String eventType);
}
