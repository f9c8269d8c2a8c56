package io.jenkins.plugins.calm.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;

import io.jenkins.plugins.calm.core.steps.InvalidStepInputException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The data binding of the steps and their freestyle forms, without Jenkins: both kinds offer the same options, and
 * every setter checks its value with calm-core's rules. The Jenkins base classes cannot be constructed outside
 * Jenkins, so the instances here are made without running constructors and get their options object by reflection.
 */
class StepBindingTest {

    static Set<String> boundProperties(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            if (constructor.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter parameter : constructor.getParameters()) {
                    names.add(parameter.getName());
                }
            }
        }
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(DataBoundSetter.class)) {
                names.add(Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4));
            }
        }
        return names;
    }

    /** An instance whose constructor did not run (it would need Jenkins), with a fresh options object. */
    static <T> T unconstructed(Class<T> type) throws ReflectiveOperationException {
        T instance = mock(type, CALLS_REAL_METHODS);
        Field options = type.getDeclaredField("options");
        options.setAccessible(true);
        options.set(instance, options.getType().getConstructor().newInstance());
        return instance;
    }

    @Test
    void pipelineStepsAndFreestyleBuildStepsOfferTheSameOptions() {
        assertThat(boundProperties(RegisterTransportBuilder.class)).isEqualTo(boundProperties(RegisterTransportStep.class))
                .containsExactly("connection", "description", "feature", "file", "mode", "namedUser", "node",
                        "transports");
        assertThat(boundProperties(WaitForStatusBuilder.class)).isEqualTo(boundProperties(WaitForStatusStep.class))
                .containsExactly("connection", "failOn", "feature", "features", "pollInterval", "status", "timeout",
                        "unit");
        assertThat(boundProperties(ReportDeploymentNotifier.class)).isEqualTo(boundProperties(ReportDeploymentStep.class))
                .containsExactly("connection", "description", "environment", "failOnError", "feature", "setStatus",
                        "status", "system", "transports", "url");
    }

    @Test
    void registerTransportSettersCheckTheirValues() throws Exception {
        RegisterTransportStep step = unconstructed(RegisterTransportStep.class);
        step.setTransports(List.of("S4DK900123", "S4DK900124"));
        step.setMode("EXPORT");
        assertThat(step.getTransports()).isEqualTo("S4DK900123, S4DK900124");
        assertThat(step.getMode()).isEqualTo("export");
        assertThatThrownBy(() -> step.setMode("import")).isInstanceOf(InvalidStepInputException.class)
                .hasMessageStartingWith("mode: 'import' is unknown");
        assertThatThrownBy(() -> step.setFeature("FEAT-1")).hasMessageStartingWith("'FEAT-1' from the feature option is"
                + " not a Cloud ALM feature");
        assertThatThrownBy(() -> step.setTransports(42)).hasMessageStartingWith("transports must be text or a list");

        RegisterTransportBuilder builder = unconstructed(RegisterTransportBuilder.class);
        builder.setTransports("S4DK900123,\nS4DK900124");
        assertThat(builder.getTransports()).isEqualTo("S4DK900123, S4DK900124");
        assertThatThrownBy(() -> builder.setDescription("d".repeat(300))).hasMessageContaining("at most 255");
    }

    @Test
    void waitForStatusSettersCheckTheirValuesAndReadBackAsWritten() throws Exception {
        WaitForStatusStep step = unconstructed(WaitForStatusStep.class);
        step.setTimeout(30);
        step.setUnit("HOURS");
        step.setPollInterval("1m");
        step.setFailOn(List.of());
        assertThat(step.getTimeout()).isEqualTo(30);
        assertThat(step.getUnit()).isEqualTo("HOURS");
        assertThat(step.getPollInterval()).isEqualTo("1m");
        assertThat(step.getFailOn()).isEqualTo(List.of());
        step.setFailOn(List.of("Not Planned", "In Specification"));
        assertThat(step.getFailOn()).isEqualTo("Not Planned, In Specification");
        step.setFailOn("");
        assertThat(step.getFailOn()).isNull();
        assertThatThrownBy(() -> step.setPollInterval(5)).isInstanceOf(InvalidStepInputException.class)
                .hasMessage("pollInterval must be at least 10s, was 5s");
        assertThatThrownBy(() -> step.setTimeout("soon")).hasMessageContaining("is not a duration for timeout");
        assertThatThrownBy(() -> step.setUnit("FORTNIGHTS")).hasMessageStartingWith("Unknown unit 'FORTNIGHTS'");
        assertThatThrownBy(() -> step.setFeatures(List.of("6-1", "x"))).hasMessageContaining("features option");

        WaitForStatusBuilder builder = unconstructed(WaitForStatusBuilder.class);
        builder.setTimeout("2h");
        builder.setFailOn(" ");
        assertThat(builder.getTimeout()).isEqualTo("2h");
        assertThat(builder.getFailOn()).isNull();
        assertThatThrownBy(() -> builder.setPollInterval("5s")).hasMessage("pollInterval must be at least 10s, was 5s");
    }

    @Test
    void reportDeploymentTakesSystemOrEnvironmentButNotTwoDifferentOnes() throws Exception {
        ReportDeploymentStep step = unconstructed(ReportDeploymentStep.class);
        step.setEnvironment("QAS");
        assertThat(step.getSystem()).isEqualTo("QAS");
        assertThat(step.getEnvironment()).isNull();
        step.setEnvironment("QAS");
        assertThatThrownBy(() -> step.setEnvironment("PRD")).isInstanceOf(InvalidStepInputException.class)
                .hasMessage("system: 'QAS' and environment: 'PRD' are two names of the same option; give only one of"
                        + " them.");
        step.setStatus("unstable");
        assertThat(step.getStatus()).isEqualTo("UNSTABLE");
        assertThatThrownBy(() -> step.setUrl("ftp://x")).hasMessageContaining("is not an absolute http(s) URL");
        assertThatThrownBy(() -> step.setStatus("GREEN")).hasMessageStartingWith("status: Unknown deployment status");
    }

    @Test
    void getFeatureChecksTheFeatureId() {
        GetFeatureStep step = mock(GetFeatureStep.class, CALLS_REAL_METHODS);
        step.setFeature(" 6-12 ");
        step.setConnection(" ");
        assertThat(step.getFeature()).isEqualTo("6-12");
        assertThat(step.getConnection()).isNull();
        assertThatThrownBy(() -> step.setFeature("six")).isInstanceOf(InvalidStepInputException.class)
                .hasMessageStartingWith("'six' from the feature option is not a Cloud ALM feature");
    }
}
