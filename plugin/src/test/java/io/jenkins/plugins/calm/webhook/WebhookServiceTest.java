package io.jenkins.plugins.calm.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.webhook.DeliveryOutcome;
import io.jenkins.plugins.calm.core.webhook.WebhookConnections;
import io.jenkins.plugins.calm.core.webhook.WebhookHandler;
import io.jenkins.plugins.calm.core.webhook.WebhookRequest;
import io.jenkins.plugins.calm.core.webhook.WebhookResult;
import io.jenkins.plugins.calm.core.webhook.gate.RequestBody;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureSnapshot;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.core.webhook.workflow.BuildState;
import io.jenkins.plugins.calm.trigger.RecordingLauncher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook endpoint's behaviour behind HTTP, with calm-core's real handler and Jenkins replaced by
 * a recording launcher: what is answered at once, what is done afterwards (and on which lane), and
 * what survives a restart.
 */
class WebhookServiceTest {

    private static final String SECRET = "Vq3-webhook-secret-for-the-prod-connection-7w";
    private static final String UUID = "7a3e0f4c-1b2d-4c5e-8f90-a1b2c3d4e5f6";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CODES = Map.of("S20", "In Implementation", "S30", "In Testing",
            "S40", "Successfully Tested");

    @TempDir
    Path home;

    private final Clock clock = Clock.fixed(Instant.parse("2026-02-01T14:03:11Z"), ZoneOffset.UTC);
    private final Deque<Runnable> jenkinsLane = new ArrayDeque<>();
    private final Deque<Runnable> cloudAlmLane = new ArrayDeque<>();
    private final RecordingLauncher launcher = new RecordingLauncher();
    private final List<FeatureChange> heard = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final TriggerRouter router = new TriggerRouter(List.of(
            TriggerSpec.onStatus("folder/promote-qa", "prod", "In Testing"),
            TriggerSpec.onStatus("gate-tested", "prod", "Successfully Tested").reactingTo(false, true)));
    private FeatureSnapshot featureInCloudAlm = new FeatureSnapshot(UUID, "6-123", "Add credit check", "p-1", List.of(),
            "S30", Instant.parse("2026-02-01T14:03:00Z"));

    private final FeatureReader reader = new FeatureReader() {
        @Override
        public FeatureSnapshot read(String connection, FeatureFacts feature) {
            reads.incrementAndGet();
            if (featureInCloudAlm == null) {
                throw new FeatureNotFoundException("Cloud ALM connection 'prod' finds no feature " + feature.label());
            }
            return featureInCloudAlm;
        }

        @Override
        public StatusNameResolver statusNames(String connection) {
            return StatusNameResolver.of(CODES);
        }

        @Override
        public StatusNameResolver refreshStatusNames(String connection) {
            return StatusNameResolver.of(CODES);
        }
    };

    private WorkflowStore store;
    private WebhookService service;

    private WebhookService service() {
        if (service == null) {
            store = WorkflowStore.open(home.resolve(WorkflowStore.FILE_NAME), clock);
            service = service(store, jenkinsLane::add, cloudAlmLane::add);
        }
        return service;
    }

    private WebhookService service(WorkflowStore workflows, java.util.concurrent.Executor jenkins,
                                   java.util.concurrent.Executor cloudAlm) {
        CloudAlmConnection prod = new CloudAlmConnection("prod", "calm-key");
        prod.setWebhookSecretCredentialsId("webhook-secret");
        WebhookConnectionFactory factory = new WebhookConnectionFactory();
        WebhookHandler handler = WebhookHandler.builder(
                        () -> WebhookConnections.of(List.of(factory.of(prod, SECRET, reader.statusNames("prod")))),
                        router, launcher)
                .workflows(workflows.registry())
                .clock(clock)
                .build();
        DispatchWorker worker = new DispatchWorker(handler, launcher, reader, heard::add, workflows::saveIfChanged,
                jenkins, cloudAlm);
        return new WebhookService(handler, worker, workflows);
    }

    /** Runs the queued work of both lanes, as their threads would, until none is left. */
    private void drain() {
        while (!jenkinsLane.isEmpty() || !cloudAlmLane.isEmpty()) {
            Runnable next = !jenkinsLane.isEmpty() ? jenkinsLane.poll() : cloudAlmLane.poll();
            next.run();
        }
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("cloudalm:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static WebhookRequest request(String method, String path, String authorization, String body) {
        return new WebhookRequest(method, path, authorization, body == null ? null : "application/json", null,
                body == null ? RequestBody.empty() : RequestBody.of(body.getBytes(StandardCharsets.UTF_8), 1 << 20));
    }

    private static String statusChange(String eventId, String statusCode) {
        return """
                {"eventId":"%s","subscriptionId":"sub-1","resourceType":"FEATURE","eventType":"FEATURE.UPDATED",
                 "resourceId":"%s","resource":{"uuid":"%s","displayId":"6-123","title":"Add credit check",
                 "projectId":"p-1","statusCode":"%s","previousStatusCode":"S20","modifiedAt":"2026-02-01T14:03:00Z"}}
                """.formatted(eventId, UUID, UUID, statusCode);
    }

    private static JsonNode json(WebhookResult result) throws Exception {
        return JSON.readTree(result.response().body());
    }

    @Test
    void answersAtOnceAndStartsTheMatchingJobAfterwardsWithTheFeaturesEnvironment() throws Exception {
        WebhookResult result = service().handle(request("POST", "/prod", basic(SECRET), statusChange("evt-1", "S30")));

        assertThat(result.response().status()).isEqualTo(202);
        assertThat(launcher.scheduled).as("nothing is started on the request thread").isEmpty();
        assertThat(heard).isEmpty();

        drain();

        assertThat(launcher.jobs()).containsExactly("folder/promote-qa");
        assertThat(launcher.scheduled.get(0).environment())
                .containsEntry("CALM_FEATURE_ID", "6-123")
                .containsEntry("CALM_FEATURE_UUID", UUID)
                .containsEntry("CALM_FEATURE_TITLE", "Add credit check")
                .containsEntry("CALM_FEATURE_STATUS", "In Testing")
                .containsEntry("CALM_PREVIOUS_STATUS", "In Implementation")
                .containsEntry("CALM_PROJECT_ID", "p-1")
                .containsEntry("CALM_EVENT_ID", "evt-1")
                .containsEntry("CALM_CONNECTION", "prod");
        assertThat(heard).extracting(FeatureChange::eventId).as("the waiting steps hear it too").containsExactly("evt-1");
    }

    @Test
    void aWrongSecretGetsTheAnswerOfNothingToDoAndNeitherNamesAJob() throws Exception {
        WebhookResult wrongSecret = service().handle(request("POST", "/prod", basic("guess"), statusChange("evt-1", "S30")));
        WebhookResult nothingToDo = service().handle(request("POST", "/prod", basic(SECRET), statusChange("evt-2", "S20")));
        drain();

        assertThat(wrongSecret.outcome()).isEqualTo(DeliveryOutcome.AUTH_FAILED);
        assertThat(nothingToDo.outcome()).isEqualTo(DeliveryOutcome.NOTHING_TO_DO);
        assertThat(wrongSecret.response().status()).isEqualTo(nothingToDo.response().status()).isEqualTo(202);
        List<String> wrongSecretFields = new ArrayList<>();
        json(wrongSecret).fieldNames().forEachRemaining(wrongSecretFields::add);
        List<String> nothingToDoFields = new ArrayList<>();
        json(nothingToDo).fieldNames().forEachRemaining(nothingToDoFields::add);
        assertThat(wrongSecretFields).isEqualTo(nothingToDoFields).containsExactly("status", "delivery");
        assertThat(wrongSecret.response().body() + nothingToDo.response().body()).doesNotContain("promote", "gate");
        assertThat(launcher.scheduled).isEmpty();
        assertThat(heard).as("an unauthenticated delivery reaches nobody").extracting(FeatureChange::eventId)
                .containsExactly("evt-2");
    }

    @Test
    void aRedeliveredEventStartsOneBuild() {
        service().handle(request("POST", "/prod", basic(SECRET), statusChange("evt-1", "S30")));
        WebhookResult again = service().handle(request("POST", "/prod", basic(SECRET), statusChange("evt-1", "S30")));
        drain();

        assertThat(again.outcome()).isEqualTo(DeliveryOutcome.DUPLICATE);
        assertThat(again.response().status()).isEqualTo(202);
        assertThat(launcher.jobs()).containsExactly("folder/promote-qa");
    }

    @Test
    void aPayloadWithoutTheStatusIsDecidedAfterTheFeatureWasReadOnTheCloudAlmLane() {
        String withoutStatus = """
                {"eventType":"FEATURE.UPDATED","resourceType":"FEATURE","resourceId":"%s","resource":{"uuid":"%s"}}
                """.formatted(UUID, UUID);

        WebhookResult result = service().handle(request("POST", "/prod", basic(SECRET), withoutStatus));
        assertThat(result.outcome()).isEqualTo(DeliveryOutcome.ROUTED_LATER);
        jenkinsLane.poll().run();
        assertThat(reads).as("reading waits for its own lane").hasValue(0);
        assertThat(cloudAlmLane).hasSize(1);
        drain();

        assertThat(reads).hasValue(1);
        assertThat(launcher.jobs()).containsExactly("folder/promote-qa");
        assertThat(launcher.scheduled.get(0).environment()).containsEntry("CALM_FEATURE_STATUS", "In Testing")
                .containsEntry("CALM_FEATURE_ID", "6-123");
        assertThat(heard).hasSize(2);
        assertThat(heard.get(1).status().code()).as("the completed event reaches the steps too").isEqualTo("S30");
    }

    @Test
    void aFeatureThatCannotBeReadStartsNothing() {
        featureInCloudAlm = null;
        service().handle(request("POST", "/prod", basic(SECRET),
                "{\"eventType\":\"FEATURE.UPDATED\",\"resource\":{\"uuid\":\"" + UUID + "\"}}"));

        drain();

        assertThat(reads).hasValue(1);
        assertThat(launcher.scheduled).isEmpty();
    }

    private static final String WORKFLOW_STARTED = """
            {"calmJenkins":"workflow/1","eventType":"WORKFLOW.STARTED","feature":{"uuid":"%s","displayId":"6-123",
             "title":"Add credit check","statusName":"In Testing","targetStatusName":"Successfully Tested"}}
            """.formatted(UUID);

    private static String ping() {
        return "{\"calmJenkins\":\"workflow/1\",\"eventType\":\"WORKFLOW.PING\"}";
    }

    @Test
    void anApprovalWorkflowRunsTheGateAndSurvivesARestart() throws Exception {
        WebhookResult started = service().handle(request("POST", "/prod/workflow", basic(SECRET), WORKFLOW_STARTED));
        String workflowId = json(started).path("id").asText();
        drain();

        assertThat(started.response().status()).isEqualTo(200);
        assertThat(launcher.jobs()).containsExactly("gate-tested");
        assertThat(launcher.scheduled.get(0).environment()).containsEntry("CALM_WORKFLOW_ID", workflowId)
                .containsEntry("CALM_TARGET_STATUS", "Successfully Tested");
        assertThat(Files.readString(home.resolve(WorkflowStore.FILE_NAME))).as("saved").contains(workflowId,
                launcher.scheduled.get(0).handle());

        WebhookService afterRestart = service(WorkflowStore.open(home.resolve(WorkflowStore.FILE_NAME), clock),
                jenkinsLane::add, cloudAlmLane::add);
        launcher.states.put(launcher.scheduled.get(0).handle(), BuildState.RUNNING);
        JsonNode running = json(afterRestart.handle(request("POST", "/prod/workflow/" + workflowId, basic(SECRET), ping())));
        launcher.states.put(launcher.scheduled.get(0).handle(), BuildState.SUCCEEDED);
        JsonNode approved = json(afterRestart.handle(request("POST", "/prod/workflow/" + workflowId, basic(SECRET), ping())));

        assertThat(running.path("decision").asText()).isEqualTo("IN_PROCESS");
        assertThat(approved.path("decision").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void cancellingTheSwitchAbortsTheGateBuild() throws Exception {
        String workflowId = json(service().handle(request("POST", "/prod/workflow", basic(SECRET), WORKFLOW_STARTED)))
                .path("id").asText();
        drain();
        launcher.states.put(launcher.scheduled.get(0).handle(), BuildState.RUNNING);

        WebhookResult canceled = service().handle(request("PATCH", "/prod/workflow/" + workflowId, basic(SECRET),
                "{\"status\":\"CANCELED\",\"cascade\":false}"));
        drain();

        assertThat(canceled.outcome()).isEqualTo(DeliveryOutcome.WORKFLOW_CANCELED);
        assertThat(launcher.aborted).containsExactly(launcher.scheduled.get(0).handle());
    }

    @Test
    void aGateJobThatCannotBeScheduledRejectsTheSwitch() throws Exception {
        launcher.refusing.add("gate-tested");
        String workflowId = json(service().handle(request("POST", "/prod/workflow", basic(SECRET), WORKFLOW_STARTED)))
                .path("id").asText();
        drain();

        JsonNode answer = json(service().handle(request("POST", "/prod/workflow/" + workflowId, basic(SECRET), ping())));

        assertThat(answer.path("decision").asText()).isEqualTo("REJECTED");
        assertThat(answer.path("status").asText()).as("no build decided it").isEqualTo("FAILED");
    }

    @Test
    void aFullWorkQueueAnswersBusyWithoutLookingSoTheRedeliveryIsHandled() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ThreadPoolExecutor jenkins = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        try {
            jenkins.execute(() -> awaitQuietly(release));
            jenkins.execute(() -> { });
            WebhookService busy = service(WorkflowStore.open(home.resolve(WorkflowStore.FILE_NAME), clock), jenkins,
                    cloudAlmLane::add);

            WebhookResult refused = busy.handle(request("POST", "/prod", basic(SECRET), statusChange("evt-1", "S30")));
            release.countDown();
            while (!jenkins.getQueue().isEmpty() || jenkins.getActiveCount() > 0) {
                Thread.sleep(5);
            }
            WebhookResult redelivered = busy.handle(request("POST", "/prod", basic(SECRET), statusChange("evt-1", "S30")));

            assertThat(refused.outcome()).isEqualTo(DeliveryOutcome.BUSY);
            assertThat(refused.response().status()).isEqualTo(503);
            assertThat(refused.response().headers()).containsKey("Retry-After");
            assertThat(redelivered.outcome()).as("the refused delivery was not remembered").isEqualTo(DeliveryOutcome.DISPATCHED);
        } finally {
            release.countDown();
            jenkins.shutdownNow();
        }
    }

    @Test
    void stoppingWithJenkinsEndsTheLanesAndDropsQueuedWork() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ThreadPoolExecutor jenkins = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10));
        ThreadPoolExecutor cloudAlm = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10));
        jenkins.execute(() -> {
            running.countDown();
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        running.await(5, TimeUnit.SECONDS);
        WebhookService stopping = service(WorkflowStore.open(home.resolve(WorkflowStore.FILE_NAME), clock), jenkins,
                cloudAlm);
        WebhookResult queued = stopping.handle(request("POST", "/prod", basic(SECRET), statusChange("evt-1", "S30")));

        stopping.shutdown();

        assertThat(queued.outcome()).isEqualTo(DeliveryOutcome.DISPATCHED);
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the running item was interrupted").isTrue();
        assertThat(jenkins.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        assertThat(cloudAlm.isShutdown()).isTrue();
        assertThat(launcher.jobs()).as("the queued work was dropped, not run").isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
