package io.jenkins.plugins.calm.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.calm.TestServiceKeys;
import io.jenkins.plugins.calm.core.CloudAlmException;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import org.junit.jupiter.api.Test;

class ServiceKeySourcesTest {

    @Test
    void secretTextHoldingAServiceKeyIsAccepted() {
        ServiceKey key = ServiceKeySources.fromSecretText("piper-calm-key", TestServiceKeys.withSecret());

        assertThat(key.apiUrl()).isEqualTo(TestServiceKeys.API_URL);
        assertThat(key.tokenUrl()).isEqualTo(TestServiceKeys.UAA_URL + "/oauth/token");
        assertThat(key.clientId()).isEqualTo(TestServiceKeys.CLIENT_ID);
    }

    @Test
    void secretTextHoldingSomethingElseSaysWhichCredentialAndWhatToDo() {
        assertThatThrownBy(() -> ServiceKeySources.fromSecretText("sonar-token", "squ_0123456789"))
                .isInstanceOf(CloudAlmException.class)
                .hasMessageContaining("'sonar-token'")
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("complete service key JSON")
                .hasMessageNotContaining("squ_0123456789");
    }

    @Test
    void anUnusableStoredKeyNamesTheCredential() {
        assertThatThrownBy(() -> ServiceKeySources.fromServiceKeyCredential("calm-key", "{\"endpoints\":{}}"))
                .hasMessageContaining("'calm-key'")
                .hasMessageContaining("endpoints.Api");
    }

    @Test
    void unknownIdsAndOtherCredentialKindsAreExplained() {
        assertThat(ServiceKeySources.notFound("nope")).hasMessageContaining("'nope'").hasMessageContaining("SAP Cloud ALM service key");
        assertThat(ServiceKeySources.notVisibleToBuild("calm-key")).hasMessageContaining("'calm-key'")
                .hasMessageContaining("scope Global (not System)").hasMessageContaining("job's authorization");
        assertThat(ServiceKeySources.unsupportedType("ssh", "SSH Username with private key"))
                .hasMessageContaining("'ssh' is a \"SSH Username with private key\"");
    }
}
