package io.jenkins.plugins.calm.sandbox.transports;

/** A node of the CTMS landscape behind the pass-through; {@code next} is its follow-on node. */
public record TmsNode(long id, String name, String description, boolean uploadAllowed, String next) {}
