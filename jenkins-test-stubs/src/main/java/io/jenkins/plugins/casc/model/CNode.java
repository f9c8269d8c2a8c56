package io.jenkins.plugins.casc.model;

/*
 * Sealed in the stubs only: JCasC's Mapping, Sequence and Scalar implement it; tests only read the Mapping of an
 * export. The real interface's abstract methods would otherwise have to be declared.
 */
public sealed interface CNode extends Cloneable permits Mapping {
}
