package io.jenkins.plugins.calm.core.wait;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    @Test
    void allowsABurstThenTheSustainedRate() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);

        assertThat(bucket.tryAcquire(1, 0)).isTrue();
        assertThat(bucket.tryAcquire(2, 0)).isTrue();
        assertThat(bucket.tryAcquire(1, 0)).isFalse();
        assertThat(bucket.millisUntil(1, 0)).isEqualTo(500);
        assertThat(bucket.tryAcquire(1, 499)).isFalse();
        assertThat(bucket.tryAcquire(1, 500)).isTrue();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);

        assertThat(bucket.tryAcquire(2, 3_600_000)).isTrue();
        assertThat(bucket.tryAcquire(1, 3_600_000)).isFalse();
    }

    @Test
    void aCostAboveTheCapacityIsChargedAsAFullBucketInsteadOfBlockingForever() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);

        assertThat(bucket.tryAcquire(5, 0)).isTrue();
        assertThat(bucket.millisUntil(5, 0)).isEqualTo(2_000);
    }
}
