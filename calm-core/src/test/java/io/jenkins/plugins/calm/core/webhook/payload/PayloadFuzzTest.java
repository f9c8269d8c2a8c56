package io.jenkins.plugins.calm.core.webhook.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.webhook.gate.WebhookLimits;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Randomised inputs, fixed seeds: the reader and parser either return a payload or throw {@link
 * PayloadRejectedException}, never anything else; and whatever they return satisfies the event
 * model's invariants. The timeout only guards against a hang (a parser that loops on some input).
 */
class PayloadFuzzTest {

    private static final long SEED = 0x5eed_ca1aL;
    private static final List<String> SEEDS = List.of(
            Payloads.resourceChange("evt-1", "T_TST", "In Testing"),
            Payloads.resourceChange(null, null, null),
            Payloads.recommended("Deployed"),
            Payloads.workflowStarted("Successfully Tested"),
            Payloads.workflowCall("WORKFLOW.PING"),
            "{\"eventType\":\"WORKFLOW.CANCELED\",\"workflowId\":\"w\"}");
    private static final String[] FIELD_NAMES = {
        "eventType", "eventId", "id", "subscriptionId", "resourceType", "resourceId", "resource", "feature", "uuid",
        "displayId", "universalId", "title", "projectId", "projectName", "statusCode", "statusName", "previousStatusCode",
        "previousStatusName", "targetStatusName", "modifiedAt", "tags", "workflowId", "name", "triggeredBy"
    };
    private static final String[] EVENT_TYPES = {
        "FEATURE.UPDATED", "WORKFLOW.STARTED", "WORKFLOW.PING", "WORKFLOW.CANCELED", "TASK.CREATED", "X.PING",
        "FEATURE.DELETED", "", "#{eventType}", "WORKFLOW."
    };

    private final SafeJsonReader reader = new SafeJsonReader(WebhookLimits.DEFAULT);
    private final Map<String, Integer> outcomes = new TreeMap<>();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedDeliveriesAreReadOrRejectedNeverAnythingElse() {
        Random random = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            byte[] body = mutate(random, SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.UTF_8));
            check(body, random);
        }
        assertThat(outcomes).as("the mutations must exercise both paths: %s", outcomes)
                .containsKeys("FeatureChange", "WorkflowStart", "WorkflowPing", "rejected");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void generatedJsonIsReadOrRejectedNeverAnythingElse() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder json = new StringBuilder();
            object(random, json, 0);
            check(json.toString().getBytes(StandardCharsets.UTF_8), random);
        }
        assertThat(outcomes).as("the generator must reach every payload kind: %s", outcomes)
                .containsKeys("FeatureChange", "WorkflowStart", "WorkflowPing", "WorkflowCancel", "IgnoredEvent", "rejected");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void randomBytesAreRejected() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 5_000; i++) {
            byte[] body = new byte[random.nextInt(2048)];
            random.nextBytes(body);
            check(body, random);
        }
        assertThat(outcomes).containsOnlyKeys("rejected");
    }

    private void check(byte[] body, Random random) {
        boolean workflowUrl = random.nextInt(4) == 0;
        String workflowId = workflowUrl && random.nextBoolean() ? "wf-" + random.nextInt(100) : null;
        try {
            JsonNode root = reader.readObject(body);
            WebhookPayload payload = WebhookPayloadParser.parse("c", root, null, workflowUrl, workflowId);
            assertInvariants(payload);
            WebhookPayload again = WebhookPayloadParser.parse("c", reader.readObject(body), null, workflowUrl, workflowId);
            assertThat(again).as("parsing is deterministic").isEqualTo(payload);
            outcomes.merge(payload.getClass().getSimpleName(), 1, Integer::sum);
        } catch (PayloadRejectedException expected) {
            outcomes.merge("rejected", 1, Integer::sum);
            assertThat(expected.getMessage()).as("a short reason fit for an HTTP answer").isNotBlank().hasSizeLessThan(300);
            assertNoControlCharacters(expected.getMessage());
        } catch (Throwable unexpected) {
            fail("Input " + new String(body, StandardCharsets.UTF_8) + " made the parser throw " + unexpected, unexpected);
        }
    }

    private static void assertInvariants(WebhookPayload payload) {
        assertThat(payload).isNotNull();
        if (payload instanceof FeatureChange change) {
            assertThat(change.eventId()).isNotBlank();
            assertThat(change.feature().label()).isNotBlank();
            assertNoControlCharacters(change.feature().uuid(), change.feature().displayId(), change.feature().title(),
                    change.feature().projectId(), change.status().code(), change.status().name(), change.eventId());
        } else if (payload instanceof WorkflowStart start) {
            assertThat(start.target().isUnknown()).isFalse();
            assertNoControlCharacters(start.feature().uuid(), start.feature().displayId(), start.feature().title());
        } else if (payload instanceof WorkflowPing ping) {
            assertThat(ping.workflowId()).isNotBlank();
        } else if (payload instanceof WorkflowCancel cancel) {
            assertThat(cancel.workflowId()).isNotBlank();
        }
    }

    private static void assertNoControlCharacters(String... values) {
        for (String value : values) {
            if (value != null) {
                assertThat(value.chars().noneMatch(Character::isISOControl)).as("control characters in %s", value).isTrue();
            }
        }
    }

    private static byte[] mutate(Random random, byte[] original) {
        byte[] body = original.clone();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && body.length > 0; m++) {
            int at = random.nextInt(body.length);
            switch (random.nextInt(6)) {
                case 0 -> body[at] = (byte) random.nextInt(256);
                case 1 -> body = Arrays.copyOf(body, at);
                case 2 -> body = splice(body, at, "\",\"eventType\":\"WORKFLOW.PING\"".getBytes(StandardCharsets.UTF_8));
                case 3 -> body = splice(body, at, new byte[] {'{', '[', '"', ':', ',', '}', ']'}, random);
                case 4 -> body = splice(body, at, ("\"" + FIELD_NAMES[random.nextInt(FIELD_NAMES.length)] + "\":")
                        .getBytes(StandardCharsets.UTF_8));
                default -> body = splice(body, at, "\\u0000\\n\\ud800".getBytes(StandardCharsets.UTF_8));
            }
        }
        return body;
    }

    private static byte[] splice(byte[] body, int at, byte[] insert) {
        byte[] result = new byte[body.length + insert.length];
        System.arraycopy(body, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(body, at, result, at + insert.length, body.length - at);
        return result;
    }

    private static byte[] splice(byte[] body, int at, byte[] alphabet, Random random) {
        return splice(body, at, new byte[] {alphabet[random.nextInt(alphabet.length)]});
    }

    /** A top-level object: a few known fields, sometimes a feature-like {@code resource} or {@code feature}. */
    private static void object(Random random, StringBuilder json, int depth) {
        json.append('{');
        int fields = 0;
        if (random.nextInt(4) > 0) {
            json.append("\"eventType\":\"").append(EVENT_TYPES[random.nextInt(EVENT_TYPES.length)]).append('"');
            fields++;
        }
        for (String container : new String[] {"resource", "feature"}) {
            if (random.nextInt(3) > 0) {
                json.append(fields++ > 0 ? "," : "").append('"').append(container).append("\":");
                if (random.nextInt(5) > 0) {
                    featureLike(random, json, depth + 1);
                } else {
                    value(random, json, depth + 1);
                }
            }
        }
        int extra = random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            json.append(fields++ > 0 ? "," : "").append('"').append(FIELD_NAMES[random.nextInt(FIELD_NAMES.length)])
                    .append("_x").append(i).append("\":");
            value(random, json, depth + 1);
        }
        json.append('}');
    }

    /** An object with a random subset of the known field names, mostly with text values. */
    private static void featureLike(Random random, StringBuilder json, int depth) {
        json.append('{');
        int fields = 0;
        for (String name : FIELD_NAMES) {
            if (random.nextInt(3) == 0) {
                json.append(fields++ > 0 ? "," : "").append('"').append(name).append("\":");
                if (random.nextInt(4) > 0) {
                    json.append('"').append(text(random)).append('"');
                } else {
                    value(random, json, depth + 1);
                }
            }
        }
        json.append('}');
    }

    /** Any JSON value; containers get rarer with depth so documents stay small. */
    private static void value(Random random, StringBuilder json, int depth) {
        boolean container = random.nextInt(depth + 2) == 0;
        int kind = container ? random.nextInt(2) : 2 + random.nextInt(4);
        switch (kind) {
            case 0 -> featureLike(random, json, depth);
            case 1 -> {
                json.append('[');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    json.append(i > 0 ? "," : "");
                    value(random, json, depth + 1);
                }
                json.append(']');
            }
            case 2 -> json.append('"').append(text(random)).append('"');
            case 3 -> json.append(random.nextInt(3) == 0 ? Long.toString(random.nextLong()) : Double.toString(random.nextDouble()));
            case 4 -> json.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
            default -> json.append("\"2026-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                    .append("T10:00:00Z\"");
        }
    }

    private static String text(Random random) {
        String[] pool = {
            "In Testing", "6-123", "#{item.id}", "${SWITCH(a,b)}", "", " ", "\\n", "\\u001b[31m", "日本語", "\\ud83d\\ude00",
            "<script>alert(1)</script>", "a".repeat(300), "2026-13-45T99:99:99Z", "\\\"", "WORKFLOW.PING", "Successfully Tested", "wf-1"
        };
        return pool[random.nextInt(pool.length)];
    }
}
