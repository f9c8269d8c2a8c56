package io.jenkins.plugins.calm.core.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.features.Feature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void anEntityKeepsACopyThatLaterChangesToTheReadJsonDoNotReach() throws Exception {
        ObjectNode read = (ObjectNode) Json.parse("{\"uuid\":\"u-1\",\"toProject\":{\"name\":\"P\"}}".getBytes(StandardCharsets.UTF_8));

        ObjectNode copy = Json.copyOfObject(read, "a feature");
        read.put("uuid", "changed");
        ((ObjectNode) read.get("toProject")).put("name", "changed");

        assertThat(copy.toString()).isEqualTo("{\"uuid\":\"u-1\",\"toProject\":{\"name\":\"P\"}}");
    }

    @Test
    void anythingButAnObjectIsRefusedNamingTheEntity() throws Exception {
        assertThatThrownBy(() -> Feature.fromJson(Json.parse("[1]".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a feature must be a JSON object");
        assertThatThrownBy(() -> Json.copyOfObject(null, "a transport"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a transport must be a JSON object");
    }
}
