package io.jenkins.plugins.calm.sandbox.odata;

/** The OData primitive types the sandbox's entity properties use, and how literals are written. */
public enum EdmType {
  /** Written unquoted in $filter: {@code projectId eq 3532c9fd-...} (quoting is a type mismatch). */
  GUID("Edm.Guid"),
  /** Written quoted: {@code displayId eq '6-123'}. */
  STRING("Edm.String"),
  /** Written unquoted: {@code priorityCode eq 20}. */
  INT("Edm.Int32"),
  /** Written unquoted: {@code modifiedAt gt 2026-01-01T00:00:00Z}. */
  DATETIME("Edm.DateTimeOffset");

  private final String edmName;

  EdmType(String edmName) {
    this.edmName = edmName;
  }

  public String edmName() {
    return edmName;
  }
}
