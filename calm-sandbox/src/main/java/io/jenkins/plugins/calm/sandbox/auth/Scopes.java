package io.jenkins.plugins.calm.sandbox.auth;

import java.util.List;

/**
 * The scopes (authorities of the "SAP Cloud ALM API" service instance) the sandbox enforces,
 * per reference §8. Tokens carry them prefixed with the master application name, as XSUAA does.
 */
public final class Scopes {
  public static final String FEATURES_READ = "calm-api.features.read";
  public static final String FEATURES_WRITE = "calm-api.features.write";
  public static final String PROJECTS_READ = "calm-api.projects.read";
  public static final String PROJECTS_WRITE = "calm-api.projects.write";
  public static final String TASKS_READ = "calm-api.tasks.read";
  public static final String TASKS_WRITE = "calm-api.tasks.write";
  /** Deployment management display: reading the Transport Management pass-through. */
  public static final String CDM_DISPLAY = "imp-cdm-feature-display-ui";
  /** Deployment management manage: uploading/exporting through the pass-through. */
  public static final String CDM_MANAGE = "imp-cdm-feature-manage-ui";

  /** Every scope the sandbox knows; what a token gets unless {@code --scopes} says fewer. */
  public static final List<String> ALL = List.of(FEATURES_READ, FEATURES_WRITE, PROJECTS_READ, PROJECTS_WRITE,
      TASKS_READ, TASKS_WRITE, CDM_DISPLAY, CDM_MANAGE);

  private Scopes() {}
}
