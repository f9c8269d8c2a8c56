package io.jenkins.plugins.calm.it.contract;

import static io.jenkins.plugins.calm.it.contract.AuthenticationContractTest.uuidOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.RequestRejectedException;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.features.FeatureDraft;
import io.jenkins.plugins.calm.core.client.features.FeaturePatch;
import io.jenkins.plugins.calm.core.client.features.FeatureQuery;
import io.jenkins.plugins.calm.core.client.features.FeaturesApi;
import io.jenkins.plugins.calm.core.client.odata.ODataFilter;
import io.jenkins.plugins.calm.core.client.odata.ODataPage;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Features API of calm-core (list, paging, filters, get, find, create, update) against the sandbox. */
class FeaturesContractTest {

    private static final String PROJECT = DemoData.ORDER_TO_CASH.toString();
    private static final String LIST_ROUTE = "GET /api/calm-features/v1/Features";
    private static final List<String> ORDER_TO_CASH_FEATURES = List.of("6-1", "6-2", "6-3", "6-4", "6-5", "6-6", "6-7");

    @Test
    void listingAllFollowsNextLinksAcrossSmallPages() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.pageSize(2))) {
            List<Feature> features = connection.client().features().listAll(FeatureQuery.ofProject(PROJECT));

            assertThat(displayIds(features)).containsExactlyElementsOf(ORDER_TO_CASH_FEATURES);
            assertThat(connection.requests(LIST_ROUTE, 200)).isEqualTo(4);
        }
    }

    @Test
    void pagesCarryTheTotalCountAndLeadToTheNextPage() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.pageSize(3))) {
            FeaturesApi features = connection.client().features();
            ODataPage<Feature> page = features.list(FeatureQuery.builder().projectId(PROJECT).count(true).build());

            assertThat(page.count()).hasValue(7);
            assertThat(page.items()).hasSize(3);
            List<Feature> seen = new ArrayList<>(page.items());
            Optional<ODataPage<Feature>> next = features.nextPage(page);
            while (next.isPresent()) {
                seen.addAll(next.get().items());
                next = features.nextPage(next.get());
            }
            assertThat(displayIds(seen)).containsExactlyElementsOf(ORDER_TO_CASH_FEATURES);
        }
    }

    @Test
    void topAndSkipAreHonouredAcrossPages() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.pageSize(2))) {
            List<Feature> features = connection.client().features()
                    .listAll(FeatureQuery.builder().projectId(PROJECT).skip(1).top(4).build());

            assertThat(displayIds(features)).containsExactly("6-2", "6-3", "6-4", "6-5");
        }
    }

    @Test
    void filtersSelectByStatusDisplayIdAndCombinations() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            FeaturesApi features = connection.client().features();
            String inTesting = features.resolveStatus("In Testing");
            String deployed = features.resolveStatus("Deployed");

            assertThat(displayIds(features.listAll(query(ODataFilter.eq("statusCode", inTesting)))))
                    .containsExactly("6-2");
            assertThat(displayIds(features.listAll(query(
                    ODataFilter.eq("statusCode", inTesting).or(ODataFilter.eq("statusCode", deployed))))))
                    .containsExactly("6-2", "6-7");
            assertThat(displayIds(features.listAll(query(
                    ODataFilter.ne("statusCode", inTesting).and(ODataFilter.in("displayId", List.of("6-1", "6-2", "6-3")))))))
                    .containsExactly("6-1", "6-3");
            assertThat(displayIds(features.listAll(query(ODataFilter.inGuids("uuid", List.of(uuidOf("6-4"), uuidOf("6-6")))))))
                    .containsExactly("6-4", "6-6");
            assertThat(displayIds(features.listAll(FeatureQuery.builder().projectId(PROJECT).orderBy("displayId desc")
                    .top(2).build()))).containsExactly("6-7", "6-6");
        }
    }

    @Test
    void aFilterIsKeptAcrossPages() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.pageSize(1))) {
            FeaturesApi features = connection.client().features();
            ODataFilter threeOfThem = ODataFilter.in("displayId", List.of("6-2", "6-4", "6-6"));

            List<Feature> found = features.listAll(FeatureQuery.builder().projectId(PROJECT).filter(threeOfThem)
                    .count(true).build());

            assertThat(displayIds(found)).containsExactly("6-2", "6-4", "6-6");
            assertThat(connection.requests(LIST_ROUTE, 200)).isEqualTo(3);
        }
    }

    @Test
    void aTenantThatRequiresTheProjectIsServedWhenItIsGiven() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start(sandbox -> sandbox.requireProjectId(true))) {
            FeaturesApi features = connection.client().features();

            assertThat(features.findByDisplayId(PROJECT, "6-3")).isPresent();
            RequestRejectedException withoutProject = catchThrowableOfType(RequestRejectedException.class,
                    () -> features.findByDisplayId("6-3"));
            assertThat(withoutProject.getMessage()).contains("projectId is required");
        }
    }

    @Test
    void aStringLiteralWithAQuoteIsEscapedAndFound() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            FeaturesApi features = connection.client().features();
            Feature created = features.create(FeatureDraft.builder(PROJECT, "Customer's credit ' or 1 eq 1").build());

            List<Feature> found = features.listAll(query(ODataFilter.eq("title", "Customer's credit ' or 1 eq 1")));

            assertThat(found).extracting(Feature::uuid).containsExactly(created.uuid());
        }
    }

    @Test
    void getReturnsTheWholeFeatureAndAnUnknownUuidIsNotFound() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            FeaturesApi features = connection.client().features();
            Feature feature = features.get(uuidOf("6-6"));

            assertThat(feature.displayId()).isEqualTo("6-6");
            assertThat(feature.title()).isEqualTo("Rebate pricing condition");
            assertThat(feature.projectId()).isEqualTo(PROJECT);
            assertThat(features.statusName(feature.statusCode())).contains("Ready for Production");
            assertThat(features.priorityName(feature.priorityCode())).contains("Very High");
            assertThat(feature.responsibleId()).isEqualTo("jane.doe@example.com");
            assertThat(feature.createdAt()).isNotNull();
            assertThat(feature.modifiedAt()).isNotNull();
            assertThat(feature.unknownFields()).isEmpty();
            assertThat(feature.uiLink(connection.client().serviceKey().uiRoot()))
                    .isEqualTo(connection.sandbox().baseUrl()
                            + "/launchpad#feature-display?sap-ui-app-id-hint=com.sap.calm.imp.cdm.features.ui&/details/6-6");

            String unknown = UUID.randomUUID().toString();
            NotFoundException missing = catchThrowableOfType(NotFoundException.class, () -> features.get(unknown));
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.getMessage()).contains(unknown, "findByDisplayId");
        }
    }

    @Test
    void findByDisplayIdFindsInAnyOrOneProject() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            FeaturesApi features = connection.client().features();

            assertThat(features.findByDisplayId("6-8")).map(Feature::title)
                    .contains("Fiori app: approve purchase requisitions");
            assertThat(features.findByDisplayId(DemoData.EXTENSIONS.toString(), " 6-9 ")).map(Feature::uuid)
                    .contains(uuidOf("6-9"));
            assertThat(features.findByDisplayId(PROJECT, "6-9")).isEmpty();
            assertThat(features.findByDisplayId("6-999")).isEmpty();
        }
    }

    @Test
    void createReturnsTheStoredFeatureWithItsKeys() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            FeaturesApi features = connection.client().features();
            String high = features.priorities().stream().filter(p -> p.name().equals("High")).findFirst()
                    .orElseThrow().code();

            Feature created = features.create(FeatureDraft.builder(PROJECT, "Jenkins-made feature")
                    .description("<p>From a pipeline</p>").priorityCode(high).responsibleId("ci@example.com").build());

            assertThat(created.uuid()).matches("[0-9a-f-]{36}");
            assertThat(created.displayId()).isEqualTo("6-10");
            assertThat(features.statusName(created.statusCode())).contains("In Specification");
            assertThat(features.priorityName(created.priorityCode())).contains("High");
            assertThat(features.get(created.uuid()).description()).isEqualTo("<p>From a pipeline</p>");
            assertThat(connection.sandbox().feature("6-10").get("title").asText()).isEqualTo("Jenkins-made feature");
        }
    }

    @Test
    void updateChangesOnlyThePatchedFieldsAndMovesModifiedAt() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            FeaturesApi features = connection.client().features();
            Feature before = features.get(uuidOf("6-3"));

            Feature after = features.update(before.uuid(), FeaturePatch.builder().title("Customer master data clean-up v2")
                    .responsibleId(null).build());

            assertThat(after.title()).isEqualTo("Customer master data clean-up v2");
            assertThat(after.responsibleId()).isNull();
            assertThat(after.description()).isEqualTo(before.description());
            assertThat(after.statusCode()).isEqualTo(before.statusCode());
            assertThat(after.priorityCode()).isEqualTo(before.priorityCode());
            assertThat(after.modifiedAt()).isAfter(before.modifiedAt());
            assertThat(features.get(before.uuid()).title()).isEqualTo("Customer master data clean-up v2");
        }
    }

    @Test
    void listByUuidsSplitsALongListIntoSeveralQueriesAndSkipsUnknownOnes() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            FeaturesApi features = connection.client().features();
            List<String> uuids = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                uuids.add(features.create(FeatureDraft.builder(PROJECT, "Bulk " + i).build()).uuid());
            }
            List<String> asked = new ArrayList<>(uuids);
            asked.add(UUID.randomUUID().toString());
            asked.add(uuids.get(0)); // duplicates are asked once

            List<Feature> found = features.listByUuids(PROJECT, asked);

            assertThat(found).extracting(Feature::uuid).containsExactlyInAnyOrderElementsOf(uuids);
            // 151 distinct GUIDs of 37 characters each do not fit into one URL of at most 4,096 characters.
            assertThat(connection.requests(LIST_ROUTE, 200)).isBetween(2L, 3L);
        }
    }

    @Test
    void listModifiedAfterReturnsExactlyTheChangedFeatures() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            FeaturesApi features = connection.client().features();
            Instant lastSeen = features.listAll(FeatureQuery.ofProject(PROJECT)).stream().map(Feature::modifiedAt)
                    .max(Comparator.naturalOrder()).orElseThrow();

            assertThat(features.listModifiedAfter(PROJECT, lastSeen)).isEmpty();
            assertThat(features.listModifiedAfter(PROJECT, Instant.parse("2000-01-01T00:00:00.123456789Z"))).hasSize(7);
            features.update(uuidOf("6-5"), FeaturePatch.builder().description("<p>retested</p>").build());
            features.switchStatus(uuidOf("6-1"), "In Testing");
            features.update(uuidOf("6-8"), FeaturePatch.builder().description("<p>other project</p>").build());

            assertThat(displayIds(features.listModifiedAfter(PROJECT, lastSeen))).containsExactlyInAnyOrder("6-1", "6-5");
        }
    }

    private static FeatureQuery query(ODataFilter filter) {
        return FeatureQuery.builder().projectId(PROJECT).filter(filter).build();
    }

    static List<String> displayIds(List<Feature> features) {
        return features.stream().map(Feature::displayId).collect(Collectors.toList());
    }
}
