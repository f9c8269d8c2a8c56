package io.jenkins.plugins.calm.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.calm.sandbox.admin.AdminApi;
import io.jenkins.plugins.calm.sandbox.auth.Scopes;
import io.jenkins.plugins.calm.sandbox.auth.TokenEndpoint;
import io.jenkins.plugins.calm.sandbox.auth.TokenService;
import io.jenkins.plugins.calm.sandbox.events.ApprovalWorkflows;
import io.jenkins.plugins.calm.sandbox.events.EventLog;
import io.jenkins.plugins.calm.sandbox.events.FeatureEvents;
import io.jenkins.plugins.calm.sandbox.events.Outbound;
import io.jenkins.plugins.calm.sandbox.events.RetryPolicy;
import io.jenkins.plugins.calm.sandbox.events.SandboxEvent;
import io.jenkins.plugins.calm.sandbox.events.WebhookTarget;
import io.jenkins.plugins.calm.sandbox.faults.FaultInjector;
import io.jenkins.plugins.calm.sandbox.faults.FaultSpec;
import io.jenkins.plugins.calm.sandbox.features.CodeSet;
import io.jenkins.plugins.calm.sandbox.features.FeatureChanges;
import io.jenkins.plugins.calm.sandbox.features.FeatureField;
import io.jenkins.plugins.calm.sandbox.features.FeatureJson;
import io.jenkins.plugins.calm.sandbox.features.FeatureService;
import io.jenkins.plugins.calm.sandbox.features.FeatureStatus;
import io.jenkins.plugins.calm.sandbox.features.FeatureStore;
import io.jenkins.plugins.calm.sandbox.features.FeaturesApi;
import io.jenkins.plugins.calm.sandbox.features.ReferencesApi;
import io.jenkins.plugins.calm.sandbox.http.ApiException;
import io.jenkins.plugins.calm.sandbox.http.Dispatcher;
import io.jenkins.plugins.calm.sandbox.http.Json;
import io.jenkins.plugins.calm.sandbox.http.RequestStats;
import io.jenkins.plugins.calm.sandbox.http.Route;
import io.jenkins.plugins.calm.sandbox.http.Router;
import io.jenkins.plugins.calm.sandbox.projects.ProjectStore;
import io.jenkins.plugins.calm.sandbox.projects.ProjectsApi;
import io.jenkins.plugins.calm.sandbox.projects.TaskStore;
import io.jenkins.plugins.calm.sandbox.projects.TasksApi;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import io.jenkins.plugins.calm.sandbox.seed.Seed;
import io.jenkins.plugins.calm.sandbox.transports.TmsPassThrough;
import io.jenkins.plugins.calm.sandbox.transports.TransportAssignments;
import io.jenkins.plugins.calm.sandbox.transports.TransportStore;
import io.jenkins.plugins.calm.sandbox.transports.TransportsApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * A local emulator of the SAP Cloud ALM APIs, on the JDK's HTTP server.
 *
 * <pre>{@code
 * try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
 *   String serviceKey = sandbox.serviceKeyJson();   // endpoints.Api, uaa.url, clientid, clientsecret
 *   ...
 * }
 * }</pre>
 *
 * <p>Paths: {@code /uaa/oauth/token}, {@code /api/...} (the emulated services) and
 * {@code /sandbox/...} (inspection and admin). See docs/sandbox.md.
 */
public final class CloudAlmSandbox implements AutoCloseable {
  static {
    // The JDK server leaves Nagle's algorithm on unless told otherwise; with keep-alive that
    // adds delayed-ACK stalls to small responses. Must be set before the server class loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** The default client ID: shaped like a real one (reference §1.2), opaque to clients. */
  public static final String DEFAULT_CLIENT_ID = "sb-calm-sandbox!b4711|sapcloudalm!b1000";

  private final HttpServer server;
  private final ExecutorService httpExecutor;
  private final ScheduledExecutorService scheduler;
  private final String baseUrl;
  private final String serviceKey;
  private final FeatureService features;
  private final FeatureJson featureJson;
  private final TransportAssignments assignments;
  private final ApprovalWorkflows approvals;
  private final EventLog events;
  private final RequestStats stats;
  private final FaultInjector faults;

  private CloudAlmSandbox(Builder b) throws IOException {
    InetAddress bind = InetAddress.getByName(b.bindAddress);
    server = HttpServer.create(new InetSocketAddress(bind, b.port), 1024);
    String host = bind.getHostAddress().contains(":") ? "[" + bind.getHostAddress() + "]" : bind.getHostAddress();
    baseUrl = "http://" + host + ":" + server.getAddress().getPort();
    String clientSecret = b.clientSecret != null ? b.clientSecret : randomSecret();
    serviceKey = serviceKey(baseUrl, b.clientId, clientSecret);

    scheduler = Executors.newScheduledThreadPool(4, daemonThreads("calm-sandbox-outbound"));
    httpExecutor = Executors.newFixedThreadPool(b.threads, daemonThreads("calm-sandbox-http"));
    try {
      events = new EventLog(b.clock);
      stats = new RequestStats();
      faults = new FaultInjector(b.faults);
      Outbound outbound = new Outbound(events, b.retryPolicy, faults, scheduler);

      ProjectStore projects = new ProjectStore();
      TaskStore tasks = new TaskStore();
      TransportStore transports = new TransportStore();
      FeatureStore featureStore = new FeatureStore();
      featureJson = new FeatureJson(b.codeSet);

      WebhookTarget webhook = b.webhookUrl == null ? null
          : new WebhookTarget(URI.create(b.webhookUrl), b.webhookUser, b.webhookPassword);
      WebhookTarget workflow = b.workflowUrl != null
          ? new WebhookTarget(URI.create(b.workflowUrl), b.webhookUser, b.webhookPassword) : webhook;
      AtomicReference<FeatureService> featureRef = new AtomicReference<>();
      approvals = new ApprovalWorkflows(outbound, workflow, b.workflowDefinitionId, b.pingInterval, scheduler, projects,
          baseUrl, (uuid, from, to, actor) -> featureRef.get().applyApprovedSwitch(uuid, from, to, actor).isPresent(),
          b.clock);
      approvals.requireApprovalFor(b.approvalTargets);
      features = new FeatureService(featureStore, projects, b.clock,
          new FeatureEvents(outbound, webhook, featureJson, projects, b.subscriptionId), approvals);
      featureRef.set(features);
      assignments = new TransportAssignments(transports, features, b.clock);
      if (b.seed == Seed.DEMO) {
        DemoData.load(projects, features, tasks, transports, b.clock);
      }

      TokenService tokens = new TokenService(b.clock, b.tokenTtl, b.clientId, clientSecret, b.scopes);
      Router router = new Router();
      new TokenEndpoint(tokens).register(router);
      new FeaturesApi(features, featureJson, b.pageSize, b.requireProjectId).register(router);
      new ReferencesApi(featureStore, b.clock, b.pageSize).register(router);
      new TransportsApi(transports, featureStore, featureJson, b.pageSize).register(router);
      new TmsPassThrough(DemoData.LANDSCAPE, transports, b.clock).register(router);
      new ProjectsApi(projects).register(router);
      new TasksApi(tasks, b.clock).register(router);
      registerNotEmulated(router);
      new AdminApi(features, featureJson, assignments, approvals, events, stats, faults, () -> serviceKey)
          .register(router);

      server.setExecutor(httpExecutor);
      server.createContext("/", new Dispatcher(router, tokens, faults, stats));
      server.start();
    } catch (RuntimeException e) {
      server.stop(0);
      httpExecutor.shutdownNow();
      scheduler.shutdownNow();
      throw e;
    }
  }

  /** Documented Cloud ALM endpoints the sandbox does not emulate: 501 says so instead of a 404. */
  private static void registerNotEmulated(Router router) {
    String tms = TmsPassThrough.BASE + "/v2/nodes/{nodeId}/mtaExtDescriptors";
    Object[][] routes = {
        {"GET", FeaturesApi.BASE + "/TaskAssignments", Scopes.FEATURES_READ},
        {"GET", tms, Scopes.CDM_DISPLAY},
        {"POST", tms, Scopes.CDM_MANAGE},
        {"PUT", tms + "/{id}", Scopes.CDM_MANAGE},
    };
    for (Object[] route : routes) {
      router.add((String) route[0], (String) route[1], Route.Access.BEARER, (String) route[2], r -> {
        throw new ApiException(501, "NOT_EMULATED", r.method() + " " + r.path() + " exists in Cloud ALM but is not "
            + "emulated by the sandbox (see docs/sandbox.md).");
      });
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:N}, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** A service key for this sandbox: {@code endpoints.Api}, {@code uaa.url}, client ID and secret. */
  public String serviceKeyJson() {
    return serviceKey;
  }

  /**
   * Switches a feature's status as a Cloud ALM user would in the Features app: same flow rules,
   * approval workflow and webhook events as through the API.
   *
   * @param feature UUID or display ID
   * @param statusName display name, any case (e.g. "in testing")
   * @return the feature as stored afterwards (its status is unchanged while approval is pending)
   */
  public ObjectNode switchStatusAsUser(String feature, String statusName) {
    FeatureStatus target = FeatureStatus.byDisplayName(statusName)
        .orElseThrow(() -> new IllegalArgumentException("Unknown status display name '" + statusName + "'"));
    FeatureService.PatchResult result = features.patch(features.resolve(feature).uuid(),
        new FeatureChanges().set(FeatureField.STATUS, target), AdminApi.USER);
    return featureJson.toJson(result.feature());
  }

  /** The feature as the API shows it (UUID or display ID). */
  public ObjectNode feature(String feature) {
    return featureJson.toJson(features.resolve(feature));
  }

  /** Assigns a transport (ID, or the bare CTMS transport request number) to a feature. */
  public void assignTransport(String transport, String feature) {
    assignments.assign(transport, feature);
  }

  /** Switches to these statuses (display names) need external approval from now on. */
  public void requireApprovalFor(String... statusNames) {
    Set<FeatureStatus> targets = EnumSet.noneOf(FeatureStatus.class);
    for (String name : statusNames) {
      targets.add(FeatureStatus.byDisplayName(name)
          .orElseThrow(() -> new IllegalArgumentException("Unknown status display name '" + name + "'")));
    }
    approvals.requireApprovalFor(targets);
  }

  /** Waits for the approval of the feature's pending switch to end; returns how it ended. */
  public ApprovalWorkflows.State awaitApprovalDecision(String feature, Duration timeout) throws InterruptedException {
    return approvals.awaitDecision(features.resolve(feature).uuid(), timeout);
  }

  /** Replaces the fault SPEC (grammar in {@link FaultSpec}). */
  public void faults(String spec) {
    faults.replace(FaultSpec.parse(spec));
  }

  /** Outbound events so far (webhooks and workflow calls), oldest first. */
  public List<SandboxEvent> events() {
    return events.snapshot();
  }

  /** Waits until the events satisfy {@code condition}; throws IllegalStateException on timeout. */
  public List<SandboxEvent> awaitEvents(Predicate<List<SandboxEvent>> condition, Duration timeout)
      throws InterruptedException {
    return events.await(condition, timeout);
  }

  /** Route name (e.g. {@code GET /api/calm-features/v1/Features/{uuid}}) → status → count. */
  public Map<String, Map<Integer, Long>> requestCounts() {
    return stats.snapshot();
  }

  @Override
  public void close() {
    server.stop(0);
    httpExecutor.shutdownNow();
    scheduler.shutdownNow();
    try {
      httpExecutor.awaitTermination(5, TimeUnit.SECONDS);
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String serviceKey(String baseUrl, String clientId, String clientSecret) {
    ObjectNode key = Json.object();
    key.putObject("endpoints").put("Api", baseUrl + "/api");
    key.putObject("uaa")
        .put("clientid", clientId)
        .put("clientsecret", clientSecret)
        .put("url", baseUrl + "/uaa")
        .put("identityzone", "calm-sandbox")
        .put("credential-type", "binding-secret")
        .put("xsappname", clientId.contains("|") ? clientId.substring(0, clientId.indexOf('|')) : clientId);
    return Json.string(key);
  }

  private static String randomSecret() {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    SecureRandom random = new SecureRandom();
    StringBuilder secret = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return secret.toString();
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures and starts a sandbox. Every option has a default that suits tests. */
  public static final class Builder {
    private int port = 8089;
    private String bindAddress = "127.0.0.1";
    private Seed seed = Seed.DEMO;
    private Duration tokenTtl = Duration.ofHours(12);
    private Set<String> scopes = new LinkedHashSet<>(Scopes.ALL);
    private FaultSpec faults = FaultSpec.NONE;
    private String webhookUrl;
    private String webhookUser;
    private String webhookPassword;
    private String workflowUrl;
    private String workflowDefinitionId = "featureStatusSwitchWorkflow";
    private Duration pingInterval = Duration.ofSeconds(5);
    private Set<FeatureStatus> approvalTargets = EnumSet.noneOf(FeatureStatus.class);
    private CodeSet codeSet = CodeSet.A;
    private int pageSize = 100;
    private boolean requireProjectId;
    private String clientId = DEFAULT_CLIENT_ID;
    private String clientSecret;
    private Clock clock = Clock.systemUTC();
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private UUID subscriptionId = DemoData.id("subscription/webhook");
    private int threads = 16;

    private Builder() {}

    /** TCP port; 0 picks a free one. Default 8089. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Address to listen on. Default 127.0.0.1 (loopback only). */
    public Builder bindAddress(String address) {
      this.bindAddress = address;
      return this;
    }

    public Builder seed(Seed seed) {
      this.seed = seed;
      return this;
    }

    /** Lifetime of issued tokens (default 12 h, XSUAA's usual). */
    public Builder tokenTtl(Duration ttl) {
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("The token TTL must be positive, not " + ttl);
      }
      this.tokenTtl = ttl;
      return this;
    }

    /** The scopes tokens carry (names from {@link Scopes}); default all. */
    public Builder scopes(Collection<String> scopes) {
      for (String scope : scopes) {
        if (!Scopes.ALL.contains(scope)) {
          throw new IllegalArgumentException("Unknown scope '" + scope + "'; known: " + Scopes.ALL);
        }
      }
      this.scopes = new LinkedHashSet<>(scopes);
      return this;
    }

    /** A fault SPEC (see {@link FaultSpec}); throws IllegalArgumentException if it is invalid. */
    public Builder faults(String spec) {
      this.faults = FaultSpec.parse(spec);
      return this;
    }

    /** Where events go, with Basic credentials (user null: no Authorization header). */
    public Builder webhook(String url, String user, String password) {
      this.webhookUrl = url;
      this.webhookUser = user;
      this.webhookPassword = password;
      return this;
    }

    /** Where approval workflow calls go (default: the webhook URL), same credentials. */
    public Builder workflowUrl(String url) {
      this.workflowUrl = url;
      return this;
    }

    public Builder workflowDefinitionId(String definitionId) {
      this.workflowDefinitionId = definitionId;
      return this;
    }

    /** How often a running approval workflow is polled (WORKFLOW.PING). Default 5 s. */
    public Builder workflowPingInterval(Duration interval) {
      this.pingInterval = interval;
      return this;
    }

    /** Switches to these statuses (display names) need external approval. */
    public Builder approvalRequiredFor(String... statusNames) {
      List<FeatureStatus> list = new ArrayList<>();
      for (String name : statusNames) {
        list.add(FeatureStatus.byDisplayName(name)
            .orElseThrow(() -> new IllegalArgumentException("Unknown status display name '" + name + "'")));
      }
      this.approvalTargets = list.isEmpty() ? EnumSet.noneOf(FeatureStatus.class) : EnumSet.copyOf(list);
      return this;
    }

    public Builder codeSet(CodeSet codeSet) {
      this.codeSet = codeSet;
      return this;
    }

    /** Server-side page size of OData collections (default 100). */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("The page size must be at least 1, not " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** Answer 400 to GET /Features without ?projectId= (as one observer saw, reference §11.2). */
    public Builder requireProjectId(boolean required) {
      this.requireProjectId = required;
      return this;
    }

    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /** Default: a random secret per start. */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /** The clock for token expiry and timestamps (tests move it instead of sleeping). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder webhookRetry(RetryPolicy policy) {
      this.retryPolicy = policy;
      return this;
    }

    /** Worker threads of the HTTP server (default 16). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    public CloudAlmSandbox start() throws IOException {
      if (!approvalTargets.isEmpty() && webhookUrl == null && workflowUrl == null) {
        throw new IllegalStateException("Approvals need a workflow receiver: set a webhook or workflow URL.");
      }
      return new CloudAlmSandbox(this);
    }
  }
}
