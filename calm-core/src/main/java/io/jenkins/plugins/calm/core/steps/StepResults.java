package io.jenkins.plugins.calm.core.steps;

import java.util.LinkedHashMap;
import java.util.Map;

/** The parts the steps' return values share. */
public final class StepResults {
    private StepResults() {
    }

    /** {@code feature}, {@code featureUuid}, {@code featureTitle}, {@code status}, {@code featureUrl}. */
    public static Map<String, Object> feature(FeatureSummary feature) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("feature", feature.label());
        map.put("featureUuid", feature.uuid());
        map.put("featureTitle", feature.title());
        map.put("status", feature.statusName());
        map.put("featureUrl", feature.url());
        return map;
    }
}
