package io.jenkins.plugins.calm.core.webhook.gate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The body of a delivery, read with a limit: a body over the limit is never read to the end, so a
 * sender cannot make Jenkins buffer gigabytes before it says no.
 */
public final class RequestBody {

    private static final RequestBody TOO_LARGE = new RequestBody(null);

    private final byte[] bytes;

    private RequestBody(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Reads at most {@code limit + 1} bytes.
     *
     * @param in the request's input stream (not closed here)
     * @param declaredLength the {@code Content-Length}, or a negative number when unknown
     * @param limit the largest body accepted
     */
    public static RequestBody read(InputStream in, long declaredLength, int limit) throws IOException {
        if (declaredLength > limit) {
            return TOO_LARGE;
        }
        int initial = declaredLength >= 0 ? (int) declaredLength : Math.min(limit, 8192);
        byte[] buffer = new byte[Math.max(initial, 16)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (buffer.length > limit) {
                    return TOO_LARGE;
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) limit + 1, buffer.length * 2L));
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                break;
            }
            length += read;
            if (length > limit) {
                return TOO_LARGE;
            }
        }
        return new RequestBody(length == buffer.length ? buffer : Arrays.copyOf(buffer, length));
    }

    /** @return a body already held in memory, checked against {@code limit} */
    public static RequestBody of(byte[] bytes, int limit) {
        return bytes.length > limit ? TOO_LARGE : new RequestBody(bytes.clone());
    }

    /** @return an empty body */
    public static RequestBody empty() {
        return new RequestBody(new byte[0]);
    }

    /** @return whether the body exceeded the limit (its bytes were discarded) */
    public boolean tooLarge() {
        return bytes == null;
    }

    /** @return the bytes; only for bodies within the limit */
    public byte[] bytes() {
        if (bytes == null) {
            throw new IllegalStateException("The body exceeded the limit and was not kept");
        }
        return bytes;
    }

    @Override
    public String toString() {
        return bytes == null ? "RequestBody[too large]" : "RequestBody[" + bytes.length + " bytes]";
    }
}
