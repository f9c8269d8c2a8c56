package io.jenkins.plugins.calm.core.webhook.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMediaTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json;charset=\"UTF-8\"",
        "application/cloudevents+json",
        "application/json; profile=x"
    })
    void acceptsJson(String contentType) {
        assertThat(JsonMediaType.accepts(contentType)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "application/xml",
        "text/xml",
        "application/atom+xml",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=iso-8859-1",
        "application/json; charset=utf-16",
        "text/json"
    })
    void refusesEverythingElse(String contentType) {
        assertThat(JsonMediaType.accepts(contentType)).isFalse();
    }
}
