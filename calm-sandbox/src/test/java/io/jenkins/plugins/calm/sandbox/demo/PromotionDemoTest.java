package io.jenkins.plugins.calm.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import io.jenkins.plugins.calm.sandbox.features.CodeSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PromotionDemoTest {
  private static final Pattern STEP = Pattern.compile("^\\s*\\+(\\d+)\\.(\\d{3})s {2}(\\S+)\\s+(.*)$");
  private static final PromotionDemo.Settings QUICK = new PromotionDemo.Settings(Duration.ofMillis(300),
      Duration.ofSeconds(30));

  private record Run(int status, String out, String err) {
    List<String> labels() {
      List<String> labels = new ArrayList<>();
      for (String line : out.split("\\R")) {
        Matcher step = STEP.matcher(line);
        if (step.matches()) {
          labels.add(step.group(3));
        }
      }
      return labels;
    }

    List<Long> times() {
      List<Long> times = new ArrayList<>();
      for (String line : out.split("\\R")) {
        Matcher step = STEP.matcher(line);
        if (step.matches()) {
          times.add(Long.parseLong(step.group(1)) * 1000 + Long.parseLong(step.group(2)));
        }
      }
      return times;
    }

    /** The URL after {@code prefix} on the line that has it. */
    String urlAfter(String prefix) {
      int start = out.indexOf(prefix) + prefix.length();
      return out.substring(start).split("\\s")[0];
    }
  }

  private static Run run(CloudAlmSandbox.Builder sandbox, PromotionDemo.Settings settings) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new PromotionDemo(sandbox, settings, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run();
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aPromotionRunsGreenWithOneTimelineLinePerStep() {
    Run demo = run(CloudAlmSandbox.builder().port(0), PromotionDemo.Settings.DEFAULT);

    assertThat(demo.status()).as(demo.out() + demo.err()).isZero();
    assertThat(demo.err()).isEmpty();
    assertThat(demo.labels()).containsSubsequence("webhook", "sandbox", "connect", "feature", "build", "upload",
        "transport", "assign", "wait", "handover", "webhook", "wait", "report", "verify", "verify");
    assertThat(demo.times()).isSorted();
    assertThat(demo.out()).contains(
        "6-1 \"Add credit check to sales order\" is In Implementation",
        "listed in Cloud ALM as CALM_FTR_CTMS_SANDBOX-",
        "GET /Transports/{id}/parent → 6-1",
        "polling every 5 s is the safety net",
        "6-1: In Implementation → In Testing (PATCH statusCode 'A30', resolved by name)",
        "FEATURE.UPDATED for 6-1: In Implementation → In Testing (event ",
        "the webhook event ended the wait, no poll was needed",
        "deployment to QAS reported through the outbox: Feature 6-1: build linked, deployment result recorded",
        "6-1 has the URL reference \"credit-check #42 – CALM_FTR_CTMS_SANDBOX-",
        "Promotion done in",
        "/launchpad#feature-display?sap-ui-app-id-hint=com.sap.calm.imp.cdm.features.ui&/details/6-1");
  }

  @Test
  void withoutWebhookEventsPollingEndsTheWait() {
    Run demo = run(CloudAlmSandbox.builder().port(0).faults("webhook-fail,event=FEATURE.*"), QUICK);

    assertThat(demo.status()).as(demo.out() + demo.err()).isZero();
    assertThat(demo.out()).contains("polling every 0.300s is the safety net",
        "polling found it (no webhook event arrived in time)")
        .doesNotContain("FEATURE.UPDATED");
  }

  @Test
  void aReportCloudAlmDoesNotTakeAtOnceIsDeliveredByTheOutboxLater() {
    Run demo = run(CloudAlmSandbox.builder().port(0)
        .faults("503,method=POST,path=/api/calm-features/v1/URLReferences,count=1"), QUICK);

    assertThat(demo.status()).as(demo.out() + demo.err()).isZero();
    assertThat(demo.out()).contains("attempt 1 not taken (Linking the build to feature 6-1: POST "
        + "/api/calm-features/v1/URLReferences failed with 503 Service Unavailable", "the outbox keeps the report",
        "deployment to QAS reported through the outbox");
    assertThat(demo.out().split("has the URL reference", -1)).as("one build link, not two").hasSize(2);
  }

  @Test
  void theSamePromotionRunsOnTheOtherCodeSet() {
    Run demo = run(CloudAlmSandbox.builder().port(0).codeSet(CodeSet.B), QUICK);

    assertThat(demo.status()).as(demo.out() + demo.err()).isZero();
    assertThat(demo.out()).contains("(PATCH statusCode '5', resolved by name)", "Promotion done in");
  }

  @Test
  void aFailedStepEndsTheDemoWithStatus1AndSaysWhichStepAndWhy() {
    List<String> withoutWrite = new ArrayList<>(Scopes.ALL);
    withoutWrite.remove(Scopes.FEATURES_WRITE);

    Run demo = run(CloudAlmSandbox.builder().port(0).scopes(withoutWrite), QUICK);

    assertThat(demo.status()).isEqualTo(1);
    assertThat(demo.labels()).endsWith("handover", "FAILED");
    assertThat(demo.err()).contains("the step 'handover' failed", "403 Forbidden",
        "$XSMASTERAPPNAME.calm-api.features.write");
    assertThat(demo.out()).doesNotContain("Promotion done");
  }

  @Test
  void theSandboxAndTheReceiverAreStoppedAfterwards() {
    Run demo = run(CloudAlmSandbox.builder().port(0), QUICK);

    assertThat(demo.status()).isZero();
    for (String url : List.of(demo.urlAfter("Cloud ALM sandbox on "), demo.urlAfter("receiver listening on "))) {
      URI uri = URI.create(url);
      assertThatThrownBy(() -> new Socket(uri.getHost(), uri.getPort()).close()).as(url)
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void aPortInUseIsReportedWithWhatToDo() throws IOException {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Run demo = run(CloudAlmSandbox.builder().port(taken.getLocalPort()), QUICK);

      assertThat(demo.status()).isEqualTo(1);
      assertThat(demo.err()).contains("the step 'sandbox' failed", "leave out --port");
    }
  }
}
