package io.jenkins.plugins.calm.core.webhook.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.webhook.gate.WebhookLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeJsonReaderTest {

    private final SafeJsonReader reader = new SafeJsonReader(WebhookLimits.DEFAULT);

    private void assertRejected(String body, String reason) {
        assertRejected(body.getBytes(StandardCharsets.UTF_8), reason);
    }

    private void assertRejected(byte[] body, String reason) {
        assertThatThrownBy(() -> reader.readObject(body))
                .isInstanceOf(PayloadRejectedException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void readsAnObject() {
        assertThat(reader.readObject(Payloads.bytes(Payloads.resourceChange("e", "C", "In Testing"))).path("resource").path("displayId").asText())
                .isEqualTo("6-123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void refusesAnEmptyBody(String body) {
        assertRejected(body, "empty");
    }

    @Test
    void refusesXml() {
        assertRejected("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "malformed JSON");
    }

    @Test
    void refusesOtherTopLevelValues() {
        assertRejected("[1,2]", "not an array");
        assertRejected("\"text\"", "not a string");
        assertRejected("42", "not a number");
        assertRejected("null", "not a literal");
    }

    @Test
    void refusesTruncatedAndTrailingContent() {
        assertRejected("{\"a\":", "malformed JSON at line 1");
        assertRejected("{\"a\":1} {\"b\":2}", "malformed JSON");
        assertRejected("{\"a\":1} trailing", "malformed JSON");
    }

    @Test
    void refusesJsonExtensions() {
        assertRejected("{'a':1}", "malformed JSON");
        assertRejected("{\"a\":1 /* comment */}", "malformed JSON");
        assertRejected("{\"a\":NaN}", "malformed JSON");
        assertRejected("{\"a\":1,}", "malformed JSON");
    }

    @Test
    void refusesDuplicateFieldsNamingThemSafely() {
        assertRejected("{\"eventId\":\"a\",\"eventId\":\"b\"}", "repeats the field 'eventId'");
        assertRejected("{\"resource\":{\"statusCode\":\"A\",\"statusCode\":\"B\"}}", "repeats the field 'statusCode'");
        assertThatThrownBy(() -> reader.readObject(Payloads.bytes("{\"<script>\":1,\"<script>\":2}")))
                .hasMessageNotContaining("<script>");
    }

    @Test
    void refusesDeepNestingWithoutStackOverflow() {
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

        assertRejected(deep, "nested deeper than 32 levels");
        assertRejected("[".repeat(50_000), "");
    }

    @Test
    void refusesHugeStringsNamesAndNumbers() {
        assertRejected("{\"a\":\"" + "x".repeat(300_000) + "\"}", "string is longer than 262144");
        assertRejected("{\"" + "n".repeat(5_000) + "\":1}", "field name is longer than 1024");
        assertRejected("{\"a\":" + "9".repeat(5_000) + "}", "number is longer than 64");
    }

    @Test
    void refusesTooManyTokens() {
        StringBuilder many = new StringBuilder("{\"a\":[");
        for (int i = 0; i < 120_000; i++) {
            many.append(i == 0 ? "" : ",").append('1');
        }
        many.append("]}");

        assertRejected(many.toString(), "more than 100000 tokens");
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        assertRejected(body, "malformed JSON");
    }

    @Test
    void messagesDoNotEchoPayloadContent() {
        assertThatThrownBy(() -> reader.readObject(Payloads.bytes("{\"a\": <img src=x onerror=alert(1)>}")))
                .isInstanceOf(PayloadRejectedException.class)
                .hasMessageNotContaining("onerror")
                .hasMessageNotContaining("<img");
    }
}
