package io.jenkins.plugins.calm.sandbox.features;

import java.time.Instant;
import java.util.UUID;

/** A reference to an object in another system, keyed by (id, parentUuid) (3rd-party, §3.4). */
public record ExternalReference(String id, UUID parentUuid, String name, String url, Instant createdAt) {}
