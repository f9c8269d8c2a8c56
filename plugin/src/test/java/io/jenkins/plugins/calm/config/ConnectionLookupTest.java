package io.jenkins.plugins.calm.config;

import static io.jenkins.plugins.calm.config.ConnectionValidationTest.connection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionLookupTest {

    private final CloudAlmConnection production = connection("production", "calm-prod");
    private final CloudAlmConnection test = connection("test", "calm-test");

    @Test
    void theOnlyConnectionIsTheDefault() {
        ConnectionLookup lookup = new ConnectionLookup(List.of(production));

        assertThat(lookup.resolve(null)).isSameAs(production);
        assertThat(lookup.resolve("  ")).isSameAs(production);
        assertThat(lookup.resolve("production")).isSameAs(production);
    }

    @Test
    void aNamedConnectionIsFoundAmongSeveral() {
        assertThat(new ConnectionLookup(List.of(production, test)).resolve(" test ")).isSameAs(test);
    }

    @Test
    void severalConnectionsAndNoneChosenIsAClearError() {
        assertThatThrownBy(() -> new ConnectionLookup(List.of(production, test)).resolve(null))
                .isInstanceOf(ConnectionNotFoundException.class)
                .hasMessage("Several SAP Cloud ALM connections are configured ('production', 'test') and none was "
                        + "chosen. Name the one to use, for example connection: 'production'.");
    }

    @Test
    void noConnectionConfiguredSaysWhereToAddOne() {
        assertThatThrownBy(() -> new ConnectionLookup(List.of()).resolve("production"))
                .hasMessageContaining("No SAP Cloud ALM connection is configured")
                .hasMessageContaining("Manage Jenkins > System > SAP Cloud ALM");
    }

    @Test
    void anUnknownNameListsTheConfiguredOnes() {
        assertThatThrownBy(() -> new ConnectionLookup(List.of(production, test)).resolve("staging"))
                .hasMessage("There is no SAP Cloud ALM connection named 'staging'. Configured connections: "
                        + "'production', 'test'.");
    }

    @Test
    void aNameInTheWrongCaseIsNotGuessedButSuggested() {
        assertThatThrownBy(() -> new ConnectionLookup(List.of(production, test)).resolve("Production"))
                .hasMessageContaining("Did you mean 'production'?");
    }
}
