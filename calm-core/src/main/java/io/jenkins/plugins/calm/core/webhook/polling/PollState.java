package io.jenkins.plugins.calm.core.webhook.polling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one polling trigger remembers between polls and across restarts: how far it has looked
 * ({@link #watermark()}, a Cloud ALM {@code modifiedAt}) and which features it last saw in one of
 * its target statuses. Immutable; the plugin saves {@link #toJson()} before starting the builds of
 * a poll, so a restart never starts them a second time.
 *
 * @param watermark the newest {@code modifiedAt} handled, or {@code null} before the first poll
 * @param inTargetStatus feature UUID → the target status it was last seen in
 */
public record PollState(Instant watermark, Map<String, Seen> inTargetStatus) {

    /** The state of a trigger that has never polled. */
    public static final PollState INITIAL = new PollState(null, Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param statusName the display name of the target status
     * @param modifiedAt the feature's {@code modifiedAt} when it was seen, or {@code null}
     */
    public record Seen(String statusName, Instant modifiedAt) {
    }

    public PollState {
        inTargetStatus = Collections.unmodifiableMap(new LinkedHashMap<>(inTargetStatus));
    }

    /** @return the state as JSON */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("watermark", watermark == null ? null : watermark.toString());
        ObjectNode seen = root.putObject("inTargetStatus");
        inTargetStatus.forEach((uuid, s) -> seen.putObject(uuid)
                .put("status", s.statusName())
                .put("modifiedAt", s.modifiedAt() == null ? null : s.modifiedAt().toString()));
        return root.toString();
    }

    /**
     * @param json what {@link #toJson()} wrote
     * @throws IllegalArgumentException if it is not such a state
     */
    public static PollState fromJson(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode watermark = root.get("watermark");
            Map<String, Seen> seen = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.path("inTargetStatus").properties()) {
                JsonNode modifiedAt = entry.getValue().get("modifiedAt");
                seen.put(entry.getKey(), new Seen(
                        entry.getValue().path("status").asText(),
                        modifiedAt == null || modifiedAt.isNull() ? null : Instant.parse(modifiedAt.asText())));
            }
            return new PollState(watermark == null || watermark.isNull() ? null : Instant.parse(watermark.asText()), seen);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("The saved polling trigger state cannot be read (" + e.getMessage()
                    + "); delete it to start over, which treats the features now in the target statuses as already seen", e);
        }
    }
}
