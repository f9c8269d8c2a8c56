package io.jenkins.plugins.calm.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.config.CloudAlmConnection;
import io.jenkins.plugins.calm.core.webhook.WebhookConnection;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import org.junit.jupiter.api.Test;

class WebhookConnectionFactoryTest {

    private final WebhookConnectionFactory factory = new WebhookConnectionFactory();

    @Test
    void aSecretIsAlwaysRequiredAndTheQueryStringOnlyWhenAllowed() {
        CloudAlmConnection prod = new CloudAlmConnection("prod", "calm-key");

        WebhookConnection withSecret = factory.of(prod, "a-long-webhook-secret", StatusNameResolver.NONE);
        WebhookConnection withoutSecret = factory.of(prod, null, StatusNameResolver.NONE);
        prod.setWebhookQuerySecretAllowed(true);
        WebhookConnection queryAllowed = factory.of(prod, "a-long-webhook-secret", StatusNameResolver.NONE);

        assertThat(withSecret.name()).isEqualTo("prod");
        assertThat(withSecret.auth().secret()).isNotNull();
        assertThat(withSecret.auth().secretRequired()).isTrue();
        assertThat(withSecret.auth().querySecretAllowed()).isFalse();
        assertThat(withoutSecret.auth().secret()).isNull();
        assertThat(withoutSecret.auth().secretRequired()).as("refuses everything").isTrue();
        assertThat(queryAllowed.auth().querySecretAllowed()).isTrue();
        assertThat(withSecret.auth().toString()).doesNotContain("a-long-webhook-secret");
    }

    @Test
    void aCustomFieldMappingIsUsedAndABrokenOneIsLeftOut() {
        CloudAlmConnection prod = new CloudAlmConnection("prod", "calm-key");
        prod.setWebhookFieldMapping("{\"base\":\"resourceChanges\",\"statusName\":\"/resource/status/name\"}");
        assertThat(factory.of(prod, "secret-x", StatusNameResolver.NONE).fieldMapping()).isNotNull();

        prod.setWebhookFieldMapping("{\"base\":\"elsewhere\"}");
        assertThat(factory.of(prod, "secret-x", StatusNameResolver.NONE).fieldMapping()).isNull();
    }
}
