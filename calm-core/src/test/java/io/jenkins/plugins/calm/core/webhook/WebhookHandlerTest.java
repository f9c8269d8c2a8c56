package io.jenkins.plugins.calm.core.webhook;

import static io.jenkins.plugins.calm.core.webhook.payload.Payloads.FEATURE_UUID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.calm.core.testing.ManualClock;
import io.jenkins.plugins.calm.core.webhook.Dispatch.Need;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookAuthPolicy;
import io.jenkins.plugins.calm.core.webhook.auth.WebhookSecret;
import io.jenkins.plugins.calm.core.webhook.gate.RequestBody;
import io.jenkins.plugins.calm.core.webhook.gate.WebhookLimits;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.payload.Payloads;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildState;
import io.jenkins.plugins.calm.core.webhook.workflow.WorkflowRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookHandlerTest {

    private static final String SECRET = "9cW1-long-random-webhook-secret-Qz";
    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final StatusNameResolver CODES = StatusNameResolver.of(Map.of(
            "T_IMP", "In Implementation", "T_TST", "In Testing", "T_OK", "Successfully Tested"));

    private final ManualClock clock = new ManualClock();
    private final Map<String, BuildState> jenkins = new HashMap<>();
    private final AtomicInteger workflowIds = new AtomicInteger();
    private final TriggerRouter router = new TriggerRouter(List.of(
            TriggerSpec.onStatus("promote-qa", "prod", "In Testing"),
            TriggerSpec.onStatus("gate-tested", "prod", "Successfully Tested").reactingTo(false, true)));
    private StatusNameResolver prodStatuses = CODES;

    private WebhookHandler handler(WebhookConnection... connections) {
        return WebhookHandler.builder(WebhookConnections.of(List.of(connections)), router,
                        handle -> Optional.ofNullable(jenkins.get(handle)).orElse(BuildState.NOT_FOUND))
                .clock(clock)
                .workflows(new WorkflowRegistry(clock, () -> "wf-" + workflowIds.incrementAndGet(), WorkflowRegistry.Policy.DEFAULT))
                .deliveryIds(() -> "d-1")
                .build();
    }

    private WebhookConnection prod() {
        return new WebhookConnection("prod", WebhookAuthPolicy.requireSecret(WebhookSecret.of(SECRET)), null, code -> prodStatuses.nameOf(code));
    }

    private final WebhookHandler handler = handler(prod());

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("cloudalm:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static WebhookRequest post(String path, String authorization, String body) {
        return new WebhookRequest("POST", path, authorization, JSON, null, RequestBody.of(Payloads.bytes(body), 1 << 20));
    }

    private static JsonNode json(WebhookResponse response) throws Exception {
        return MAPPER.readTree(response.body());
    }

    @Test
    void startsTheMatchingJobForAnAuthenticatedStatusChange() throws Exception {
        WebhookResult result = handler.handle(post("/", basic(SECRET), Payloads.resourceChange("evt-1", "T_TST", null)));

        assertThat(result.response().status()).isEqualTo(202);
        assertThat(json(result.response()).path("status").asText()).isEqualTo("accepted");
        assertThat(result.outcome()).isEqualTo(DeliveryOutcome.DISPATCHED);
        assertThat(result.connection()).isEqualTo("prod");
        assertThat(result.dispatches()).hasSize(2);
        assertThat(result.dispatches().get(0)).isInstanceOf(Dispatch.NotifyWaiters.class);
        Dispatch.StartBuilds start = (Dispatch.StartBuilds) result.dispatches().get(1);
        assertThat(start.triggers()).extracting(TriggerSpec::id).containsExactly("promote-qa");
        assertThat(start.request().environment())
                .containsEntry("CALM_FEATURE_ID", "6-123")
                .containsEntry("CALM_FEATURE_STATUS", "In Testing")
                .containsEntry("CALM_PREVIOUS_STATUS", "In Implementation")
                .containsEntry("CALM_EVENT_ID", "evt-1")
                .containsEntry("CALM_CONNECTION", "prod");
        assertThat(start.request().causeText()).isEqualTo("Cloud ALM feature 6-123 moved to In Testing");
    }

    @Test
    void badSecretNothingToDoUnknownConnectionAndDuplicateGetTheSameAnswer() {
        WebhookResponse dispatched = handler.handle(post("/", "Bearer " + SECRET, Payloads.resourceChange("e1", "T_TST", null))).response();
        WebhookResult duplicate = handler.handle(post("/", "Bearer " + SECRET, Payloads.resourceChange("e1", "T_TST", null)));
        WebhookResult wrongSecret = handler.handle(post("/", "Bearer wrong", Payloads.resourceChange("e2", "T_TST", null)));
        WebhookResult malformedHeader = handler.handle(post("/", "Digest x", Payloads.resourceChange("e3", "T_TST", null)));
        WebhookResult nothingToDo = handler.handle(post("/", "Bearer " + SECRET, Payloads.resourceChange("e4", "T_IMP", null)));
        WebhookResult unknownConnection = handler.handle(post("/nope", "Bearer " + SECRET, Payloads.resourceChange("e5", "T_TST", null)));
        WebhookResult ignored = handler.handle(post("/", "Bearer " + SECRET, "{\"eventType\":\"X.PING\",\"resource\":{}}"));
        WebhookResult wrongSecretBadBody = handler.handle(post("/", "Bearer wrong", "<xml/>"));

        assertThat(List.of(duplicate, wrongSecret, malformedHeader, nothingToDo, unknownConnection, ignored, wrongSecretBadBody))
                .extracting(WebhookResult::response)
                .containsOnly(dispatched);
        assertThat(List.of(duplicate, wrongSecret, malformedHeader, nothingToDo, unknownConnection, ignored, wrongSecretBadBody))
                .extracting(WebhookResult::outcome)
                .containsExactly(DeliveryOutcome.DUPLICATE, DeliveryOutcome.AUTH_FAILED, DeliveryOutcome.AUTH_FAILED,
                        DeliveryOutcome.NOTHING_TO_DO, DeliveryOutcome.UNKNOWN_CONNECTION, DeliveryOutcome.IGNORED,
                        DeliveryOutcome.AUTH_FAILED);
        assertThat(wrongSecret.dispatches()).isEmpty();
        assertThat(wrongSecret.logLine()).contains("does not match").doesNotContain(SECRET).doesNotContain("wrong");
        assertThat(nothingToDo.logLine()).contains("no trigger waits for status 'In Implementation'");
        assertThat(nothingToDo.dispatches()).as("waiting steps still hear about it")
                .singleElement().isInstanceOf(Dispatch.NotifyWaiters.class);
    }

    @Test
    void answersNeverNameJobs() {
        WebhookResult result = handler.handle(post("/", basic(SECRET), Payloads.resourceChange("e", "T_TST", null)));

        assertThat(result.response().body()).doesNotContain("promote-qa");
    }

    @Test
    void asksForAuthenticationWhenNoSecretCame() {
        WebhookResult known = handler.handle(post("/", null, Payloads.resourceChange("e", "T_TST", null)));
        WebhookResult unknown = handler.handle(post("/nope", null, Payloads.resourceChange("e", "T_TST", null)));

        assertThat(known.response().status()).isEqualTo(401);
        assertThat(known.response().headers()).containsKey("WWW-Authenticate");
        assertThat(known.response()).as("no oracle for connection names").isEqualTo(unknown.response());
        assertThat(known.dispatches()).isEmpty();
    }

    @Test
    void refusesAQuerySecretUnlessTheConnectionAllowsIt() {
        WebhookRequest request = new WebhookRequest("POST", "/prod", null, JSON, "x=1&secret=" + SECRET,
                RequestBody.of(Payloads.bytes(Payloads.resourceChange("e", "T_TST", null)), 1 << 20));

        WebhookResult refused = handler.handle(request);
        WebhookHandler allowing = handler(new WebhookConnection("prod",
                WebhookAuthPolicy.requireSecret(WebhookSecret.of(SECRET)).allowingQuerySecret(), null, CODES));
        WebhookResult accepted = allowing.handle(request);

        assertThat(refused.response().status()).isEqualTo(401);
        assertThat(refused.response().body()).contains("query string");
        assertThat(accepted.outcome()).isEqualTo(DeliveryOutcome.DISPATCHED);
    }

    @Test
    void asksForTheConnectionsOnEveryDeliverySoARotatedSecretAppliesAtOnce() {
        String[] secret = {SECRET};
        WebhookHandler rotating = WebhookHandler.builder(
                () -> WebhookConnections.of(List.of(new WebhookConnection("prod",
                        WebhookAuthPolicy.requireSecret(WebhookSecret.of(secret[0])), null, CODES))),
                router, handle -> BuildState.NOT_FOUND).build();

        assertThat(rotating.handle(post("/", basic(SECRET), Payloads.resourceChange("e-1", "T_TST", null))).outcome())
                .isEqualTo(DeliveryOutcome.DISPATCHED);
        secret[0] = "the-new-" + SECRET;
        assertThat(rotating.handle(post("/", basic(SECRET), Payloads.resourceChange("e-2", "T_TST", null))).outcome())
                .isEqualTo(DeliveryOutcome.AUTH_FAILED);
        assertThat(rotating.handle(post("/", basic("the-new-" + SECRET), Payloads.resourceChange("e-3", "T_TST", null))).outcome())
                .isEqualTo(DeliveryOutcome.DISPATCHED);
    }

    @Test
    void anOpenConnectionNeedsNoSecret() {
        WebhookHandler open = handler(new WebhookConnection("prod", new WebhookAuthPolicy(null, false, false), null, CODES));

        assertThat(open.handle(post("/", null, Payloads.resourceChange("e", "T_TST", null))).outcome())
                .isEqualTo(DeliveryOutcome.DISPATCHED);
    }

    @Test
    void refusesOtherMethodsLargeBodiesAndNonJson() throws Exception {
        WebhookRequest get = new WebhookRequest("GET", "/", basic(SECRET), null, null, RequestBody.empty());
        WebhookRequest large = new WebhookRequest("POST", "/", null, JSON, null, RequestBody.of(new byte[2 << 20], 1 << 20));
        WebhookRequest xml = new WebhookRequest("POST", "/", basic(SECRET), "application/xml", null,
                RequestBody.of(Payloads.bytes("<feature/>"), 1 << 20));
        WebhookRequest xmlAsJson = post("/", basic(SECRET), "<?xml version=\"1.0\"?><feature/>");

        assertThat(handler.handle(get).response().status()).isEqualTo(405);
        assertThat(handler.handle(get).response().headers()).containsEntry("Allow", "POST");
        assertThat(handler.handle(large).response().status()).as("before authentication").isEqualTo(413);
        assertThat(handler.handle(xml).response().status()).isEqualTo(415);
        WebhookResult malformed = handler.handle(xmlAsJson);
        assertThat(malformed.response().status()).isEqualTo(400);
        assertThat(json(malformed.response()).path("error").asText()).startsWith("malformed JSON at line 1");
    }

    @Test
    void reportsPayloadMistakesToAuthenticatedCallers() throws Exception {
        WebhookResult result = handler.handle(post("/", basic(SECRET), "{\"resource\":{\"title\":\"no id\"}}"));

        assertThat(result.response().status()).isEqualTo(400);
        assertThat(json(result.response()).path("error").asText()).contains("names no feature");
        assertThat(result.outcome()).isEqualTo(DeliveryOutcome.MALFORMED_PAYLOAD);
    }

    @Test
    void aPayloadWithoutStatusIsRoutedAfterTheFeatureWasRead() {
        WebhookResult first = handler.handle(post("/", basic(SECRET), Payloads.resourceChange(null, null, null)));
        WebhookResult second = handler.handle(post("/", basic(SECRET), Payloads.resourceChange(null, null, null)));

        assertThat(first.outcome()).isEqualTo(DeliveryOutcome.ROUTED_LATER);
        assertThat(second.outcome()).as("not deduplicated yet: too little is known").isEqualTo(DeliveryOutcome.ROUTED_LATER);
        Dispatch.RouteLater later = (Dispatch.RouteLater) first.dispatches().get(1);
        assertThat(later.need()).isEqualTo(Need.FEATURE);

        FeatureSnapshot fetched = new FeatureSnapshot(FEATURE_UUID, "6-123", "Add credit check", Payloads.PROJECT_ID,
                List.of(), "T_TST", Instant.parse("2026-02-01T14:03:11Z"));
        FollowUp routed = handler.reroute(later.change(), fetched, CODES);
        FollowUp routedAgain = handler.reroute(((Dispatch.RouteLater) second.dispatches().get(1)).change(), fetched, CODES);

        assertThat(routed.outcome()).isEqualTo(DeliveryOutcome.DISPATCHED);
        assertThat(routed.dispatches()).hasSize(2).first().isInstanceOf(Dispatch.NotifyWaiters.class);
        Dispatch.StartBuilds start = (Dispatch.StartBuilds) routed.dispatches().get(1);
        assertThat(start.request().environment()).containsEntry("CALM_FEATURE_STATUS", "In Testing");
        assertThat(routedAgain.outcome()).as("both found the same state: one event").isEqualTo(DeliveryOutcome.DUPLICATE);
    }

    @Test
    void anUnknownStatusCodeIsRoutedAfterTheStatusListWasRefreshed() {
        prodStatuses = StatusNameResolver.NONE;
        WebhookResult result = handler.handle(post("/", basic(SECRET), Payloads.resourceChange("e", "T_TST", null)));

        Dispatch.RouteLater later = (Dispatch.RouteLater) result.dispatches().get(1);
        assertThat(later.need()).isEqualTo(Need.STATUS_LIST);
        assertThat(handler.reroute(later.change(), null, CODES).outcome()).isEqualTo(DeliveryOutcome.DISPATCHED);
        assertThat(handler.reroute(later.change(), null, StatusNameResolver.NONE).outcome())
                .as("still unknown after a refresh: give up, no endless loop").isEqualTo(DeliveryOutcome.NOTHING_TO_DO);
    }

    @Test
    void runsTheApprovalWorkflowContract() throws Exception {
        WebhookResult started = handler.handle(post("/workflow", basic(SECRET), Payloads.workflowStarted("Successfully Tested")));

        assertThat(started.response().status()).isEqualTo(200);
        JsonNode answer = json(started.response());
        assertThat(answer.path("id").asText()).isEqualTo("wf-1");
        assertThat(answer.path("decision").asText()).isEqualTo("IN_PROCESS");
        assertThat(answer.path("status").asText()).isEqualTo("STARTED");
        Dispatch.StartApprovalBuilds builds = (Dispatch.StartApprovalBuilds) started.dispatches().get(0);
        assertThat(builds.triggers()).extracting(TriggerSpec::id).containsExactly("gate-tested");
        assertThat(builds.request().environment()).containsEntry("CALM_WORKFLOW_ID", "wf-1")
                .containsEntry("CALM_TARGET_STATUS", "Successfully Tested").containsEntry("CALM_FEATURE_STATUS", "In Testing");

        handler.workflows().buildScheduled("wf-1", "gate-tested", "gate#12");
        jenkins.put("gate#12", BuildState.RUNNING);
        WebhookResult running = handler.handle(post("/workflow/wf-1", basic(SECRET), Payloads.workflowCall("WORKFLOW.PING")));
        assertThat(json(running.response()).path("decision").asText()).isEqualTo("IN_PROCESS");

        jenkins.put("gate#12", BuildState.SUCCEEDED);
        WebhookResult done = handler.handle(post("/workflow/wf-1", basic(SECRET), Payloads.workflowCall("WORKFLOW.PING")));
        assertThat(json(done.response()).path("decision").asText()).isEqualTo("APPROVED");
        assertThat(json(done.response()).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(json(done.response()).path("workflowId").asText()).isEqualTo("wf-1");
        assertThat(done.outcome()).isEqualTo(DeliveryOutcome.WORKFLOW_ANSWERED);
    }

    /** WORKFLOW.STARTED as Cloud ALM's built-in "SAP Cloud ALM Feature to SAP Build" mapping posts it (reference §7.3). */
    private static final String SAP_BUILD_STARTED = """
            {"definitionId":"featureStatusSwitchWorkflow","context":{"featureId":"%s","universalId":"6-123",
             "linkToFeature":"https://t.example/launchpad#feature-display?sap-ui-app-id-hint=x&/list/details/6-123",
             "statusName":"In Testing","targetStatusName":"Successfully Tested","priority":"Medium",
             "projectName":"Finance","featureTitle":"Add credit check","responsibleId":"jane@example.com",
             "triggeredBy":"jane@example.com","toBeReviewedBy":["jane@example.com"]}}
            """.formatted(FEATURE_UUID);

    private static WebhookRequest request(String method, String path, String body) {
        return new WebhookRequest(method, path, basic(SECRET), body == null ? null : JSON, null,
                body == null ? RequestBody.empty() : RequestBody.of(Payloads.bytes(body), 1 << 20));
    }

    @Test
    void speaksTheSapBuildMappingsWorkflowContract() throws Exception {
        WebhookResult started = handler.handle(request("POST", "/prod/workflow", SAP_BUILD_STARTED));

        assertThat(started.outcome()).isEqualTo(DeliveryOutcome.WORKFLOW_STARTED);
        JsonNode answer = json(started.response());
        assertThat(answer.path("id").asText()).isEqualTo("wf-1");
        assertThat(answer.path("status").asText()).as("SAP's switch maps RUNNING to STARTED").isEqualTo("RUNNING");
        Dispatch.StartApprovalBuilds builds = (Dispatch.StartApprovalBuilds) started.dispatches().get(0);
        assertThat(builds.request().environment())
                .containsEntry("CALM_FEATURE_ID", "6-123")
                .containsEntry("CALM_FEATURE_UUID", FEATURE_UUID)
                .containsEntry("CALM_FEATURE_TITLE", "Add credit check")
                .containsEntry("CALM_TARGET_STATUS", "Successfully Tested");

        handler.workflows().buildScheduled("wf-1", "gate-tested", "gate#12");
        jenkins.put("gate#12", BuildState.RUNNING);
        JsonNode running = json(handler.handle(request("GET", "/prod/workflow/wf-1/outputs", null)).response());
        assertThat(running.path("decision").asText()).isEqualTo("IN_PROCESS");
        assertThat(running.path("workflowStatus").asText()).isEqualTo("RUNNING");

        jenkins.put("gate#12", BuildState.SUCCEEDED);
        WebhookResult done = handler.handle(request("GET", "/prod/workflow/wf-1/outputs", null));
        assertThat(done.outcome()).isEqualTo(DeliveryOutcome.WORKFLOW_ANSWERED);
        assertThat(json(done.response()).path("decision").asText()).isEqualTo("APPROVED");
        assertThat(json(done.response()).path("workflowStatus").asText()).isEqualTo("COMPLETED");
        assertThat(json(done.response()).path("workflowId").asText()).isEqualTo("wf-1");
    }

    @Test
    void aSapBuildCancellationIsAPatchOfTheWorkflow() throws Exception {
        handler.handle(request("POST", "/workflow", SAP_BUILD_STARTED));
        handler.workflows().buildScheduled("wf-1", "gate-tested", "gate#12");
        jenkins.put("gate#12", BuildState.QUEUED);

        WebhookResult canceled = handler.handle(request("PATCH", "/workflow/wf-1", "{\"status\":\"CANCELED\",\"cascade\":false}"));

        assertThat(canceled.outcome()).isEqualTo(DeliveryOutcome.WORKFLOW_CANCELED);
        assertThat(canceled.dispatches()).containsExactly(new Dispatch.AbortApprovalBuilds("wf-1", List.of("gate#12")));
        assertThat(json(canceled.response()).path("decision").asText()).isEqualTo("REJECTED");
        assertThat(json(canceled.response()).path("workflowStatus").asText()).as("SAP's switch maps it to FAILED")
                .isEqualTo("ERRONEOUS");
        JsonNode unknown = json(handler.handle(request("GET", "/workflow/wf-404/outputs", null)).response());
        assertThat(unknown.path("decision").asText()).as("Cloud ALM stops polling").isEqualTo("REJECTED");
        assertThat(handler.handle(request("PATCH", "/workflow/wf-1", "{\"status\":\"SUSPENDED\"}")).response().status())
                .isEqualTo(400);
    }

    @Test
    void getAndPatchAreTakenOnlyWhereTheSapBuildContractUsesThem() {
        assertThat(handler.handle(request("GET", "/prod", null)).response().status()).isEqualTo(405);
        assertThat(handler.handle(request("GET", "/workflow/wf-1", null)).response().headers()).containsEntry("Allow", "POST, PATCH");
        assertThat(handler.handle(request("PATCH", "/workflow", "{}")).response().status()).isEqualTo(405);
        assertThat(handler.handle(request("POST", "/workflow/wf-1/outputs", "{}")).response().headers()).containsEntry("Allow", "GET");
        assertThat(handler.handle(request("DELETE", "/workflow/wf-1", null)).response().status()).isEqualTo(405);
        WebhookRequest anonymousPoll = new WebhookRequest("GET", "/workflow/wf-1/outputs", null, null, null, RequestBody.empty());
        assertThat(handler.handle(anonymousPoll).response().status()).as("a poll authenticates too").isEqualTo(401);
    }

    @Test
    void cancellingAWorkflowAbortsItsBuilds() throws Exception {
        handler.handle(post("/prod/workflow", basic(SECRET), Payloads.workflowStarted("Successfully Tested")));
        handler.workflows().buildScheduled("wf-1", "gate-tested", "gate#12");
        jenkins.put("gate#12", BuildState.RUNNING);

        WebhookResult canceled = handler.handle(post("/prod/workflow/wf-1", basic(SECRET), Payloads.workflowCall("WORKFLOW.CANCELED")));

        assertThat(canceled.dispatches()).containsExactly(new Dispatch.AbortApprovalBuilds("wf-1", List.of("gate#12")));
        assertThat(json(canceled.response()).path("status").asText()).isEqualTo("FAILED");
        assertThat(json(canceled.response()).path("decision").asText()).isEqualTo("REJECTED");
    }

    @Test
    void anApprovalRequestNoTriggerWantsIsNothingToDo() {
        WebhookResult result = handler.handle(post("/workflow", basic(SECRET), Payloads.workflowStarted("Deployed")));

        assertThat(result.outcome()).isEqualTo(DeliveryOutcome.NOTHING_TO_DO);
        assertThat(result.response().status()).isEqualTo(202);
        assertThat(handler.workflows().instances()).isEmpty();
    }

    @Test
    void aPingForAnUnknownWorkflowEndsCloudAlmsPolling() throws Exception {
        WebhookResult result = handler.handle(post("/workflow/wf-404", basic(SECRET), Payloads.workflowCall("WORKFLOW.PING")));

        assertThat(result.outcome()).isEqualTo(DeliveryOutcome.WORKFLOW_UNKNOWN);
        assertThat(json(result.response()).path("decision").asText()).isEqualTo("REJECTED");
        assertThat(json(result.response()).path("status").asText()).isEqualTo("FAILED");
    }

    @Test
    void anApprovalThatNeedsTheFeatureIsRoutedAfterReadingIt() throws Exception {
        router.replaceTriggers(List.of(
                TriggerSpec.onStatus("gate-payments", "prod", "Successfully Tested").withTags("payments").reactingTo(false, true)));

        WebhookResult started = handler.handle(post("/workflow", basic(SECRET), Payloads.workflowStarted("Successfully Tested")));

        assertThat(json(started.response()).path("id").asText()).isEqualTo("wf-1");
        Dispatch.RouteApprovalLater later = (Dispatch.RouteApprovalLater) started.dispatches().get(0);
        assertThat(later.need()).isEqualTo(Need.FEATURE);
        FeatureSnapshot fetched = new FeatureSnapshot(FEATURE_UUID, "6-123", "x", Payloads.PROJECT_ID, List.of("Payments"), "T_TST", null);

        FollowUp routed = handler.rerouteApproval("wf-1", later.start(), fetched, CODES);

        assertThat(routed.outcome()).isEqualTo(DeliveryOutcome.WORKFLOW_STARTED);
        assertThat(((Dispatch.StartApprovalBuilds) routed.dispatches().get(0)).triggers())
                .extracting(TriggerSpec::id).containsExactly("gate-payments");
    }

    @Test
    void withSeveralConnectionsTheUrlMustNameOne() {
        WebhookHandler two = handler(prod(),
                new WebhookConnection("test", WebhookAuthPolicy.requireSecret(WebhookSecret.of("other-secret-value")), null, CODES));

        WebhookResult unnamed = two.handle(post("/", basic(SECRET), Payloads.resourceChange("e", "T_TST", null)));
        WebhookResult named = two.handle(post("/prod/", basic(SECRET), Payloads.resourceChange("e", "T_TST", null)));
        WebhookResult otherSecret = two.handle(post("/test", basic(SECRET), Payloads.resourceChange("e2", "T_TST", null)));

        assertThat(unnamed.outcome()).isEqualTo(DeliveryOutcome.AMBIGUOUS_CONNECTION);
        assertThat(unnamed.logLine()).contains("end the URL with the connection name");
        assertThat(named.outcome()).isEqualTo(DeliveryOutcome.DISPATCHED);
        assertThat(otherSecret.outcome()).as("each connection has its own secret").isEqualTo(DeliveryOutcome.AUTH_FAILED);
    }

    @Test
    void callerSuppliedTextCannotForgeLogLines() {
        WebhookResult result = handler.handle(post("/evil\nINFO: Cloud ALM webhook delivery accepted", "Bearer x",
                Payloads.resourceChange("e", "T_TST", null)));

        assertThat(result.logLine()).doesNotContain("\n").contains("'evil?INFO: Cloud ALM webhook delivery accepted'");
        assertThat(WebhookHandler.forLog("x".repeat(200))).hasSize(83).endsWith("...");
    }

    @Test
    void refusesUrlsOfAnotherShape() {
        WebhookResult result = handler.handle(post("/prod/features/6-123", basic(SECRET), Payloads.resourceChange("e", "T_TST", null)));

        assertThat(result.outcome()).isEqualTo(DeliveryOutcome.UNKNOWN_PATH);
        assertThat(result.response().status()).isEqualTo(202);
    }

    @Test
    void anUnexpectedFailureBecomesA500WithTheCause() {
        WebhookHandler failing = WebhookHandler.builder(WebhookConnections.of(List.of(prod())), router, handle -> {
            throw new IllegalStateException("the plugin's probe broke");
        }).clock(clock).deliveryIds(() -> "d-9").build();
        failing.handle(post("/workflow", basic(SECRET), Payloads.workflowStarted("Successfully Tested")));
        String id = failing.workflows().instances().get(0).id();
        failing.workflows().buildScheduled(id, "gate-tested", "h");

        WebhookResult result = failing.handle(post("/workflow/" + id, basic(SECRET), Payloads.workflowCall("WORKFLOW.PING")));

        assertThat(result.response().status()).isEqualTo(500);
        assertThat(result.response().body()).contains("d-9");
        assertThat(result.failure()).hasMessage("the plugin's probe broke");
    }

    @Test
    void honoursASmallerBodyLimit() {
        WebhookHandler small = WebhookHandler.builder(WebhookConnections.of(List.of(prod())), router, h -> BuildState.NOT_FOUND)
                .limits(WebhookLimits.DEFAULT.withMaxBodyBytes(100)).build();
        byte[] body = Payloads.bytes(Payloads.resourceChange("e", "T_TST", null));

        WebhookResult result = small.handle(new WebhookRequest("POST", "/", basic(SECRET), JSON, null,
                RequestBody.of(body, small.limits().maxBodyBytes())));

        assertThat(result.response().status()).isEqualTo(413);
        assertThat(result.response().body()).contains("100 bytes");
    }
}
