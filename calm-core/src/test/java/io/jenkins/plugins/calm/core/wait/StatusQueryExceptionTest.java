package io.jenkins.plugins.calm.core.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.CloudAlmException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StatusQueryExceptionTest {

    @Test
    void isACloudAlmExceptionWhoseTransienceIsTheOppositeOfPermanence() {
        CloudAlmException throttled = StatusQueryException.throttled("429", Duration.ofSeconds(3));
        CloudAlmException down = StatusQueryException.transientFailure("503", null);
        CloudAlmException scope = StatusQueryException.permanentFailure("403", null);

        assertThat(throttled.isTransient()).isTrue();
        assertThat(((StatusQueryException) throttled).retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(down.isTransient()).isTrue();
        assertThat(scope.isTransient()).isFalse();
        assertThat(((StatusQueryException) scope).isPermanent()).isTrue();
    }
}
