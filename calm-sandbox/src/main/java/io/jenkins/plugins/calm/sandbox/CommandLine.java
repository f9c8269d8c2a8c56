package io.jenkins.plugins.calm.sandbox;

import io.jenkins.plugins.calm.sandbox.auth.TokenService;
import io.jenkins.plugins.calm.sandbox.events.RetryPolicy;
import io.jenkins.plugins.calm.sandbox.features.CodeSet;
import io.jenkins.plugins.calm.sandbox.seed.Seed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Parses the sandbox's command line into a configured {@link CloudAlmSandbox.Builder}. */
final class CommandLine {
  /** Read when --webhook-password is not given, so the password need not show in a process list. */
  static final String PASSWORD_VARIABLE = "CALM_SANDBOX_WEBHOOK_PASSWORD";

  /** Options the demo sets itself: it needs the demo data and its own webhook receiver. */
  static final List<String> DEMO_EXCLUDED = List.of("--seed", "--webhook-url", "--webhook-user", "--webhook-password",
      "--workflow-url", "--approval-required", "--service-key-out", "--bind");

  static final String USAGE = String.join("\n",
      "Usage: java -jar calm-sandbox.jar [options]",
      "       java -jar calm-sandbox.jar demo [options]",
      "",
      "A local emulator of the SAP Cloud ALM APIs (see docs/sandbox.md).",
      "",
      "  --port N                  TCP port (default 8089; 0 picks a free port)",
      "  --bind ADDRESS            address to listen on (default 127.0.0.1, loopback only)",
      "  --service-key-out FILE    write a service key JSON (endpoints.Api, uaa.url, clientid, clientsecret)",
      "  --seed demo|empty         initial data (default demo)",
      "  --token-ttl SECONDS       lifetime of issued tokens (default 43200)",
      "  --scopes LIST             scopes tokens carry, comma-separated (default: all)",
      "  --faults SPEC             inject faults, e.g. '503,rate=0.1;latency:200ms' (grammar: docs/sandbox.md)",
      "  --code-set A|B            feature status/priority code set (default A)",
      "  --page-size N             server-side page size of OData collections (default 100)",
      "  --require-project-id      answer 400 to GET /Features without ?projectId=",
      "  --webhook-url URL         POST Cloud ALM events (Resource Changes) to this URL",
      "  --webhook-user USER       Basic auth user for webhook and workflow calls",
      "  --webhook-password PASS   its password (or set " + PASSWORD_VARIABLE + ")",
      "  --webhook-retries N       delivery attempts per event (default 10; backoff 1 s doubling to 60 s)",
      "  --workflow-url URL        receiver of the approval workflow calls (default: the webhook URL)",
      "  --approval-required LIST  status display names whose switches need approval, comma-separated",
      "  --ping-interval SECONDS   polling interval of a running approval workflow (default 5)",
      "  --client-id ID            OAuth client ID (default " + CloudAlmSandbox.DEFAULT_CLIENT_ID + ")",
      "  --client-secret SECRET    OAuth client secret (default: random per start)",
      "  --threads N               HTTP worker threads (default 16)",
      "  --help                    show this text",
      "",
      "Prints 'Cloud ALM sandbox listening on http://127.0.0.1:N' when ready; stop it with Ctrl+C.",
      "",
      "demo: walks through one promotion with calm-core against a sandbox started for it (demo data,",
      "      a free port unless --port is given, its own webhook receiver), prints the timeline and",
      "      exits: 0 when the promotion went through, 1 when a step failed. Options that shape the",
      "      sandbox apply (e.g. --code-set B, --faults, --token-ttl, --scopes); these do not:",
      "      " + String.join(", ", DEMO_EXCLUDED) + ".");

  /** Thrown for a command line the user must correct. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  final CloudAlmSandbox.Builder builder = CloudAlmSandbox.builder();
  Path serviceKeyOut;
  boolean help;
  String subcommand;
  /** The options given on the command line (e.g. {@code --port}), in order. */
  final Set<String> given = new LinkedHashSet<>();

  static CommandLine parse(String[] args, Map<String, String> environment) throws UsageException {
    CommandLine line = new CommandLine();
    List<String> tokens = new ArrayList<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        tokens.add(arg.substring(0, eq));
        tokens.add(arg.substring(eq + 1));
      } else {
        tokens.add(arg);
      }
    }
    String webhookUrl = null;
    boolean workflowUrl = false;
    boolean approvals = false;
    String webhookUser = null;
    String webhookPassword = null;
    int retries = RetryPolicy.DEFAULT.maxAttempts();
    try {
      for (int i = 0; i < tokens.size(); i++) {
        String option = tokens.get(i);
        if (option.startsWith("--")) {
          line.given.add(option);
        }
        switch (option) {
          case "--help":
          case "-h":
            line.help = true;
            break;
          case "--port":
            line.builder.port(integer(option, value(tokens, ++i, option), 0, 65535));
            break;
          case "--bind":
            line.builder.bindAddress(value(tokens, ++i, option));
            break;
          case "--service-key-out":
            line.serviceKeyOut = Path.of(value(tokens, ++i, option));
            break;
          case "--seed":
            line.builder.seed(seed(value(tokens, ++i, option)));
            break;
          case "--token-ttl":
            line.builder.tokenTtl(Duration.ofSeconds(integer(option, value(tokens, ++i, option), 1, Integer.MAX_VALUE)));
            break;
          case "--scopes":
            line.builder.scopes(TokenService.parseScopes(value(tokens, ++i, option)));
            break;
          case "--faults":
            line.builder.faults(value(tokens, ++i, option));
            break;
          case "--code-set":
            line.builder.codeSet(CodeSet.parse(value(tokens, ++i, option)));
            break;
          case "--page-size":
            line.builder.pageSize(integer(option, value(tokens, ++i, option), 1, 100_000));
            break;
          case "--require-project-id":
            line.builder.requireProjectId(true);
            break;
          case "--webhook-url":
            webhookUrl = value(tokens, ++i, option);
            break;
          case "--webhook-user":
            webhookUser = value(tokens, ++i, option);
            break;
          case "--webhook-password":
            webhookPassword = value(tokens, ++i, option);
            break;
          case "--webhook-retries":
            retries = integer(option, value(tokens, ++i, option), 1, 1000);
            break;
          case "--workflow-url":
            line.builder.workflowUrl(value(tokens, ++i, option));
            workflowUrl = true;
            break;
          case "--approval-required":
            line.builder.approvalRequiredFor(value(tokens, ++i, option).split("\\s*,\\s*"));
            approvals = true;
            break;
          case "--ping-interval":
            line.builder.workflowPingInterval(
                Duration.ofSeconds(integer(option, value(tokens, ++i, option), 1, 86_400)));
            break;
          case "--client-id":
            line.builder.clientId(value(tokens, ++i, option));
            break;
          case "--client-secret":
            line.builder.clientSecret(value(tokens, ++i, option));
            break;
          case "--threads":
            line.builder.threads(integer(option, value(tokens, ++i, option), 1, 1024));
            break;
          default:
            if (option.startsWith("-")) {
              throw new UsageException("Unknown option " + option + ".");
            }
            if (line.subcommand != null) {
              throw new UsageException("Unexpected argument '" + option + "'.");
            }
            line.subcommand = option;
        }
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (approvals && webhookUrl == null && !workflowUrl) {
      throw new UsageException("--approval-required needs a receiver for the workflow calls: --webhook-url or "
          + "--workflow-url.");
    }
    if (webhookUrl == null && (webhookUser != null || webhookPassword != null)) {
      throw new UsageException("--webhook-user/--webhook-password need --webhook-url.");
    }
    if (webhookPassword == null) {
      webhookPassword = environment.get(PASSWORD_VARIABLE);
    }
    if (webhookUrl != null) {
      line.builder.webhook(webhookUrl, webhookUser, webhookPassword);
    }
    line.builder.webhookRetry(new RetryPolicy(RetryPolicy.DEFAULT.initialBackoff(), RetryPolicy.DEFAULT.maxBackoff(),
        retries));
    return line;
  }

  private static String value(List<String> tokens, int index, String option) throws UsageException {
    if (index >= tokens.size()) {
      throw new UsageException(option + " needs a value.");
    }
    return tokens.get(index);
  }

  private static int integer(String option, String text, int min, int max) throws UsageException {
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + " must be an integer from " + min + " to " + max + ", not '" + text + "'.");
  }

  private static Seed seed(String text) throws UsageException {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "demo":
        return Seed.DEMO;
      case "empty":
        return Seed.EMPTY;
      default:
        throw new UsageException("--seed must be demo or empty, not '" + text + "'.");
    }
  }
}
