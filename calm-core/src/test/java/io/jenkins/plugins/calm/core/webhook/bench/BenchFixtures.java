package io.jenkins.plugins.calm.core.webhook.bench;

import io.jenkins.plugins.calm.core.webhook.payload.FeatureChange;
import io.jenkins.plugins.calm.core.webhook.payload.FeatureFacts;
import io.jenkins.plugins.calm.core.webhook.payload.StatusRef;
import io.jenkins.plugins.calm.core.webhook.routing.StatusNameResolver;
import io.jenkins.plugins.calm.core.webhook.routing.TriggerSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic, deliberately unkind trigger configuration for the benchmarks: 10,000 triggers
 * over 5 connections and 100 projects, a fifth of them for every project (so each event has
 * dozens of candidates to filter), a third with a title regex, a fifth with a tag filter.
 */
final class BenchFixtures {

    static final int TRIGGERS = 10_000;
    static final int CONNECTIONS = 5;
    static final int PROJECTS = 100;
    static final String[] STATUS_NAMES = {
        "In Specification", "In Implementation", "In Testing", "Successfully Tested", "Ready for Production", "Deployed", "Not Planned"
    };
    static final String[] TAGS = {"payments", "billing", "hr", "logistics", "q1", "q2", "q3", "q4", "hotfix", "regulatory"};
    static final String[] TITLE_WORDS = {"Hotfix", "Credit", "Invoice", "Payroll", "Shipment", "Tax", "Report", "Limit", "Export", "Audit"};

    private BenchFixtures() {
    }

    static String connection(int i) {
        return "tenant-" + i;
    }

    static String project(int i) {
        return String.format("3532c9fd-0000-4000-8000-%012d", i);
    }

    /** Synthetic codes: the benchmark resolves every event's code through the resolver, as the plugin does. */
    static String code(int status) {
        return "S" + (10 * (status + 1));
    }

    static StatusNameResolver resolver() {
        Map<String, String> names = new HashMap<>();
        for (int s = 0; s < STATUS_NAMES.length; s++) {
            names.put(code(s), STATUS_NAMES[s]);
        }
        return StatusNameResolver.of(names);
    }

    static List<TriggerSpec> triggers() {
        Random random = new Random(42);
        List<TriggerSpec> triggers = new ArrayList<>(TRIGGERS);
        for (int i = 0; i < TRIGGERS; i++) {
            Set<String> statuses = new HashSet<>();
            statuses.add(STATUS_NAMES[random.nextInt(STATUS_NAMES.length)]);
            if (random.nextInt(3) == 0) {
                statuses.add(STATUS_NAMES[random.nextInt(STATUS_NAMES.length)]);
            }
            TriggerSpec spec = new TriggerSpec("folder/promote-" + i, connection(random.nextInt(CONNECTIONS)), null, null,
                    statuses, null, Set.of(), true, random.nextInt(10) == 0);
            if (random.nextInt(5) > 0) {
                int project = random.nextInt(PROJECTS);
                spec = spec.inProject(project(project), "Project " + project);
            }
            if (random.nextInt(3) == 0) {
                spec = spec.withTitlePattern("(?i)\\b" + TITLE_WORDS[random.nextInt(TITLE_WORDS.length)] + "\\b");
            }
            if (random.nextInt(5) == 0) {
                spec = spec.withTags(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]);
            }
            triggers.add(spec);
        }
        return triggers;
    }

    static FeatureChange[] events(int count) {
        Random random = new Random(7);
        FeatureChange[] events = new FeatureChange[count];
        for (int i = 0; i < count; i++) {
            int status = random.nextInt(STATUS_NAMES.length);
            String title = TITLE_WORDS[random.nextInt(TITLE_WORDS.length)] + " " + TITLE_WORDS[random.nextInt(TITLE_WORDS.length)]
                    + " for feature " + i;
            FeatureFacts facts = new FeatureFacts("uuid-" + i, "6-" + i, title,
                    project(random.nextInt(PROJECTS + 10)), null, List.of(TAGS[random.nextInt(TAGS.length)]));
            events[i] = new FeatureChange(connection(random.nextInt(CONNECTIONS)), "evt-" + i, false, "FEATURE.UPDATED", "sub",
                    facts, StatusRef.ofCode(code(status)), StatusRef.ofCode(code((status + 6) % STATUS_NAMES.length)), null,
                    FeatureChange.Source.RESOURCE_CHANGES);
        }
        return events;
    }
}
