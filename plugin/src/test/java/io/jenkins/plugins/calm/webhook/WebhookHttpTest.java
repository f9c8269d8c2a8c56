package io.jenkins.plugins.calm.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.jenkins.plugins.calm.core.webhook.WebhookRequest;
import io.jenkins.plugins.calm.core.webhook.WebhookResponse;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookHttpTest {

    private static ServletInputStream body(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static HttpServletRequest request(String method, byte[] body, long contentLength) throws IOException {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getHeader("Authorization")).thenReturn("Basic Y2FsbTpzZWNyZXQ=");
        when(request.getHeader("Content-Type")).thenReturn("application/json");
        when(request.getQueryString()).thenReturn("x=1");
        when(request.getContentLengthLong()).thenReturn(contentLength);
        when(request.getInputStream()).thenReturn(body(body));
        return request;
    }

    @Test
    void copiesWhatTheDecisionNeedsOutOfTheServletRequest() throws IOException {
        byte[] json = "{\"eventId\":\"e\"}".getBytes(StandardCharsets.UTF_8);

        WebhookRequest copied = WebhookHttp.read(request("POST", json, json.length), "/prod/workflow/wf-1", 1024);

        assertThat(copied.method()).isEqualTo("POST");
        assertThat(copied.path()).isEqualTo("/prod/workflow/wf-1");
        assertThat(copied.authorization()).isEqualTo("Basic Y2FsbTpzZWNyZXQ=");
        assertThat(copied.contentType()).isEqualTo("application/json");
        assertThat(copied.queryString()).isEqualTo("x=1");
        assertThat(copied.body().bytes()).isEqualTo(json);
        assertThat(copied.toString()).as("no secret in toString").doesNotContain("Y2FsbTpzZWNyZXQ=");
    }

    @Test
    void stopsReadingABodyOverTheLimit() throws IOException {
        byte[] large = new byte[4096];

        assertThat(WebhookHttp.read(request("POST", large, large.length), "", 1024).body().tooLarge())
                .as("declared too large").isTrue();
        assertThat(WebhookHttp.read(request("POST", large, -1), "", 1024).body().tooLarge())
                .as("length not declared, read up to the limit").isTrue();
    }

    @Test
    void writesTheAnswerAsJsonThatIsNeverCached() throws IOException {
        HttpServletResponse response = mock(HttpServletResponse.class);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                written.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        });

        WebhookHttp.write(response, new WebhookResponse(401, "{\"error\":\"authentication required\"}",
                Map.of("WWW-Authenticate", "Basic realm=\"Cloud ALM webhook\"")));

        verify(response).setStatus(401);
        verify(response).setContentType("application/json;charset=utf-8");
        verify(response).setHeader("Cache-Control", "no-store");
        verify(response).setHeader("WWW-Authenticate", "Basic realm=\"Cloud ALM webhook\"");
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"authentication required\"}");
    }

    @Test
    void theWebhookPathIsEverythingBelowTheEndpointAndNothingElse() {
        assertThat(WebhookHttp.isWebhookPath("/cloud-alm-webhook/")).isTrue();
        assertThat(WebhookHttp.isWebhookPath("/cloud-alm-webhook/prod/workflow/wf-1")).isTrue();
        assertThat(WebhookHttp.isWebhookPath("/cloud-alm-webhook")).as("Jenkins redirects this to the slash").isFalse();
        assertThat(WebhookHttp.isWebhookPath("/cloud-alm-webhooks/")).isFalse();
        assertThat(WebhookHttp.isWebhookPath("/job/x/cloud-alm-webhook/")).isFalse();
        assertThat(WebhookHttp.isWebhookPath("/job/x/build")).isFalse();
        assertThat(WebhookHttp.isWebhookPath(null)).isFalse();
    }

    private static boolean isWebhookRequest(String contextPath, String requestUri) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn(contextPath);
        when(request.getRequestURI()).thenReturn(requestUri);
        return WebhookHttp.isWebhookRequest(request);
    }

    @Test
    void aRequestIsTheWebhooksByThePathStaplerDispatchesNotByWhatTheContainerMadeOfIt() {
        assertThat(isWebhookRequest("", "/cloud-alm-webhook/prod")).isTrue();
        assertThat(isWebhookRequest("/jenkins", "/jenkins/cloud-alm-webhook/")).isTrue();
        assertThat(isWebhookRequest("/jenkins", "/jenkins/cloud-alm-webhook/prod/workflow/wf-1/outputs")).isTrue();
        assertThat(isWebhookRequest("", "//cloud-alm-webhook/./prod")).as("Stapler drops empty and '.' segments too").isTrue();

        assertThat(isWebhookRequest("", "/cloud-alm-webhook//../script"))
                .as("Stapler resolves this to /script, whatever the container makes of the empty segment").isFalse();
        assertThat(isWebhookRequest("", "/cloud-alm-webhook/../job/x/build")).isFalse();
        assertThat(isWebhookRequest("", "/cloud-alm-webhook/prod/../..")).isFalse();
        assertThat(isWebhookRequest("", "/cloud-alm-webhookX/prod")).isFalse();
        assertThat(isWebhookRequest("", "/cloud-alm-webhook")).isFalse();
        assertThat(isWebhookRequest("", "/cloud-alm-webhook%2F..%2Fscript")).as("left encoded, as Stapler sees it").isFalse();
        assertThat(isWebhookRequest("/jenkins", "/cloud-alm-webhook/")).as("outside the context path").isFalse();
        assertThat(isWebhookRequest("", null)).isFalse();
    }

    @Test
    void dispatchPathsResolveLikeStapler() {
        assertThat(WebhookHttp.dispatchPath("/")).isEqualTo("/");
        assertThat(WebhookHttp.dispatchPath("")).isEqualTo("/");
        assertThat(WebhookHttp.dispatchPath("/a//b/./c/")).isEqualTo("/a/b/c/");
        assertThat(WebhookHttp.dispatchPath("/a/b/../c")).isEqualTo("/a/c");
        assertThat(WebhookHttp.dispatchPath("/../a")).isEqualTo("/a");
        assertThat(WebhookHttp.dispatchPath("/a/..")).isEqualTo("/");
    }
}
