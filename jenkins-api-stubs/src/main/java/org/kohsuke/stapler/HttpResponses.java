package org.kohsuke.stapler;

public class HttpResponses {
    private HttpResponses() {
        throw new UnsupportedOperationException("stub");
    }

    public abstract static class HttpResponseException extends RuntimeException implements HttpResponse {
        private HttpResponseException() {
            throw new UnsupportedOperationException("stub");
        }
    }

    public static HttpResponseException forwardToPreviousPage() {
        throw new UnsupportedOperationException("stub");
    }
}
