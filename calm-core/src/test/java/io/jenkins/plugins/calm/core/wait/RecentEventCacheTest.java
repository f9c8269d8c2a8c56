package io.jenkins.plugins.calm.core.wait;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentEventCacheTest {
    final RecentEventCache cache = new RecentEventCache(60_000, 3);

    @Test
    void keepsTheLatestEventPerFeatureForItsLifetime() {
        cache.record("f1", "IMPL", "e1", 1_000, 1_000);
        cache.record("f1", "TEST", "e2", 2_000, 2_000);

        assertThat(cache.latest("f1", 61_999).statusCode()).isEqualTo("TEST");
        assertThat(cache.latest("f1", 62_000)).isNull();
    }

    @Test
    void anOlderEventDoesNotReplaceANewerOne() {
        cache.record("f1", "TEST", "e2", 2_000, 2_000);
        assertThat(cache.record("f1", "IMPL", "e1", 1_000, 3_000)).isTrue();

        assertThat(cache.latest("f1", 3_000).statusCode()).isEqualTo("TEST");
    }

    @Test
    void aRepeatedEventIdIsReportedAsSuch() {
        assertThat(cache.record("f1", "TEST", "e1", 1_000, 1_000)).isTrue();
        assertThat(cache.record("f1", "TEST", "e1", 1_500, 1_500)).isFalse();
        assertThat(cache.record("f1", "TEST", null, 1_600, 1_600)).isTrue();
    }

    @Test
    void isBoundedInSizeDroppingTheOldestFirst() {
        for (int i = 0; i < 5; i++) {
            cache.record("f" + i, "TEST", "e" + i, i, i);
        }

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.latest("f0", 10)).isNull();
        assertThat(cache.latest("f4", 10)).isNotNull();
    }
}
