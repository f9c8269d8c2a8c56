package io.jenkins.plugins.calm.sandbox.transports;

import java.time.Instant;
import java.util.UUID;

/**
 * A transport as /Transports lists it. Cloud ALM's field names are UNKNOWN (reference §3.5); the
 * sandbox's are documented in docs/sandbox.md. {@code feature} is the parent feature, if assigned.
 */
public record Transport(String id, String description, String type, String status, String sourceNode,
    UUID feature, Instant createdAt, Instant modifiedAt) {

  Transport assignedTo(UUID newFeature, Instant now) {
    return new Transport(id, description, type, status, sourceNode, newFeature, createdAt, now);
  }
}
