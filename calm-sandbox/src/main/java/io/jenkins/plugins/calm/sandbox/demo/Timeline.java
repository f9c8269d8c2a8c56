package io.jenkins.plugins.calm.sandbox.demo;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints the demo's steps, one line each: the time since the start, a short label and what
 * happened. Steps are reported from several threads (the main walk-through, the webhook receiver,
 * the wait engine's notifications), so lines are written whole, one at a time.
 */
final class Timeline {
  private final PrintStream out;
  private final LongSupplier nanoTime;
  private final long startNanos;

  Timeline(PrintStream out, LongSupplier nanoTime) {
    this.out = out;
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
  }

  /** One step: {@code +1.234s  label      text}. */
  synchronized void step(String label, String text) {
    out.printf(Locale.ROOT, "%9s  %-9s  %s%n", "+" + seconds(elapsedMillis()), label, text);
    out.flush();
  }

  /** A continuation line under the previous step (e.g. a link). */
  synchronized void detail(String text) {
    out.printf(Locale.ROOT, "%9s  %-9s  %s%n", "", "", text);
    out.flush();
  }

  long elapsedMillis() {
    return (nanoTime.getAsLong() - startNanos) / 1_000_000;
  }

  /** {@code 1.234s}. */
  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%d.%03ds", millis / 1000, millis % 1000);
  }
}
