package io.jenkins.plugins.calm.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WebhookReceiverTest {
  private static final String ENVELOPE = "{\"eventId\":\"e-1\",\"subscriptionId\":\"s\",\"resourceType\":\"FEATURE\","
      + "\"eventType\":\"FEATURE.UPDATED\",\"resourceId\":\"9f0c0000-0000-0000-0000-000000000001\","
      + "\"resource\":{\"uuid\":\"9f0c0000-0000-0000-0000-000000000001\",\"displayId\":\"6-1\",\"statusCode\":\"A30\","
      + "\"statusName\":\"In Testing\",\"previousStatusCode\":\"A20\",\"previousStatusName\":\"In Implementation\"}}";

  private final List<FeatureEvent> events = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> post(WebhookReceiver receiver, String credentials, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(receiver.url()))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (credentials != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anAuthenticatedFeatureEventIsAnsweredAndHandedOn() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.start("calm", "pw", events::add, problems::add)) {
      assertThat(post(receiver, "calm:pw", ENVELOPE).statusCode()).isEqualTo(204);
    }
    assertThat(events).containsExactly(new FeatureEvent("e-1", "FEATURE.UPDATED",
        "9f0c0000-0000-0000-0000-000000000001", "6-1", "A30", "In Testing", "In Implementation"));
    assertThat(problems).isEmpty();
  }

  @Test
  void requestsWithoutTheCredentialsAreRefusedAndReported() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.start("calm", "pw", events::add, problems::add)) {
      assertThat(post(receiver, "calm:wrong", ENVELOPE).statusCode()).isEqualTo(401);
      assertThat(post(receiver, null, ENVELOPE).statusCode()).isEqualTo(401);
      assertThat(http.send(HttpRequest.newBuilder(URI.create(receiver.url())).GET().build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }
    assertThat(events).isEmpty();
    assertThat(problems).hasSize(3).first().asString().contains("without the webhook credentials", "HTTP 401");
  }

  @Test
  void anEnvelopeWithoutTheStatusIsRefusedWithTheReason() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.start("calm", "pw", events::add, problems::add)) {
      assertThat(post(receiver, "calm:pw", ENVELOPE.replace("\"statusCode\":\"A30\",", "")).statusCode())
          .isEqualTo(400);
      assertThat(post(receiver, "calm:pw", "<html/>").statusCode()).isEqualTo(400);
    }
    assertThat(problems).containsExactly("an event was refused: the event has no \"statusCode\" (HTTP 400)",
        problems.get(1));
    assertThat(problems.get(1)).contains("the body is not JSON");
  }

  @Test
  void eventsAboutOtherResourcesAreAcceptedButNotHandedOn() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.start("calm", "pw", events::add, problems::add)) {
      assertThat(post(receiver, "calm:pw", "{\"resourceType\":\"TASK\",\"eventType\":\"TASK.CREATED\","
          + "\"resourceId\":\"t\",\"resource\":{}}").statusCode()).isEqualTo(204);
    }
    assertThat(events).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void theEnvelopeNeedsItsResourceTypeAndEventType() {
    assertThatThrownBy(() -> FeatureEvent.parse("{\"eventType\":\"X\"}".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("the event has no \"resourceType\"");
    assertThatThrownBy(() -> FeatureEvent.parse("[1]".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("the body is not a JSON object");
  }
}
