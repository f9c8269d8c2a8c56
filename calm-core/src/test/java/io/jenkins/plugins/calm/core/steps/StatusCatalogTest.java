package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.core.wait.WaitCondition;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusCatalogTest {
    // Synthetic codes: real ones come from the tenant's /FeatureStatus.
    static final StatusCatalog CATALOG = new StatusCatalog(List.of(
            new StatusCatalog.Status("S10", "In Specification"),
            new StatusCatalog.Status("S20", "In Implementation"),
            new StatusCatalog.Status("S30", "In Testing"),
            new StatusCatalog.Status("S40", "Successfully Tested"),
            new StatusCatalog.Status("S50", "Ready for Production"),
            new StatusCatalog.Status("S60", "Deployed"),
            new StatusCatalog.Status("S90", "Not Planned")));

    @Test
    void namesBecomeCodesInAnyCase() {
        assertThat(CATALOG.codesOf(List.of("in testing", "DEPLOYED"), "status")).containsExactly("S30", "S60");
        assertThat(CATALOG.nameOf("S30")).isEqualTo("In Testing");
        assertThat(CATALOG.nameOf("S77")).isEqualTo("S77");
    }

    @Test
    void anUnknownNameListsTheTenantsStatuses() {
        assertThatThrownBy(() -> CATALOG.codesOf(List.of("In Tesitng"), "status"))
                .isInstanceOf(InvalidStepInputException.class)
                .hasMessage("Cloud ALM has no feature status 'In Tesitng' (in status); its statuses are: In Specification,"
                        + " In Implementation, In Testing, Successfully Tested, Ready for Production, Deployed, Not Planned");
    }

    @Test
    void failOnDefaultsToNotPlanned() {
        WaitCondition condition = CATALOG.waitCondition(List.of("In Testing"), null);

        assertThat(condition.acceptableCodes()).containsExactly("S30");
        assertThat(condition.failOnCodes()).containsExactly("S90");
    }

    @Test
    void waitingForNotPlannedItselfDropsTheDefault() {
        WaitCondition condition = CATALOG.waitCondition(List.of("Not Planned"), null);

        assertThat(condition.acceptableCodes()).containsExactly("S90");
        assertThat(condition.failOnCodes()).isEmpty();
    }

    @Test
    void aTenantWithoutNotPlannedGetsNoDefaultFailOn() {
        StatusCatalog small = new StatusCatalog(List.of(new StatusCatalog.Status("A", "In Testing")));

        assertThat(small.waitCondition(List.of("In Testing"), null).failOnCodes()).isEmpty();
    }

    @Test
    void explicitFailOnReplacesTheDefaultAndMayBeEmpty() {
        assertThat(CATALOG.waitCondition(List.of("Deployed"), List.of("In Specification")).failOnCodes())
                .containsExactly("S10");
        assertThat(CATALOG.waitCondition(List.of("Deployed"), List.of()).failOnCodes()).isEmpty();
    }

    @Test
    void aStatusInBothOptionsIsRefused() {
        assertThatThrownBy(() -> CATALOG.waitCondition(List.of("Deployed", "Not Planned"), List.of("not planned")))
                .hasMessage("Status Not Planned is given both in status and in failOn; a status either ends the wait"
                        + " successfully or fails it");
        assertThatThrownBy(() -> CATALOG.waitCondition(List.of(), null))
                .hasMessageContaining("calmWaitForStatus needs the status to wait for");
    }

    @Test
    void aNameSharedByTwoCodesMatchesBoth() {
        StatusCatalog duplicated = new StatusCatalog(List.of(new StatusCatalog.Status("A", "In Testing"),
                new StatusCatalog.Status("B", "In Testing")));

        assertThat(duplicated.codesOf(List.of("In Testing"), "status")).containsExactly("A", "B");
    }
}
