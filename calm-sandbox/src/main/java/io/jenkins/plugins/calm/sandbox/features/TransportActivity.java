package io.jenkins.plugins.calm.sandbox.features;

/** What may be done with transports of a feature, per status (reference §3.3 table). */
public enum TransportActivity {
  CREATE_TRANSPORT("Create TR"),
  ASSIGN("Assign"),
  CREATE_TRANSPORT_OF_COPIES("Create ToC"),
  RELEASE("Release"),
  UNASSIGN("Unassign"),
  DEPLOY("Deploy");

  private final String label;

  TransportActivity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
