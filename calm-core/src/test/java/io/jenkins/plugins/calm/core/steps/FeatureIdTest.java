package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeatureReferenceTest {
    @Test
    void readsDisplayIds() {
        FeatureId id = FeatureId.parse(" 6-123 ", "the feature parameter");

        assertThat(id.kind()).isEqualTo(FeatureId.Kind.DISPLAY_ID);
        assertThat(id.value()).isEqualTo("6-123");
        assertThat(id.isUuid()).isFalse();
    }

    @Test
    void readsUuidsInAnyCaseAndNormalisesThem() {
        FeatureId id = FeatureId.parse("3F2A6C1E-8D4B-4C2A-9E1F-0A1B2C3D4E5F", "x");

        assertThat(id.kind()).isEqualTo(FeatureId.Kind.UUID);
        assertThat(id.value()).isEqualTo("3f2a6c1e-8d4b-4c2a-9e1f-0a1b2c3d4e5f");
        assertThat(id).isEqualTo(FeatureId.parse("3f2a6c1e-8d4b-4c2a-9e1f-0a1b2c3d4e5f", "y"));
    }

    @Test
    void refusesAnythingElseSayingWhereItCameFromAndWhatWouldWork() {
        for (String wrong : new String[] {"ABC-123", "6-", "123", "6-123-4", "3f2a6c1e-8d4b-4c2a-9e1f", "", null}) {
            assertThatThrownBy(() -> FeatureId.parse(wrong, "the CALM_FEATURE_ID environment variable"))
                    .as(wrong)
                    .isInstanceOf(InvalidStepInputException.class)
                    .hasMessageContaining("from the CALM_FEATURE_ID environment variable is not a Cloud ALM feature")
                    .hasMessageContaining("(like 6-123)");
        }
    }

    @Test
    void abbreviatesAbsurdlyLongInputInTheMessage() {
        assertThatThrownBy(() -> FeatureId.parse("x".repeat(10_000), "p"))
                .message().hasSizeLessThan(400);
    }
}
