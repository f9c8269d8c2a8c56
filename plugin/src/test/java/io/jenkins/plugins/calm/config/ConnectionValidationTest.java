package io.jenkins.plugins.calm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.form.FieldCheck.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionValidationTest {

    @Test
    void namesAreRequiredAndSafeForScriptsAndUrls() {
        assertThat(ConnectionValidation.name("production").severity()).isEqualTo(Severity.OK);
        assertThat(ConnectionValidation.name("eu10_test-2.b").severity()).isEqualTo(Severity.OK);
        assertThat(ConnectionValidation.name(" ").message()).startsWith("Enter a name");
        assertThat(ConnectionValidation.name("my tenant").message()).contains("'my tenant' is not a valid connection name");
        assertThat(ConnectionValidation.name("a/b").isError()).isTrue();
        assertThat(ConnectionValidation.name("-leading").isError()).isTrue();
        assertThat(ConnectionValidation.name("x".repeat(65)).isError()).isTrue();
    }

    @Test
    void workflowIsNotANameBecauseTheWebhookUrlUsesIt() {
        assertThat(ConnectionValidation.name("workflow").message()).contains("/cloud-alm-webhook/<connection>/workflow");
        assertThat(ConnectionValidation.name("workflows").severity()).isEqualTo(Severity.OK);
    }

    @Test
    void aWebhookFieldMappingMustBeOneCalmCoreCanRead() {
        assertThat(ConnectionValidation.webhookFieldMapping(" ").severity()).isEqualTo(Severity.OK);
        assertThat(ConnectionValidation.webhookFieldMapping("{\"statusName\":\"/feature/status\"}").severity())
                .isEqualTo(Severity.OK);
        assertThat(ConnectionValidation.webhookFieldMapping("{\"statusName\":").message()).contains("not valid JSON");
        CloudAlmConnection broken = new CloudAlmConnection("prod", "key");
        broken.setWebhookFieldMapping("[]");
        assertThat(ConnectionValidation.problems(List.of(broken))).singleElement().asString()
                .contains("must be a JSON object");
    }

    @Test
    void urlOverridesAreOptionalButMustBeAbsoluteAndEncrypted() {
        assertThat(ConnectionValidation.optionalUrl(null).severity()).isEqualTo(Severity.OK);
        assertThat(ConnectionValidation.optionalUrl("").severity()).isEqualTo(Severity.OK);
        assertThat(ConnectionValidation.optionalUrl("https://acme.eu10.alm.cloud.sap/api").severity())
                .isEqualTo(Severity.OK);
        assertThat(ConnectionValidation.optionalUrl("acme.eu10.alm.cloud.sap/api").message())
                .contains("is not an absolute http(s) URL");
        assertThat(ConnectionValidation.optionalUrl("ftp://acme/api").isError()).isTrue();
        assertThat(ConnectionValidation.optionalUrl("https://exa mple.com").isError()).isTrue();
        assertThat(ConnectionValidation.optionalUrl("http://acme.eu10.alm.cloud.sap/api").message())
                .contains("plain HTTP").contains("Use https://");
        assertThat(ConnectionValidation.optionalUrl("https://user:pw@acme.eu10.alm.cloud.sap/api").message())
                .startsWith("Remove the user name and password");
    }

    @Test
    void plainHttpToThisMachineIsOnlyAWarning() {
        for (String local : List.of("http://localhost:8080/api", "http://127.0.0.1:4000/api", "http://[::1]:4000/api")) {
            assertThat(ConnectionValidation.optionalUrl(local).severity()).as(local).isEqualTo(Severity.WARNING);
        }
        assertThat(ConnectionValidation.optionalUrl("http://localhost.example.com/api").isError()).isTrue();
    }

    @Test
    void timeoutsAreWholeSecondsInARange() {
        assertThat(ConnectionValidation.timeoutSeconds("10").severity()).isEqualTo(Severity.OK);
        assertThat(ConnectionValidation.timeoutSeconds(" 600 ").severity()).isEqualTo(Severity.OK);
        assertThat(ConnectionValidation.timeoutSeconds("0").message()).contains("from 1 to 600");
        assertThat(ConnectionValidation.timeoutSeconds("601").isError()).isTrue();
        assertThat(ConnectionValidation.timeoutSeconds("2.5").isError()).isTrue();
        assertThat(ConnectionValidation.timeoutSeconds("").isError()).isTrue();
    }

    @Test
    void aValidListOfConnectionsHasNoProblems() {
        CloudAlmConnection sandbox = connection("sandbox", "calm-sandbox-key");
        sandbox.setApiUrl("http://localhost:4000/api");

        assertThat(ConnectionValidation.problems(List.of(connection("production", "calm-key"), sandbox))).isEmpty();
    }

    @Test
    void everyProblemOfAListIsReportedWithTheConnectionItConcerns() {
        CloudAlmConnection bad = connection("", "");
        bad.setTokenUrl("not a url");
        bad.setReadTimeoutSeconds(0);

        List<String> problems = ConnectionValidation.problems(List.of(connection("ok", "k"), bad));

        assertThat(problems).hasSize(4).allMatch(p -> p.startsWith("SAP Cloud ALM connection #2 (''): "));
        assertThat(String.join("\n", problems))
                .contains("Enter a name", "Choose the credential", "'not a url'", "from 1 to 600");
    }

    @Test
    void namesMustBeUniqueIgnoringCase() {
        assertThatThrownBy(() -> ConnectionValidation.requireValid(
                List.of(connection("prod", "a"), connection("test", "b"), connection("PROD", "c"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SAP Cloud ALM connection #3 ('PROD'): The name 'PROD' is used by more than one connection "
                        + "(names are compared ignoring case). Give each connection its own name.");
    }

    static CloudAlmConnection connection(String name, String credentialsId) {
        return new CloudAlmConnection(name, credentialsId);
    }
}
