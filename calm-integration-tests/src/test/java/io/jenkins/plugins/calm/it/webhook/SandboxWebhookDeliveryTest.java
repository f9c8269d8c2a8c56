package io.jenkins.plugins.calm.it.webhook;

import static io.jenkins.plugins.calm.it.webhook.WebhookFixture.EXTENSIONS;
import static io.jenkins.plugins.calm.it.webhook.WebhookFixture.ORDER_TO_CASH;
import static io.jenkins.plugins.calm.it.webhook.WebhookFixture.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.features.FeatureDraft;
import io.jenkins.plugins.calm.core.webhook.DeliveryOutcome;
import io.jenkins.plugins.calm.core.webhook.Dispatch;
import io.jenkins.plugins.calm.core.webhook.WebhookResult;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.StatusRef;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import io.jenkins.plugins.calm.sandbox.events.SandboxEvent;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's real webhook deliveries (Resource Changes envelopes over HTTP, with the BTP
 * destination's Basic authentication and its retries) through calm-core's webhook handler.
 */
class SandboxWebhookDeliveryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static List<TriggerSpec> triggers(java.util.Map<String, String> projects) {
        return List.of(
                TriggerSpec.onStatus("promote-qa", "prod", "In Testing"),
                TriggerSpec.onStatus("o2c-invoices", "prod", "In Testing")
                        .inProject(projects.get(ORDER_TO_CASH), ORDER_TO_CASH).withTitlePattern("(?i)invoice"));
    }

    private static WebhookFixture fixture() throws Exception {
        return new WebhookFixture(b -> b, SandboxWebhookDeliveryTest::triggers);
    }

    private static Predicate<List<WebhookResult>> count(int n) {
        return results -> results.size() >= n;
    }

    private static Dispatch.StartBuilds startBuilds(WebhookResult result) {
        return result.dispatches().stream().filter(Dispatch.StartBuilds.class::isInstance)
                .map(Dispatch.StartBuilds.class::cast).findFirst().orElseThrow(() -> new AssertionError(result.logLine()));
    }

    private static WebhookResult withEventType(List<WebhookResult> results, String eventType) {
        return results.stream().filter(r -> eventType.equals(change(r).eventType())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + eventType + " among " + results.stream().map(WebhookResult::logLine).toList()));
    }

    private static FeatureChange change(WebhookResult result) {
        return result.dispatches().stream().filter(Dispatch.NotifyWaiters.class::isInstance)
                .map(d -> ((Dispatch.NotifyWaiters) d).change()).findFirst().orElseThrow(() -> new AssertionError(result.logLine()));
    }

    @Test
    void aStatusChangeStartsTheMatchingJobsWithTheFeaturesEnvironment() throws Exception {
        try (WebhookFixture f = fixture()) {
            f.sandbox.switchStatusAsUser("6-8", "In Testing");

            WebhookResult result = f.receiver.await(count(1), TIMEOUT).get(0);
            SandboxEvent event = f.sandbox.awaitEvents(e -> !e.isEmpty() && e.get(0).state() == SandboxEvent.State.DELIVERED, TIMEOUT).get(0);

            assertThat(result.outcome()).isEqualTo(DeliveryOutcome.DISPATCHED);
            assertThat(result.response().status()).isEqualTo(202);
            Dispatch.StartBuilds start = startBuilds(result);
            assertThat(start.triggers()).extracting(TriggerSpec::id).as("the other trigger is limited to another project")
                    .containsExactly("promote-qa");
            assertThat(start.request().environment())
                    .containsEntry("CALM_FEATURE_ID", "6-8")
                    .containsEntry("CALM_FEATURE_UUID", event.resourceId())
                    .containsEntry("CALM_FEATURE_TITLE", "Fiori app: approve purchase requisitions")
                    .containsEntry("CALM_FEATURE_STATUS", "In Testing")
                    .containsEntry("CALM_PREVIOUS_STATUS", "In Implementation")
                    .containsEntry("CALM_PROJECT_ID", f.projectId(EXTENSIONS))
                    .containsEntry("CALM_EVENT_ID", event.eventId())
                    .containsEntry("CALM_CONNECTION", "prod");
            assertThat(start.request().causeText()).isEqualTo("Cloud ALM feature 6-8 moved to In Testing");
        }
    }

    @Test
    void readsTheCreateEnvelopeAndFiltersByProjectAndTitle() throws Exception {
        try (WebhookFixture f = fixture()) {
            Feature created = f.client.features().create(
                    FeatureDraft.builder(f.projectId(ORDER_TO_CASH), "Invoice by e-mail").build());
            f.sandbox.switchStatusAsUser(created.displayId(), "In Implementation");
            f.sandbox.switchStatusAsUser(created.displayId(), "In Testing");
            f.sandbox.switchStatusAsUser("6-1", "In Testing");

            List<WebhookResult> results = f.receiver.await(count(4), TIMEOUT);
            // The sandbox delivers each event on its own, so they may arrive in any order.
            WebhookResult created1 = withEventType(results, "FEATURE.CREATED");
            FeatureChange create = change(created1);
            assertThat(create.source()).isEqualTo(FeatureChange.Source.RESOURCE_CHANGES);
            assertThat(create.feature().uuid()).isEqualTo(created.uuid());
            assertThat(create.feature().displayId()).isEqualTo(created.displayId());
            assertThat(create.feature().title()).isEqualTo("Invoice by e-mail");
            assertThat(create.feature().projectId()).isEqualTo(f.projectId(ORDER_TO_CASH));
            assertThat(create.status().name()).isEqualTo("In Specification");
            assertThat(create.previousStatus()).as("null on create").isEqualTo(StatusRef.UNKNOWN);
            assertThat(create.modifiedAt()).isNotNull();
            assertThat(created1.outcome()).isEqualTo(DeliveryOutcome.NOTHING_TO_DO);
            WebhookResult implementation = results.stream()
                    .filter(r -> "In Implementation".equals(change(r).status().name())).findFirst().orElseThrow();
            assertThat(implementation.outcome()).isEqualTo(DeliveryOutcome.NOTHING_TO_DO);
            assertThat(implementation.logLine()).contains("no trigger waits for status 'In Implementation'");

            WebhookResult invoice = results.stream().filter(r -> r.detail().contains("feature " + created.displayId() + ",")
                    && r.outcome() == DeliveryOutcome.DISPATCHED).findFirst().orElseThrow();
            assertThat(startBuilds(invoice).triggers()).extracting(TriggerSpec::id)
                    .containsExactlyInAnyOrder("promote-qa", "o2c-invoices");
            WebhookResult creditCheck = results.stream().filter(r -> r.detail().contains("feature 6-1,")).findFirst().orElseThrow();
            assertThat(startBuilds(creditCheck).triggers()).extracting(TriggerSpec::id)
                    .as("same project, but the title has no 'invoice'").containsExactly("promote-qa");
        }
    }

    @Test
    void aRedeliveredEventStartsNothingTwice() throws Exception {
        try (WebhookFixture f = fixture()) {
            f.receiver.failAfterHandling(1);
            f.sandbox.switchStatusAsUser("6-8", "In Testing");

            List<WebhookResult> results = f.receiver.await(count(2), TIMEOUT);
            SandboxEvent event = f.sandbox.awaitEvents(e -> !e.isEmpty() && e.get(0).state() == SandboxEvent.State.DELIVERED, TIMEOUT).get(0);

            assertThat(event.attempts()).extracting(SandboxEvent.Attempt::status).containsExactly(500, 202);
            assertThat(results).extracting(WebhookResult::outcome)
                    .containsExactly(DeliveryOutcome.DISPATCHED, DeliveryOutcome.DUPLICATE);
            assertThat(results.get(1).dispatches()).as("not even the waiting steps hear it twice").isEmpty();
            assertThat(results.get(1).logLine()).contains("event " + event.eventId());
        }
    }

    @Test
    void aWrongSecretGetsTheSameAnswerAsNothingToDoAndStartsNothing() throws Exception {
        try (WebhookFixture f = new WebhookFixture(
                b -> b.webhook(null, null, null), SandboxWebhookDeliveryTest::triggers);
             WebhookFixture wrong = new WebhookFixture(
                     b -> b.webhook(f.receiver.url() + "/prod", "cloudalm", "not-" + SECRET), SandboxWebhookDeliveryTest::triggers)) {
            wrong.sandbox.switchStatusAsUser("6-8", "In Testing");
            wrong.sandbox.switchStatusAsUser("6-3", "In Implementation");

            List<WebhookResult> results = f.receiver.await(count(2), TIMEOUT);
            List<SandboxEvent> events = wrong.sandbox.awaitEvents(
                    e -> e.size() == 2 && e.stream().allMatch(x -> x.state() == SandboxEvent.State.DELIVERED), TIMEOUT);

            assertThat(results).extracting(WebhookResult::outcome).containsOnly(DeliveryOutcome.AUTH_FAILED);
            assertThat(results).allSatisfy(r -> assertThat(r.dispatches()).isEmpty());
            assertThat(results.get(0).logLine()).contains("does not match");
            assertThat(events).as("the sender cannot tell a wrong secret from nothing to do")
                    .allSatisfy(e -> assertThat(e.attempts()).extracting(SandboxEvent.Attempt::status).containsExactly(202));
        }
    }

    @Test
    void aDestinationWithoutAuthenticationIsRefusedAndTheSenderRetries() throws Exception {
        try (WebhookFixture f = fixture();
             WebhookFixture anonymous = new WebhookFixture(
                     b -> b.webhook(f.receiver.url() + "/prod", null, null), SandboxWebhookDeliveryTest::triggers)) {
            anonymous.sandbox.switchStatusAsUser("6-8", "In Testing");

            SandboxEvent event = anonymous.sandbox.awaitEvents(
                    e -> !e.isEmpty() && e.get(0).state() == SandboxEvent.State.FAILED, TIMEOUT).get(0);

            assertThat(event.attempts()).extracting(SandboxEvent.Attempt::status).containsOnly(401).hasSize(3);
            assertThat(f.receiver.results()).extracting(WebhookResult::outcome).containsOnly(DeliveryOutcome.AUTH_FAILED);
            assertThat(f.receiver.results().get(0).logLine()).contains("no Authorization header");
        }
    }
}
