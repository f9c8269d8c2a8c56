package io.jenkins.plugins.calm.core.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns one kind of payload into JSON and back, explicitly, so that a file written by one version
 * of the plugin stays readable by the next and a damaged file fails with a precise reason.
 */
public interface PayloadCodec<T extends OutboxPayload> {

    /** Names the payload kind in the stored file, e.g. {@code "deployment-report"}. */
    String type();

    ObjectNode encode(T payload);

    /**
     * @throws IllegalArgumentException when the JSON is not a valid payload; the message says which
     *     field is wrong (the outbox quarantines the file with it)
     */
    T decode(JsonNode json);
}
