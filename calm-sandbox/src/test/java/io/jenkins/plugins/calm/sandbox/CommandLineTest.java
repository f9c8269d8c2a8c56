package io.jenkins.plugins.calm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  private record Outcome(int status, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SandboxMain.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheOptionsOfTheIssue() {
    Outcome help = run("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("--port", "--service-key-out", "--webhook-url", "--webhook-user",
        "--webhook-password", "--seed demo|empty", "--token-ttl", "--scopes", "--faults", "--code-set", "--page-size",
        "java -jar calm-sandbox.jar demo", "walks through one promotion with calm-core");
  }

  @Test
  void wrongUsageExitsWith2AndSaysWhy() {
    assertThat(run("--port", "x").err()).contains("--port must be an integer");
    assertThat(run("--port", "x").status()).isEqualTo(2);
    assertThat(run("--seed", "full").err()).contains("demo or empty");
    assertThat(run("--scopes", "calm-api.everything").err()).contains("Unknown scope");
    assertThat(run("--faults", "boom").err()).contains("unknown fault 'boom'");
    assertThat(run("--code-set", "C").err()).contains("use A or B");
    assertThat(run("--frobnicate").err()).contains("Unknown option --frobnicate");
    assertThat(run("--webhook-user", "u").err()).contains("need --webhook-url");
    assertThat(run("--approval-required", "Successfully Tested").err()).contains("--workflow-url");
    assertThat(run("--approval-required", "Done", "--webhook-url", "http://127.0.0.1:1/").err())
        .contains("Unknown status display name 'Done'");
    Outcome unknown = run("deploy");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown subcommand 'deploy'", "Usage:");
  }

  @Test
  void theDemoRefusesOptionsItSetsItself() {
    Outcome demo = run("demo", "--seed", "empty", "--webhook-url=http://127.0.0.1:1/h");
    assertThat(demo.status()).isEqualTo(2);
    assertThat(demo.err()).contains("--seed, --webhook-url do not apply to the demo");
    assertThat(demo.out()).isEmpty();
  }

  /** The demo through the real main class in a child JVM: the timeline on stdout, exit status 0. */
  @Test
  void theDemoRunsThroughTheMainClassAndExitsWith0() throws Exception {
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName(), "demo", "--code-set=B"))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("FEATURE.UPDATED for 6-1: In Implementation → In Testing", "Promotion done in");
  }

  @Test
  void acceptsTheEqualsFormAndThePasswordFromTheEnvironment() throws Exception {
    CommandLine line = CommandLine.parse(new String[] {"--port=0", "--seed=empty", "--webhook-url=http://127.0.0.1:1/h",
        "--webhook-user=u"}, Map.of(CommandLine.PASSWORD_VARIABLE, "from-env"));
    try (CloudAlmSandbox sandbox = line.builder.start()) {
      assertThat(new Api(sandbox).get("/api/calm-projects/v1/projects").json()).isEmpty();
    }
  }

  /** The real command line in a child JVM: exactly one ready line, a usable service key. */
  @Test
  void theMainClassPrintsOneReadyLineAndWritesAServiceKey(@TempDir Path dir) throws Exception {
    Path key = dir.resolve("key.json");
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName(),
        "--port", "0", "--service-key-out", key.toString(), "--token-ttl", "120", "--code-set", "B"))
        .redirectErrorStream(false).start();
    java.util.concurrent.LinkedBlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
    Thread drain = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String text = out.readLine(); text != null; text = out.readLine()) {
          lines.add(text);
        }
      } catch (java.io.IOException e) {
        // the stream closes when the process is destroyed
      }
    });
    drain.start();
    try {
      String line = lines.poll(60, TimeUnit.SECONDS);
      assertThat(line).matches("Cloud ALM sandbox listening on http://127\\.0\\.0\\.1:\\d+");
      String baseUrl = line.substring("Cloud ALM sandbox listening on ".length());

      JsonNode serviceKey = Api.json(Files.readString(key));
      assertThat(serviceKey.path("endpoints").path("Api").asText()).isEqualTo(baseUrl + "/api");
      assertThat(serviceKey.path("uaa").path("url").asText()).isEqualTo(baseUrl + "/uaa");
      assertThat(serviceKey.path("uaa").path("clientid").asText()).isNotBlank();
      assertThat(serviceKey.path("uaa").path("clientsecret").asText()).isNotBlank();

      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      String credentials = serviceKey.path("uaa").path("clientid").asText() + ":"
          + serviceKey.path("uaa").path("clientsecret").asText();
      var token = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/uaa/oauth/token"))
          .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
              credentials.getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(Api.json(token.body()).path("expires_in").asInt()).isEqualTo(120);
      var statuses = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(baseUrl + "/api/calm-features/v1/FeatureStatus"))
          .header("Authorization", "Bearer " + Api.json(token.body()).path("access_token").asText()).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(statuses.body()).contains("\"code\":\"1\"");
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    drain.join(10_000);
    assertThat(lines).as("stdout after the ready line").isEmpty();
  }
}
