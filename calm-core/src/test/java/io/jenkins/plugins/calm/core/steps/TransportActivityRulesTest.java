package io.jenkins.plugins.calm.core.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportActivityRulesTest {
    final TransportActivityRules rules = TransportActivityRules.standard();

    @Test
    void followsSapsTableRowByRow() {
        assertThat(allowed("Not Planned")).containsExactly(TransportActivity.UNASSIGN);
        assertThat(allowed("In Specification")).containsExactly(TransportActivity.CREATE_TRANSPORT_REQUEST,
                TransportActivity.ASSIGN, TransportActivity.UNASSIGN);
        assertThat(allowed("In Implementation")).containsExactly(TransportActivity.values());
        assertThat(allowed("In Testing")).containsExactly(TransportActivity.values());
        assertThat(allowed("Successfully Tested")).containsExactly(TransportActivity.RELEASE, TransportActivity.DEPLOY);
        assertThat(allowed("Ready for Production")).containsExactly(TransportActivity.ASSIGN, TransportActivity.RELEASE,
                TransportActivity.DEPLOY);
        assertThat(allowed("Deployed")).isEmpty();
    }

    @Test
    void aRefusalNamesTheStatusAndTheStatusesThatAllowTheActivity() {
        ActivityCheck check = rules.check("6-123", "deployed", TransportActivity.DEPLOY);

        assertThat(check.mayProceed()).isFalse();
        assertThat(check.message()).isEqualTo("Feature 6-123 is in status 'Deployed', which does not allow deploying"
                + " transports; statuses that allow it: In Implementation, In Testing, Successfully Tested,"
                + " Ready for Production. Move the feature to one of them in Cloud ALM first");
    }

    @Test
    void statusNamesMatchInAnyCaseAndSpacing() {
        assertThat(rules.check("6-1", "  in   TESTING ", TransportActivity.CREATE_TRANSPORT_REQUEST).verdict())
                .isEqualTo(ActivityCheck.Verdict.ALLOWED);
    }

    @Test
    void anUnknownStatusIsNotRefusedButSaidSo() {
        ActivityCheck check = rules.check("6-1", "Waiting for Approval", TransportActivity.DEPLOY);

        assertThat(check.verdict()).isEqualTo(ActivityCheck.Verdict.UNKNOWN_STATUS);
        assertThat(check.mayProceed()).isTrue();
        assertThat(check.message()).contains("'Waiting for Approval', which is not in the transport rules")
                .contains("Cloud ALM will decide");
    }

    @Test
    void anAdaptedTableReplacesTheStandardOne() {
        TransportActivityRules strict = TransportActivityRules.of(Map.of(
                "In Testing", EnumSet.of(TransportActivity.DEPLOY), "Deployed", EnumSet.noneOf(TransportActivity.class)));

        assertThat(strict.check("6-1", "In Testing", TransportActivity.ASSIGN).message())
                .endsWith("which does not allow assigning transports; no status allows it");
        assertThat(strict.statusesAllowing(TransportActivity.DEPLOY)).containsExactly("In Testing");
    }

    private EnumSet<TransportActivity> allowed(String status) {
        EnumSet<TransportActivity> allowed = EnumSet.noneOf(TransportActivity.class);
        for (TransportActivity activity : TransportActivity.values()) {
            if (rules.check("6-1", status, activity).verdict() == ActivityCheck.Verdict.ALLOWED) {
                allowed.add(activity);
            }
        }
        return allowed;
    }
}
