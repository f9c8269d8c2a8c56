package io.jenkins.plugins.calm.sandbox.demo;

import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.adapters.ClientDeploymentReportSender;
import io.jenkins.plugins.calm.core.adapters.ClientFeatureStatusSource;
import io.jenkins.plugins.calm.core.client.ClientSettings;
import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.features.FeatureReference;
import io.jenkins.plugins.calm.core.client.features.FeaturesApi;
import io.jenkins.plugins.calm.core.client.tms.TmsFile;
import io.jenkins.plugins.calm.core.client.tms.TmsNode;
import io.jenkins.plugins.calm.core.client.tms.TmsNodeRequest;
import io.jenkins.plugins.calm.core.client.tms.TmsTransportRequest;
import io.jenkins.plugins.calm.core.client.tms.TransportManagementApi;
import io.jenkins.plugins.calm.core.outbox.DeliveryAttempt;
import io.jenkins.plugins.calm.core.outbox.DeploymentReport;
import io.jenkins.plugins.calm.core.outbox.DeploymentReportCodec;
import io.jenkins.plugins.calm.core.outbox.DeploymentStatus;
import io.jenkins.plugins.calm.core.outbox.Outbox;
import io.jenkins.plugins.calm.core.outbox.OutboxSettings;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.wait.FeatureState;
import io.jenkins.plugins.calm.core.wait.StatusChange;
import io.jenkins.plugins.calm.core.wait.WaitEngine;
import io.jenkins.plugins.calm.core.wait.WaitEngineSettings;
import io.jenkins.plugins.calm.core.wait.WaitListener;
import io.jenkins.plugins.calm.core.wait.WaitOutcome;
import io.jenkins.plugins.calm.core.wait.WaitResult;
import io.jenkins.plugins.calm.core.wait.WaitState;
import io.jenkins.plugins.calm.sandbox.CloudAlmSandbox;
import io.jenkins.plugins.calm.sandbox.seed.Seed;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * {@code java -jar calm-sandbox.jar demo}: one promotion of a feature, driven by calm-core against
 * a sandbox started for the purpose, the way a Jenkins pipeline with this plugin would run it:
 *
 * <ol>
 *   <li>build an MTA and upload it through Cloud ALM's Transport Management pass-through;
 *   <li>find the new transport in Cloud ALM and assign it to feature 6-1 (a sandbox admin call:
 *       in Cloud ALM a user does this in the Features app, there is no public API);
 *   <li>start waiting for 'In Testing' with the wait engine, then hand the feature over to test;
 *   <li>receive Cloud ALM's webhook event on a local receiver, which ends the wait at once
 *       (polling stays on as the safety net);
 *   <li>report the deployment back to the feature through the durable outbox.
 * </ol>
 *
 * <p>Each step prints one timeline line. Exit status 0 when the promotion went through, 1 with
 * the failed step and the reason otherwise.
 */
public final class PromotionDemo {
  static final String FEATURE = "6-1";
  static final String TARGET_STATUS = "In Testing";
  static final String TMS_NODE = "DEV";
  static final String SYSTEM = "QAS";
  static final String JOB = "credit-check";
  static final int BUILD = 42;
  static final String NAMED_USER = "jenkins-demo";
  static final String BUILD_URL = "https://jenkins.example.com/job/" + JOB + "/" + BUILD + "/";
  private static final String WEBHOOK_USER = "calm-demo";
  /** Held here: a logger whose level was set must not be garbage-collected with its setting. */
  private static final Logger CORE_LOGGER = Logger.getLogger("io.jenkins.plugins.calm.core");

  /** How patiently the demo waits. Tests shorten the polling interval to exercise the safety net quickly. */
  record Settings(Duration pollInterval, Duration timeout) {
    static final Settings DEFAULT = new Settings(Duration.ofSeconds(5), Duration.ofSeconds(60));
  }

  private final CloudAlmSandbox.Builder sandboxOptions;
  private final Settings settings;
  private final PrintStream out;
  private final PrintStream err;
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private Timeline timeline;
  private String step = "start";
  private volatile WaitEngine engine;

  PromotionDemo(CloudAlmSandbox.Builder sandboxOptions, Settings settings, PrintStream out, PrintStream err) {
    this.sandboxOptions = sandboxOptions;
    this.settings = settings;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the demo on a sandbox configured by {@code sandboxOptions} (the demo adds the demo data
   * and its webhook receiver).
   *
   * @return 0 when the promotion went through, 1 when a step failed
   */
  public static int run(CloudAlmSandbox.Builder sandboxOptions, PrintStream out, PrintStream err) {
    return new PromotionDemo(sandboxOptions, Settings.DEFAULT, out, err).run();
  }

  int run() {
    // calm-core logs retries and queued reports for Jenkins' log; here the timeline tells them.
    Level coreLevel = CORE_LOGGER.getLevel();
    CORE_LOGGER.setLevel(Level.SEVERE);
    try {
      return runQuietly();
    } finally {
      CORE_LOGGER.setLevel(coreLevel);
    }
  }

  private int runQuietly() {
    timeline = new Timeline(out, System::nanoTime);
    out.println("Cloud ALM sandbox demo: one promotion of feature " + FEATURE + ", driven by calm-core");
    out.println();
    try {
      walkThrough();
      return 0;
    } catch (DemoFailure | CloudAlmException | IllegalArgumentException e) {
      return failed(e.getMessage());
    } catch (BindException e) {
      return failed("the sandbox cannot listen on the port (" + e.getMessage() + "); leave out --port, and the "
          + "demo picks a free one");
    } catch (IOException | UncheckedIOException e) {
      return failed("a local file or socket failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed("interrupted");
    } finally {
      closeAll();
    }
  }

  private void walkThrough() throws IOException, InterruptedException {
    step = "webhook";
    String password = randomPassword();
    WebhookReceiver receiver = WebhookReceiver.start(WEBHOOK_USER, password, this::onEvent,
        problem -> timeline.step("webhook", problem));
    resources.push(receiver);
    timeline.step("webhook", "receiver listening on " + receiver.url() + " (Basic auth)");

    step = "sandbox";
    CloudAlmSandbox sandbox = sandboxOptions.seed(Seed.DEMO).webhook(receiver.url(), WEBHOOK_USER, password).start();
    resources.push(sandbox);
    timeline.step("sandbox", "Cloud ALM sandbox on " + sandbox.baseUrl() + " with demo data; its events go to the "
        + "receiver");

    step = "connect";
    ServiceKey key = ServiceKey.parse(sandbox.serviceKeyJson());
    CloudAlmClient client = CloudAlmClient.create(key, ClientSettings.defaults());
    resources.push(client);
    timeline.step("connect", client.checkConnection().summary());

    step = "feature";
    FeaturesApi features = client.features();
    Instant readAt = Instant.now();
    Feature feature = features.findByDisplayId(FEATURE).orElseThrow(() -> new DemoFailure("Feature " + FEATURE
        + " is not in the sandbox; the demo needs the demo data."));
    String startStatus = statusName(features, feature.statusCode());
    String link = feature.uiLink(key.uiRoot());
    timeline.step("feature", FEATURE + " \"" + feature.title() + "\" is " + startStatus);
    timeline.detail(link);

    step = "build";
    Path workspace = Files.createTempDirectory("calm-demo-");
    resources.push(() -> deleteRecursively(workspace));
    Path mta = SampleMta.write(workspace, JOB, "1.0." + BUILD);
    timeline.step("build", "built " + mta.getFileName() + " (" + Files.size(mta) + " bytes)");

    step = "upload";
    TransportManagementApi tms = client.transportManagement();
    requireNode(tms);
    TmsFile file = tms.uploadFile(mta, NAMED_USER);
    timeline.step("upload", "uploaded through the Transport Management pass-through as file " + file.fileId());

    step = "transport";
    String description = "Jenkins " + JOB + " #" + BUILD;
    TmsTransportRequest request = tms.uploadToNode(TmsNodeRequest.mta(TMS_NODE, description, NAMED_USER, file));
    String transportId = listedTransport(client, request);
    timeline.step("transport", "transport request " + request.transportRequestId() + " in node " + TMS_NODE
        + ", listed in Cloud ALM as " + transportId);

    step = "assign";
    assign(sandbox, transportId);
    Feature parent = client.transports().parentFeature(transportId);
    if (!parent.uuid().equals(feature.uuid())) {
      throw new DemoFailure("Cloud ALM says transport " + transportId + " belongs to " + parent.displayId()
          + ", not to " + FEATURE + ".");
    }
    timeline.step("assign", transportId + " assigned to " + FEATURE + " by the sandbox admin call POST /sandbox/"
        + "transports/{id}/assign");
    timeline.detail("(Cloud ALM has no API for this: a user does it in the Features app.) "
        + "GET /Transports/{id}/parent → " + parent.displayId());

    step = "wait";
    String targetCode = features.resolveStatus(TARGET_STATUS);
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, daemonThreads());
    resources.push(scheduler::shutdownNow);
    WaitEngine waitEngine = new WaitEngine("demo", new ClientFeatureStatusSource(client), scheduler, Clock.systemUTC(),
        WaitEngineSettings.builder().pollInterval(settings.pollInterval(), settings.pollInterval()).build());
    resources.push(waitEngine);
    engine = waitEngine;
    WaitOutcomeListener listener = new WaitOutcomeListener();
    long waitStarted = timeline.elapsedMillis();
    waitEngine.register(WaitState.builder("demo/" + JOB + "#" + BUILD)
        .feature(feature.uuid(), feature.projectId())
        .lastSeen(new FeatureState(feature.uuid(), feature.statusCode(), readAt))
        .acceptable(List.of(targetCode))
        .failOn(List.of(features.resolveStatus("Not Planned")))
        .deadline(Instant.now().plus(settings.timeout()))
        .build(), listener);
    timeline.step("wait", "waiting for " + FEATURE + " to reach '" + TARGET_STATUS + "': webhook events end the "
        + "wait, polling every " + interval(settings.pollInterval()) + " is the safety net");

    step = "handover";
    timeline.step("handover", FEATURE + ": " + startStatus + " → " + TARGET_STATUS + " (PATCH statusCode '" + targetCode
        + "', resolved by name)");
    features.switchStatus(feature.uuid(), TARGET_STATUS);

    step = "wait";
    WaitResult result = listener.await(settings.timeout().plusSeconds(5));
    if (result.outcome() != WaitOutcome.SUCCEEDED) {
      throw new DemoFailure("The wait for '" + TARGET_STATUS + "' ended " + result.outcome() + ": " + result.detail());
    }
    timeline.step("wait", FEATURE + " is " + TARGET_STATUS + " after " + Timeline.seconds(timeline.elapsedMillis()
        - waitStarted) + " of waiting: " + listener.howLearned());

    step = "report";
    Outbox<DeploymentReport> outbox = new Outbox<>(workspace.resolve("outbox"), new DeploymentReportCodec(),
        new ClientDeploymentReportSender(client), scheduler, Clock.systemUTC(), new OutboxSettings(Duration.ofSeconds(1),
        Duration.ofSeconds(10), 0.2));
    outbox.start();
    resources.push(outbox);
    DeploymentReport report = DeploymentReport.builder()
        .createdAt(Instant.now())
        .featureUuid(feature.uuid())
        .featureDisplayId(FEATURE)
        .projectId(feature.projectId())
        .system(SYSTEM)
        .status(DeploymentStatus.SUCCESS)
        .transports(List.of(transportId))
        .url(BUILD_URL)
        .build(JOB, BUILD)
        .build();
    DeliveryAttempt attempt = delivered(outbox, report, sandbox.baseUrl());
    timeline.step("report", "deployment to " + SYSTEM + " reported through the outbox"
        + (attempt.detail() == null || attempt.detail().isBlank() ? "" : ": " + attempt.detail()));

    step = "verify";
    List<FeatureReference> links = client.references().urlReferences(feature.uuid());
    List<FeatureReference> externals = client.references().externalReferences(feature.uuid());
    if (links.isEmpty() && externals.isEmpty()) {
      throw new DemoFailure("The report was confirmed, but feature " + FEATURE + " has no URL or external reference.");
    }
    Stream.concat(links.stream(), externals.stream()).forEach(reference -> timeline.step("verify",
        FEATURE + " has the " + (reference.kind() == FeatureReference.Kind.URL ? "URL" : "external") + " reference \""
            + reference.name() + "\"" + (reference.url() == null ? "" : " → " + reference.url())));

    String endStatus = statusName(features, features.get(feature.uuid()).statusCode());
    out.println();
    out.println("Promotion done in " + Timeline.seconds(timeline.elapsedMillis()) + ": " + FEATURE + " is "
        + endStatus + ", transport " + transportId + " is assigned to it, and its deployment to " + SYSTEM
        + " is reported.");
    out.println("Feature page (in Cloud ALM; the sandbox has no UI): " + link);
  }

  /** A webhook event arrived: show it, and feed it to the wait engine (the fast path). */
  private void onEvent(FeatureEvent event) {
    String change = event.previousStatusName() == null ? String.valueOf(event.statusName())
        : event.previousStatusName() + " → " + event.statusName();
    timeline.step("webhook", event.eventType() + " for " + (event.displayId() == null ? event.featureUuid()
        : event.displayId()) + ": " + change + (event.eventId() == null ? "" : " (event " + shortId(event.eventId()) + ")"));
    WaitEngine current = engine;
    if (current != null) {
      current.onEvent(event.featureUuid(), event.statusCode(), event.eventId(), null);
    }
  }

  private static void requireNode(TransportManagementApi tms) {
    List<TmsNode> nodes = tms.nodes();
    if (nodes.stream().noneMatch(node -> node.name().equals(TMS_NODE))) {
      throw new DemoFailure("Transport Management has no node " + TMS_NODE + "; nodes: " + nodes + ".");
    }
  }

  /**
   * The ID under which Cloud ALM lists a transport request from Transport Management. The Features
   * app prefixes the request number with the CTMS destination's name (reference §3.5), which the
   * client cannot know beforehand, so the demo looks the request up by its number.
   */
  private static String listedTransport(CloudAlmClient client, TmsTransportRequest request) {
    String number = String.valueOf(request.transportRequestId());
    return client.transports().list().stream().map(transport -> transport.text("id"))
        .filter(id -> id != null && (id.equals(number) || id.endsWith("-" + number)))
        .findFirst()
        .orElseThrow(() -> new DemoFailure("Transport request " + number + " was created but is not listed in "
            + "Cloud ALM's /Transports."));
  }

  /** {@code POST /sandbox/transports/{id}/assign}, what a Features app user does by hand. */
  private static void assign(CloudAlmSandbox sandbox, String transportId) throws IOException, InterruptedException {
    URI uri = URI.create(sandbox.baseUrl() + "/sandbox/transports/"
        + URLEncoder.encode(transportId, StandardCharsets.UTF_8) + "/assign");
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(FEATURE)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new DemoFailure("POST " + uri + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  /**
   * Submits the report and waits until Cloud ALM took it. When an attempt fails for a reason that
   * may pass (an outage, throttling), the outbox keeps the report and tries again by itself; the
   * demo shows that and waits for the next attempt by submitting the same report again, which
   * never makes a second copy.
   */
  private DeliveryAttempt delivered(Outbox<DeploymentReport> outbox, DeploymentReport report, String baseUrl)
      throws InterruptedException {
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    for (int attempts = 1; ; attempts++) {
      DeliveryAttempt attempt = nextAttempt(outbox.submit(report), deadline);
      switch (attempt.outcome()) {
        case DELIVERED:
          return attempt;
        case QUEUED:
          Duration retryIn = attempt.nextAttemptAt() == null ? Duration.ZERO
              : Duration.between(Instant.now(), attempt.nextAttemptAt());
          // The sandbox's address is on an earlier line; without it the reason fits on this one.
          String reason = abbreviate(String.valueOf(attempt.detail()).replace(baseUrl, ""), 120);
          timeline.step("report", "attempt " + attempts + " not taken (" + reason
              + "); the outbox keeps the report and tries again in " + Timeline.seconds(Math.max(0, retryIn.toMillis())));
          break;
        default:
          throw new DemoFailure("Cloud ALM rejected the report for good, so the outbox parked it: " + attempt.detail());
      }
    }
  }

  private static DeliveryAttempt nextAttempt(CompletableFuture<DeliveryAttempt> attempt, long deadlineNanos)
      throws InterruptedException {
    try {
      return attempt.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw new DemoFailure("The outbox could not send the report: " + e.getCause());
    } catch (TimeoutException e) {
      throw new DemoFailure("The report was not delivered in time; the outbox still holds it.");
    }
  }

  private static String abbreviate(String text, int max) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
  }

  /** {@code 5 s}, or {@code 0.300s} for intervals shorter than whole seconds. */
  private static String interval(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : Timeline.seconds(millis);
  }

  private static String shortId(String id) {
    return id.length() > 12 ? id.substring(0, 8) + "…" : id;
  }

  private static String statusName(FeaturesApi features, String code) {
    return features.statusName(code).orElse("status " + code);
  }

  private int failed(String message) {
    if (timeline != null) {
      timeline.step("FAILED", step);
    }
    err.println("calm-sandbox demo: the step '" + step + "' failed: " + message);
    err.flush();
    return 1;
  }

  private void closeAll() {
    while (!resources.isEmpty()) {
      try {
        resources.pop().close();
      } catch (Exception e) {
        err.println("calm-sandbox demo: cleaning up failed: " + e);
      }
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "calm-demo-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Collects how the wait went: the last status change's source, and the result. */
  private static final class WaitOutcomeListener implements WaitListener {
    private final CompletableFuture<WaitResult> result = new CompletableFuture<>();
    private volatile StatusChange.Source lastSource;

    @Override
    public void onStatusChanged(StatusChange change) {
      lastSource = change.source();
    }

    @Override
    public void onCompleted(WaitResult waitResult) {
      result.complete(waitResult);
    }

    WaitResult await(Duration timeout) throws InterruptedException {
      try {
        return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        throw new DemoFailure("The wait failed: " + e.getCause());
      } catch (TimeoutException e) {
        throw new DemoFailure("The wait engine did not finish within " + timeout.toSeconds() + " s.");
      }
    }

    String howLearned() {
      return lastSource == StatusChange.Source.EVENT ? "the webhook event ended the wait, no poll was needed"
          : "polling found it (no webhook event arrived in time)";
    }
  }
}
