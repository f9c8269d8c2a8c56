package io.jenkins.plugins.calm.sandbox;

import static io.jenkins.plugins.calm.sandbox.Api.FEATURES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.sandbox.events.RetryPolicy;
import io.jenkins.plugins.calm.sandbox.events.SandboxEvent;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WebhookTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(10), Duration.ofMillis(40), 4);

  private static CloudAlmSandbox.Builder sandboxFor(Receiver receiver) {
    return CloudAlmSandbox.builder().port(0).webhook(receiver.url("/hooks/calm"), "calm", "s3cret").webhookRetry(FAST);
  }

  private static String code(Api api, String name) {
    for (JsonNode status : api.get(FEATURES + "/FeatureStatus").json().path("value")) {
      if (status.path("name").asText().equals(name)) {
        return status.path("code").asText();
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void aStatusChangePostsTheResourceChangesEnvelopeWithBasicAuth() throws Exception {
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = sandboxFor(receiver).start()) {
      Api api = new Api(sandbox);
      String uuid = api.uuidOf("6-1");
      api.patch(FEATURES + "/Features/" + uuid, "{\"statusCode\":\"" + code(api, "In Testing") + "\"}");

      Receiver.Request request = receiver.take(WAIT);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/hooks/calm");
      assertThat(request.authorization()).isEqualTo(Api.basic("calm", "s3cret"));
      JsonNode event = request.json();
      assertThat(event.path("subscriptionId").asText()).isNotBlank();
      assertThat(event.path("resourceType").asText()).isEqualTo("FEATURE");
      assertThat(event.path("eventType").asText()).isEqualTo("FEATURE.UPDATED");
      assertThat(event.path("resourceId").asText()).isEqualTo(uuid);
      assertThat(event.path("eventId").asText()).isNotBlank();
      JsonNode resource = event.path("resource");
      assertThat(resource.path("displayId").asText()).isEqualTo("6-1");
      assertThat(resource.path("statusCode").asText()).isEqualTo(code(api, "In Testing"));
      assertThat(resource.path("statusName").asText()).isEqualTo("In Testing");
      assertThat(resource.path("previousStatusCode").asText()).isEqualTo(code(api, "In Implementation"));
      assertThat(resource.path("previousStatusName").asText()).isEqualTo("In Implementation");
      assertThat(resource.path("projectName").asText()).isEqualTo("S/4HANA Order-to-Cash Rollout");
      assertThat(resource.path("modifiedAt").asText()).isEqualTo(api.get(FEATURES + "/Features/" + uuid).json()
          .path("modifiedAt").asText());
    }
  }

  @Test
  void createAndUserSwitchesAlsoNotifyEachWithItsOwnEventId() throws Exception {
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = sandboxFor(receiver).start()) {
      Api api = new Api(sandbox);
      api.post(FEATURES + "/Features", "{\"title\":\"New\",\"projectId\":\"" + DemoData.ORDER_TO_CASH + "\"}");
      sandbox.switchStatusAsUser("6-3", "in implementation");
      Set<String> ids = new HashSet<>();
      Set<String> types = new HashSet<>();
      for (int i = 0; i < 2; i++) {
        JsonNode event = receiver.take(WAIT).json();
        ids.add(event.path("eventId").asText());
        types.add(event.path("eventType").asText());
        if (event.path("eventType").asText().equals("FEATURE.CREATED")) {
          assertThat(event.path("resource").path("previousStatusCode").isNull()).isTrue();
        } else {
          assertThat(event.path("resource").path("displayId").asText()).isEqualTo("6-3");
        }
      }
      assertThat(ids).hasSize(2);
      assertThat(types).containsExactlyInAnyOrder("FEATURE.CREATED", "FEATURE.UPDATED");
    }
  }

  @Test
  void deliveryHappensOffTheRequestThread() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = sandboxFor(receiver).start()) {
      receiver.answer(r -> {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new Receiver.Answer(200, "{}");
      });
      Api api = new Api(sandbox);
      Api.Response patch = api.patch(FEATURES + "/Features/" + api.uuidOf("6-1"), "{\"title\":\"Renamed\"}");
      assertThat(patch.status()).isEqualTo(200);
      assertThat(sandbox.events()).singleElement()
          .satisfies(e -> assertThat(e.state()).isEqualTo(SandboxEvent.State.PENDING));
      release.countDown();
      sandbox.awaitEvents(events -> events.get(0).state() == SandboxEvent.State.DELIVERED, WAIT);
    }
  }

  @Test
  void retriesWithBackoffWhileTheReceiverFails() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = sandboxFor(receiver).start()) {
      receiver.answer(r -> new Receiver.Answer(calls.incrementAndGet() <= 2 ? 503 : 200, "{}"));
      sandbox.switchStatusAsUser("6-1", "In Testing");
      List<SandboxEvent> events = sandbox.awaitEvents(
          list -> !list.isEmpty() && list.get(0).state() == SandboxEvent.State.DELIVERED, WAIT);
      SandboxEvent event = events.get(0);
      assertThat(event.attempts()).extracting(SandboxEvent.Attempt::status).containsExactly(503, 503, 200);
      assertThat(event.attempts().get(0).error()).contains("HTTP 503");
      String first = receiver.take(WAIT).json().path("eventId").asText();
      assertThat(receiver.take(WAIT).json().path("eventId").asText()).isEqualTo(first);
      assertThat(receiver.take(WAIT).json().path("eventId").asText()).isEqualTo(first);

      JsonNode inspected = new Api(sandbox).admin("GET", "/sandbox/events", null).json();
      assertThat(inspected.path(0).path("state").asText()).isEqualTo("DELIVERED");
      assertThat(inspected.path(0).path("attempts")).hasSize(3);
    }
  }

  @Test
  void givesUpAfterTheLastAttempt() throws Exception {
    try (Receiver receiver = new Receiver(); CloudAlmSandbox sandbox = sandboxFor(receiver).start()) {
      receiver.answer(r -> new Receiver.Answer(500, "{}"));
      sandbox.switchStatusAsUser("6-1", "In Testing");
      List<SandboxEvent> events = sandbox.awaitEvents(
          list -> !list.isEmpty() && list.get(0).state() == SandboxEvent.State.FAILED, WAIT);
      assertThat(events.get(0).attempts()).hasSize(FAST.maxAttempts());
    }
  }

  @Test
  void injectedDeliveryFailuresAreRetriedToo() throws Exception {
    try (Receiver receiver = new Receiver();
        CloudAlmSandbox sandbox = sandboxFor(receiver).faults("webhook-fail,event=FEATURE.*,count=2").start()) {
      sandbox.switchStatusAsUser("6-1", "In Testing");
      List<SandboxEvent> events = sandbox.awaitEvents(
          list -> !list.isEmpty() && list.get(0).state() == SandboxEvent.State.DELIVERED, WAIT);
      assertThat(events.get(0).attempts()).hasSize(3);
      assertThat(events.get(0).attempts().get(0).error()).contains("on purpose");
      receiver.take(WAIT);
      assertThat(receiver.pending()).isZero();
    }
  }

  @Test
  void withoutAReceiverEventsAreOnlyRecorded() throws Exception {
    try (CloudAlmSandbox sandbox = CloudAlmSandbox.builder().port(0).start()) {
      sandbox.switchStatusAsUser("6-1", "In Testing");
      assertThat(sandbox.events()).singleElement().satisfies(e -> {
        assertThat(e.state()).isEqualTo(SandboxEvent.State.NOT_SENT);
        assertThat(e.eventType()).isEqualTo("FEATURE.UPDATED");
      });
    }
  }
}
