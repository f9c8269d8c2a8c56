package io.jenkins.plugins.calm.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.TestServiceKeys;
import org.junit.jupiter.api.Test;

class ServiceKeyNamesTest {

    @Test
    void nameShowsTenantHostAndClientIdPrefix() {
        assertThat(ServiceKeyNames.of(TestServiceKeys.withSecret(), "", "calm-key"))
                .isEqualTo("acme.eu10.alm.cloud.sap (client sb-jenkins-calm)");
    }

    @Test
    void keysOfTwoTenantsGetDifferentNames() {
        String production = TestServiceKeys.withSecret("https://acme.eu10.alm.cloud.sap/api",
                "https://acme.authentication.eu10.hana.ondemand.com");
        String test = TestServiceKeys.withSecret("https://acme-test.us10.alm.cloud.sap/api",
                "https://acme-test.authentication.us10.hana.ondemand.com");

        assertThat(ServiceKeyNames.of(production, null, "a")).isNotEqualTo(ServiceKeyNames.of(test, null, "b"));
        assertThat(ServiceKeyNames.of(test, null, "b")).startsWith("acme-test.us10.alm.cloud.sap");
    }

    @Test
    void descriptionIsAppended() {
        assertThat(ServiceKeyNames.of(TestServiceKeys.withSecret(), "  Production tenant ", "calm-key"))
                .isEqualTo("acme.eu10.alm.cloud.sap (client sb-jenkins-calm) \u2013 Production tenant");
    }

    @Test
    void x509KeysAreMarked() {
        assertThat(ServiceKeyNames.of(TestServiceKeys.withCertificate(), null, "calm-key"))
                .isEqualTo("acme.eu10.alm.cloud.sap (client sb-jenkins-calm, X.509)");
    }

    @Test
    void anUnusableStoredKeyIsNamedAfterItsIdInsteadOfFailing() {
        assertThat(ServiceKeyNames.of("{}", null, "calm-key")).isEqualTo("calm-key (not a usable service key)");
    }

    @Test
    void longClientIdsWithoutInstanceSeparatorAreShortened() {
        assertThat(ServiceKeyNames.clientPrefix("0123456789abcdef0123456789abcdef"))
                .isEqualTo("0123456789abcdef01234567\u2026");
        assertThat(ServiceKeyNames.clientPrefix("short")).isEqualTo("short");
    }
}
