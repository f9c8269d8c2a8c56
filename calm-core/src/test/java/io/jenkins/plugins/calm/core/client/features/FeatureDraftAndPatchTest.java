package io.jenkins.plugins.calm.core.client.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What a create and an update body may hold: the rules that differ between the two builders. */
class FeatureDraftAndPatchTest {

    private static final String PROJECT = "3532c9fd-0000-4000-8000-000000000001";

    @Test
    void aDraftNeedsATitleAndAProject() {
        assertThatThrownBy(() -> FeatureDraft.builder(PROJECT, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank");
        assertThatThrownBy(() -> FeatureDraft.builder(null, "Credit check")).isInstanceOf(NullPointerException.class)
                .hasMessage("projectId");
    }

    @Test
    void aDraftSendsItsFieldsInTheOrderTheyWereSet() {
        FeatureDraft draft = FeatureDraft.builder(PROJECT, "Credit check").statusCode("CS1").workstreamId("w1")
                .set("externalTicket", "T-1").build();

        assertThat(draft.toJson()).hasToString("{\"title\":\"Credit check\",\"projectId\":\"" + PROJECT
                + "\",\"statusCode\":\"CS1\",\"workstreamId\":\"w1\",\"externalTicket\":\"T-1\"}");
    }

    @Test
    void aPatchClearsAFieldWithAnExplicitNull() {
        FeaturePatch patch = FeaturePatch.builder().releaseId(null).set("scopeId", null).build();

        assertThat(patch.toJson()).hasToString("{\"releaseId\":null,\"scopeId\":null}");
        assertThat(patch.fields()).containsEntry("releaseId", null).containsEntry("scopeId", null);
    }

    @Test
    void aPatchNeitherBlanksTitleOrStatusNorChangesNothing() {
        assertThatThrownBy(() -> FeaturePatch.builder().title("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("title must not be blank");
        assertThatThrownBy(() -> FeaturePatch.builder().statusCode(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("statusCode");
        assertThatThrownBy(() -> FeaturePatch.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a feature update must change at least one field");
    }

    @Test
    void aFieldNameMustBeAnIdentifier() {
        assertThatThrownBy(() -> FeaturePatch.builder().set("title\":\"x", "y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a feature field name: \"title\":\"x\"");
        assertThatThrownBy(() -> FeatureDraft.builder(PROJECT, "t").set(null, "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
