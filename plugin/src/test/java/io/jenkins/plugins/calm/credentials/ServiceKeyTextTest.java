package io.jenkins.plugins.calm.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.TestServiceKeys;
import io.jenkins.plugins.calm.form.FieldCheck;
import io.jenkins.plugins.calm.form.FieldCheck.Severity;
import org.junit.jupiter.api.Test;

class ServiceKeyTextTest {

    @Test
    void aCompleteKeyWithASecretIsAcceptedAndDescribedWithoutTheSecret() {
        FieldCheck check = ServiceKeyText.check(TestServiceKeys.withSecret());

        assertThat(check.severity()).isEqualTo(Severity.OK);
        assertThat(check.message()).isEqualTo("Service key for acme.eu10.alm.cloud.sap (client sb-jenkins-calm).");
        assertThat(check.message()).doesNotContain(TestServiceKeys.CLIENT_SECRET);
    }

    @Test
    void anX509KeyIsAcceptedAndSaysSo() {
        FieldCheck check = ServiceKeyText.check(TestServiceKeys.withCertificate());

        assertThat(check.severity()).isEqualTo(Severity.OK);
        assertThat(check.message()).contains("acme.eu10.alm.cloud.sap", "X.509");
    }

    @Test
    void aMissingFieldIsNamed() {
        String withoutSecret = TestServiceKeys.withSecret().replace("\"clientsecret\"", "\"somethingelse\"");

        FieldCheck check = ServiceKeyText.check(withoutSecret);

        assertThat(check.isError()).isTrue();
        assertThat(check.message()).contains("uaa.clientsecret");
    }

    @Test
    void brokenJsonIsRejectedWithoutQuotingTheText() {
        String truncated = TestServiceKeys.withSecret().substring(0, 200);

        FieldCheck check = ServiceKeyText.check(truncated);

        assertThat(check.isError()).isTrue();
        assertThat(check.message()).contains("not valid JSON").doesNotContain(TestServiceKeys.CLIENT_ID);
    }

    @Test
    void emptyTextAsksForTheKey() {
        assertThat(ServiceKeyText.check("  ").message()).contains("empty");
        assertThat(ServiceKeyText.check(null).isError()).isTrue();
    }

    @Test
    void aTransportManagementKeyIsRecognisedAsTheWrongService() {
        String ctmsKey = """
                {"uri": "https://tms.cfapps.eu10.hana.ondemand.com",
                 "uaa": {"clientid": "x", "clientsecret": "y", "url": "https://a.authentication.eu10.hana.ondemand.com"}}
                """;

        assertThat(ServiceKeyText.check(ctmsKey).message()).contains("Cloud Transport Management");
    }
}
