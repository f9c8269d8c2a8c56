package io.jenkins.plugins.calm.core.webhook.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FeatureFieldMappingTest {

    @Test
    void keepsTheBasePointersForFieldsLeftOut() throws Exception {
        FeatureFieldMapping mapping = FeatureFieldMapping.parse("{\"statusName\":\"/data/state\"}");
        var root = new ObjectMapper().readTree("{\"feature\":{\"uuid\":\"u\"},\"data\":{\"state\":\"Deployed\"}}");

        assertThat(mapping.locate(root, FeatureField.FEATURE_UUID).node().asText()).isEqualTo("u");
        assertThat(mapping.locate(root, FeatureField.STATUS_NAME).node().asText()).isEqualTo("Deployed");
        assertThat(mapping.locate(root, FeatureField.STATUS_NAME).where()).isEqualTo("/data/state");
        assertThat(mapping.toString()).contains("custom(recommended)");
    }

    @Test
    void anEmptyListMeansThePayloadNeverHasTheField() throws Exception {
        FeatureFieldMapping mapping = FeatureFieldMapping.parse("{\"base\":\"resourceChanges\",\"displayId\":[]}");
        var root = new ObjectMapper().readTree("{\"resource\":{\"uuid\":\"u\",\"displayId\":\"6-1\"}}");

        assertThat(mapping.locate(root, FeatureField.DISPLAY_ID)).isNull();
    }

    @Test
    void explainsEveryMistake() {
        assertThatThrownBy(() -> FeatureFieldMapping.parse("not json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> FeatureFieldMapping.parse("[]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> FeatureFieldMapping.parse("{\"status\":\"/x\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown field \"status\"")
                .hasMessageContaining("statusName");
        assertThatThrownBy(() -> FeatureFieldMapping.parse("{\"statusName\":\"resource.statusName\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pointers start with /");
        assertThatThrownBy(() -> FeatureFieldMapping.parse("{\"statusName\":42}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a JSON pointer");
        assertThatThrownBy(() -> FeatureFieldMapping.parse("{\"statusName\":[42]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as strings");
        assertThatThrownBy(() -> FeatureFieldMapping.parse("{\"base\":\"xml\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"recommended\" or \"resourceChanges\"");
        assertThatThrownBy(() -> FeatureFieldMapping.parse("{\"featureUuid\":[],\"displayId\":[]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must locate \"featureUuid\" or \"displayId\"");
    }
}
