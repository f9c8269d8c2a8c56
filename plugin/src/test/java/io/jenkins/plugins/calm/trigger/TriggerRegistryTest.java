package io.jenkins.plugins.calm.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.StatusRef;
import io.jenkins.plugins.calm.core.webhook.routing.RoutingResult;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerRouter;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TriggerRegistryTest {

    private final TriggerRegistry registry = new TriggerRegistry(new TriggerRouter(List.of()));

    private static FeatureChange inTesting(String eventId) {
        return new FeatureChange("prod", eventId, false, "FEATURE.UPDATED", null,
                new FeatureFacts("u-1", "6-1", "t", "p-1", null, List.of()), StatusRef.ofName("In Testing"), StatusRef.UNKNOWN,
                null, FeatureChange.Source.RESOURCE_CHANGES);
    }

    private List<String> routedJobs() {
        RoutingResult result = registry.router().route(inTesting("e"), StatusNameResolver.NONE);
        return result.triggers().stream().map(TriggerSpec::id).toList();
    }

    @Test
    void indexesNothingUntilAllJobsAreLoadedThenEverything() {
        registry.register(new Object(), () -> TriggerSpec.onStatus("a", "prod", "In Testing"));
        assertThat(registry.size()).as("start-up: no index per job").isZero();

        Object b = new Object();
        Map<Object, Supplier<TriggerSpec>> all = new IdentityHashMap<>();
        all.put(b, () -> TriggerSpec.onStatus("b", "prod", "In Testing"));
        registry.replaceAll(all);

        assertThat(routedJobs()).containsExactly("b");
    }

    @Test
    void followsTriggersThatStartStopAndRenamedJobs() {
        registry.replaceAll(Map.of());
        String[] jobName = {"folder/old"};
        Object trigger = new Object();

        registry.register(trigger, () -> TriggerSpec.onStatus(jobName[0], "prod", "In Testing"));
        assertThat(routedJobs()).containsExactly("folder/old");
        jobName[0] = "folder/new";
        registry.refresh();
        assertThat(routedJobs()).containsExactly("folder/new");
        registry.unregister(trigger);
        assertThat(routedJobs()).isEmpty();
    }

    @Test
    void aTriggerThatCannotBeUsedIsLeftOutAndTheOthersStay() {
        registry.replaceAll(Map.of());
        registry.register(new Object(), () -> TriggerSpec.onStatus("good", "prod", "In Testing"));
        registry.register(new Object(), () -> {
            throw new IllegalArgumentException("The Cloud ALM trigger of bad is not active: no connection");
        });

        assertThat(routedJobs()).containsExactly("good");
    }

    @Test
    void reindexesWhenTheConnectionNamesChangeOnly() {
        registry.replaceAll(Map.of());
        int[] computed = {0};
        registry.register(new Object(), () -> {
            computed[0]++;
            return TriggerSpec.onStatus("a", "prod", "In Testing");
        });
        int afterRegistering = computed[0];

        registry.connectionsAre(Set.of("prod"));
        registry.connectionsAre(Set.of("prod"));
        assertThat(computed[0]).isEqualTo(afterRegistering + 1);
        registry.connectionsAre(Set.of("prod", "qa"));
        assertThat(computed[0]).isEqualTo(afterRegistering + 2);
    }
}
