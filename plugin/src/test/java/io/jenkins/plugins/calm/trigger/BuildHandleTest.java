package io.jenkins.plugins.calm.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildHandleTest {

    @Test
    void writesAndReadsJobAndQueueId() {
        BuildHandle handle = new BuildHandle("folder/promote qa", 4711);

        assertThat(handle).hasToString("folder/promote qa#4711");
        assertThat(BuildHandle.parse(handle.toString())).contains(handle);
        assertThat(BuildHandle.parse("no-number#x")).isEmpty();
        assertThat(BuildHandle.parse("#12")).isEmpty();
        assertThat(BuildHandle.parse(null)).isEmpty();
    }
}
