package io.jenkins.plugins.calm.sandbox.demo;

/** A demo step did not get the result it needs; the message says what was expected and what happened. */
final class DemoFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DemoFailure(String message) {
    super(message);
  }
}
