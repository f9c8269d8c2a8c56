package io.jenkins.plugins.calm.sandbox.features;

import java.time.Instant;
import java.util.UUID;

/** A URL link on a feature: {@code {id, parentUuid, name, url}} (payload INFERRED, §3.4). */
public record UrlReference(UUID id, UUID parentUuid, String name, String url, Instant createdAt) {}
