package io.jenkins.plugins.calm.core.webhook.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    @Test
    void readsABodyWithinTheLimit() throws IOException {
        byte[] json = "{\"a\":1}".getBytes();

        RequestBody body = RequestBody.read(new ByteArrayInputStream(json), json.length, 1024);

        assertThat(body.tooLarge()).isFalse();
        assertThat(body.bytes()).isEqualTo(json);
    }

    @Test
    void readsABodyOfUnknownLengthExactlyAtTheLimit() throws IOException {
        byte[] data = new byte[20_000];

        RequestBody body = RequestBody.read(new ByteArrayInputStream(data), -1, 20_000);

        assertThat(body.tooLarge()).isFalse();
        assertThat(body.bytes()).hasSize(20_000);
    }

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReading() throws IOException {
        CountingStream in = new CountingStream(Long.MAX_VALUE);

        RequestBody body = RequestBody.read(in, 2_000_000, 1 << 20);

        assertThat(body.tooLarge()).isTrue();
        assertThat(in.served).isZero();
    }

    @Test
    void stopsReadingAnEndlessBodyJustPastTheLimit() throws IOException {
        CountingStream in = new CountingStream(Long.MAX_VALUE);

        RequestBody body = RequestBody.read(in, -1, 1 << 20);

        assertThat(body.tooLarge()).isTrue();
        assertThat(in.served).isLessThanOrEqualTo((1 << 20) + 1);
        assertThatThrownBy(body::bytes).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesABodyLongerThanItsDeclaredLengthWhenThatExceedsTheLimit() throws IOException {
        CountingStream in = new CountingStream(5000);

        RequestBody body = RequestBody.read(in, 100, 1000);

        assertThat(body.tooLarge()).isTrue();
    }

    @Test
    void checksInMemoryBodies() {
        assertThat(RequestBody.of(new byte[11], 10).tooLarge()).isTrue();
        assertThat(RequestBody.of(new byte[10], 10).bytes()).hasSize(10);
        assertThat(RequestBody.empty().bytes()).isEmpty();
    }

    /** Serves zero bytes up to a length and counts them. */
    private static final class CountingStream extends InputStream {
        private final long length;
        long served;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (served >= length) {
                return -1;
            }
            served++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - served);
            served += n;
            return n;
        }
    }
}
