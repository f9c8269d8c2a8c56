package io.jenkins.plugins.calm.sandbox.seed;

/** What the emulated tenant holds at start. */
public enum Seed {
  /** Two projects, features in every status, user stories, an ABAP transport assigned to 6-1. */
  DEMO,
  /** No projects, features, tasks or transports (the CTMS landscape DEV → QAS → PRD is still there). */
  EMPTY
}
