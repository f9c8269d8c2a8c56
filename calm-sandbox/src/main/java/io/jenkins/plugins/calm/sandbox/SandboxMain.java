package io.jenkins.plugins.calm.sandbox;

import io.jenkins.plugins.calm.sandbox.demo.PromotionDemo;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar calm-sandbox.jar [options]}: runs the sandbox until the process is stopped. */
public final class SandboxMain {
  private SandboxMain() {}

  /** What {@link #run} returns when the sandbox is up and the process must stay alive. */
  static final int RUNNING = -1;

  public static void main(String[] args) throws InterruptedException {
    int status = run(args, System.getenv(), System.out, System.err);
    if (status != RUNNING) {
      System.exit(status);
    }
    new CountDownLatch(1).await();
  }

  /**
   * Starts the sandbox as the command line says, or runs the demo. Returns {@link #RUNNING} when
   * the sandbox runs, otherwise the exit status: 0 help shown or demo done, 1 could not start or a
   * demo step failed, 2 wrong usage.
   */
  static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
    CommandLine line;
    try {
      line = CommandLine.parse(args, environment);
    } catch (CommandLine.UsageException e) {
      err.println("calm-sandbox: " + e.getMessage());
      err.println("Run with --help for the options.");
      return 2;
    }
    if (line.help) {
      out.println(CommandLine.USAGE);
      return 0;
    }
    if ("demo".equals(line.subcommand)) {
      return demo(line, out, err);
    }
    if (line.subcommand != null) {
      err.println("calm-sandbox: unknown subcommand '" + line.subcommand + "'.");
      err.println(CommandLine.USAGE);
      return 2;
    }
    CloudAlmSandbox sandbox;
    try {
      sandbox = line.builder.start();
    } catch (BindException e) {
      err.println("calm-sandbox: cannot listen on the port (" + e.getMessage() + "); choose another with --port, "
          + "or --port 0 for a free one.");
      return 1;
    } catch (IOException | RuntimeException e) {
      err.println("calm-sandbox: cannot start: " + e.getMessage());
      return 1;
    }
    if (line.serviceKeyOut != null) {
      try {
        writeServiceKey(line.serviceKeyOut, sandbox.serviceKeyJson());
      } catch (IOException e) {
        sandbox.close();
        err.println("calm-sandbox: cannot write the service key to " + line.serviceKeyOut + ": " + e);
        return 1;
      }
    }
    Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "calm-sandbox-shutdown"));
    out.println("Cloud ALM sandbox listening on " + sandbox.baseUrl());
    out.flush();
    return RUNNING;
  }

  /** Runs the guided demo; returns its exit status (0 done, 1 a step failed, 2 wrong usage). */
  private static int demo(CommandLine line, PrintStream out, PrintStream err) {
    List<String> excluded = new ArrayList<>(line.given);
    excluded.retainAll(CommandLine.DEMO_EXCLUDED);
    if (!excluded.isEmpty()) {
      err.println("calm-sandbox: " + String.join(", ", excluded) + (excluded.size() == 1 ? " does" : " do")
          + " not apply to the demo, which uses the demo data and its own webhook receiver on loopback.");
      return 2;
    }
    if (!line.given.contains("--port")) {
      line.builder.port(0);
    }
    return PromotionDemo.run(line.builder, out, err);
  }

  /** Writes the key readable by the owner only where the file system supports it: it holds a secret. */
  private static void writeServiceKey(Path file, String json) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, json.getBytes(StandardCharsets.UTF_8));
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the platform's default permissions apply
    }
  }
}
