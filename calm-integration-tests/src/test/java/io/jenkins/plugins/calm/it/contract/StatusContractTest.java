package io.jenkins.plugins.calm.it.contract;

import static io.jenkins.plugins.calm.it.contract.AuthenticationContractTest.uuidOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.calm.core.client.RequestRejectedException;
import io.jenkins.plugins.calm.core.client.features.CodeListEntry;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.features.FeaturesApi;
import io.jenkins.plugins.calm.core.client.features.UnknownStatusException;
import io.jenkins.plugins.calm.sandbox.features.CodeSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Status handling by display name. Every test runs on both of the sandbox's code sets, which
 * share no code: passing on both proves that nothing in calm-core depends on a status code.
 */
class StatusContractTest {

    private static final List<String> STATUS_NAMES = List.of("In Specification", "In Implementation", "In Testing",
            "Successfully Tested", "Ready for Production", "Deployed", "Not Planned");

    @ParameterizedTest(name = "code set {0}")
    @EnumSource(CodeSet.class)
    void statusNamesResolveToTheTenantsCodes(CodeSet codeSet) throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.codeSet(codeSet))) {
            FeaturesApi features = connection.client().features();

            assertThat(features.statuses()).extracting(CodeListEntry::name)
                    .containsExactlyInAnyOrderElementsOf(STATUS_NAMES);
            assertThat(features.statuses()).allSatisfy(entry -> assertThat(entry.code()).isNotEqualTo(entry.name()));
            // 6-2 is In Testing in the demo seed: the client's resolution agrees with what the tenant stores.
            assertThat(features.resolveStatus("  in   TESTING ")).isEqualTo(
                    connection.sandbox().feature("6-2").get("statusCode").asText());
            assertThat(features.statusName(features.get(uuidOf("6-7")).statusCode())).contains("Deployed");
        }
    }

    @Test
    void theTwoCodeSetsShareNoCode() throws Exception {
        try (SandboxConnection a = SandboxConnection.start(sandbox -> sandbox.codeSet(CodeSet.A));
             SandboxConnection b = SandboxConnection.start(sandbox -> sandbox.codeSet(CodeSet.B))) {
            List<String> codesA = codes(a.client().features().statuses());
            List<String> codesB = codes(b.client().features().statuses());

            assertThat(codesA).doesNotContainAnyElementsOf(codesB);
        }
    }

    @ParameterizedTest(name = "code set {0}")
    @EnumSource(CodeSet.class)
    void aFeatureIsPromotedThroughTheWholeFlowByStatusNames(CodeSet codeSet) throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.codeSet(codeSet))) {
            FeaturesApi features = connection.client().features();
            String uuid = uuidOf("6-1");

            for (String target : List.of("In Testing", "Successfully Tested", "Ready for Production", "Deployed")) {
                Feature switched = features.switchStatus(uuid, target.toLowerCase(java.util.Locale.ROOT));

                assertThat(features.statusName(switched.statusCode())).contains(target);
                assertThat(features.statusName(connection.sandbox().feature(uuid).get("statusCode").asText()))
                        .contains(target);
            }
        }
    }

    @ParameterizedTest(name = "code set {0}")
    @EnumSource(CodeSet.class)
    void aSwitchOutsideTheFlowIsRejectedWithCloudAlmsMessage(CodeSet codeSet) throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.codeSet(codeSet))) {
            FeaturesApi features = connection.client().features();
            String uuid = uuidOf("6-3"); // In Specification

            RequestRejectedException rejected = catchThrowableOfType(RequestRejectedException.class,
                    () -> features.switchStatus(uuid, "Deployed"));

            assertThat(rejected.statusCode()).isEqualTo(400);
            assertThat(rejected.method()).isEqualTo("PATCH");
            assertThat(rejected.error().code()).isEqualTo("INVALID_STATUS_SWITCH");
            assertThat(rejected.error().message())
                    .contains("Enabled from 'In Specification': In Implementation, Not Planned");
            assertThat(rejected.getMessage())
                    .contains("from \"In Specification\" to \"Deployed\"", "Enabled from 'In Specification': "
                            + "In Implementation, Not Planned. Cloud ALM refused the change.")
                    .doesNotContain("..");
            assertThat(features.statusName(features.get(uuid).statusCode())).contains("In Specification");
        }
    }

    @ParameterizedTest(name = "code set {0}")
    @EnumSource(CodeSet.class)
    void anUnknownStatusNameListsTheTenantsNames(CodeSet codeSet) throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.codeSet(codeSet))) {
            UnknownStatusException unknown = catchThrowableOfType(UnknownStatusException.class,
                    () -> connection.client().features().switchStatus(uuidOf("6-1"), "Done"));

            assertThat(unknown.validNames()).containsExactlyInAnyOrderElementsOf(STATUS_NAMES);
            assertThat(unknown.getMessage()).contains("\"Done\"", "In Testing", "Ready for Production");
            assertThat(connection.requests("PATCH /api/calm-features/v1/Features/{uuid}")).isZero();
        }
    }

    private static List<String> codes(List<CodeListEntry> entries) {
        return entries.stream().map(CodeListEntry::code).collect(Collectors.toList());
    }
}
