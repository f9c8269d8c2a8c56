package io.jenkins.plugins.calm.sandbox.http;

/** Answers one matched request. Throws {@link ApiException} for refusals. */
@FunctionalInterface
public interface RouteHandler {
  ApiResponse handle(ApiRequest request) throws Exception;
}
