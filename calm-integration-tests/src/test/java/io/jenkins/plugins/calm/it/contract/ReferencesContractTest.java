package io.jenkins.plugins.calm.it.contract;

import static io.jenkins.plugins.calm.it.contract.AuthenticationContractTest.uuidOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.RequestRejectedException;
import io.jenkins.plugins.calm.core.client.features.FeatureReference;
import io.jenkins.plugins.calm.core.client.features.ReferencesApi;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** URL and external references on features, with calm-core's default {@code ReferenceMapping}. */
class ReferencesContractTest {

    private static final String BUILD_URL = "https://jenkins.example.com/job/credit-check/42/";

    @Test
    void aUrlReferenceIsCreatedListedAndDeleted() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            ReferencesApi references = connection.client().references();
            String feature = uuidOf("6-1");

            FeatureReference created = references.addUrlReference(feature, "Jenkins build #42", BUILD_URL);

            assertThat(created.kind()).isEqualTo(FeatureReference.Kind.URL);
            assertThat(created.text("id")).isNotBlank();
            assertThat(created.parentUuid()).isEqualTo(feature);
            assertThat(references.urlReferences(feature)).singleElement().satisfies(listed -> {
                assertThat(listed.name()).isEqualTo("Jenkins build #42");
                assertThat(listed.url()).isEqualTo(BUILD_URL);
                assertThat(listed.text("id")).isEqualTo(created.text("id"));
            });
            assertThat(references.urlReferences(uuidOf("6-2"))).isEmpty();

            references.delete(created);

            assertThat(references.urlReferences(feature)).isEmpty();
            assertThat(catchThrowableOfType(NotFoundException.class, () -> references.delete(created)).getMessage())
                    .contains("URLReferences/{id}");
        }
    }

    @Test
    void anExternalReferenceIsCreatedListedAndDeletedByItsIdAndFeature() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            ReferencesApi references = connection.client().references();
            String feature = uuidOf("6-2");

            FeatureReference created = references.addExternalReference(feature, "jenkins:credit-check#42",
                    "Deployed to QAS by Jenkins", BUILD_URL);
            references.addExternalReference(feature, "jenkins:credit-check#43", "Deployed to PRD by Jenkins", null);

            assertThat(created.externalId()).isEqualTo("jenkins:credit-check#42");
            assertThat(references.externalReferences(feature)).extracting(FeatureReference::externalId)
                    .containsExactly("jenkins:credit-check#42", "jenkins:credit-check#43");

            references.deleteExternalReference("jenkins:credit-check#42", feature);
            assertThat(references.externalReferences(feature)).extracting(FeatureReference::externalId)
                    .containsExactly("jenkins:credit-check#43");
            references.delete(references.externalReferences(feature).get(0));
            assertThat(references.externalReferences(feature)).isEmpty();
        }
    }

    @Test
    void aReferenceToAFeatureThatDoesNotExistIsRejected() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            String nobody = UUID.randomUUID().toString();

            RequestRejectedException rejected = catchThrowableOfType(RequestRejectedException.class,
                    () -> connection.client().references().addUrlReference(nobody, "build", BUILD_URL));

            assertThat(rejected.statusCode()).isEqualTo(400);
            assertThat(rejected.getMessage()).contains(nobody, "is not an existing feature");
        }
    }
}
