package io.jenkins.plugins.calm.steps;

import static io.jenkins.plugins.calm.steps.StepBindingTest.unconstructed;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Builder;
import hudson.tasks.Notifier;
import hudson.tasks.Publisher;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Test;

/**
 * Where the freestyle forms of the steps sit in a job, without Jenkins: the two that gate the build are build steps,
 * the deployment report is a post-build action, so that it runs (and reports the failure) after a build step failed.
 * Each answers to its Pipeline step's symbol, in the block of the job that matches its kind (Job DSL's
 * {@code steps} or {@code publishers}).
 */
class FreestyleFormsTest {

    /** The {@code T} of a descriptor declared as {@code extends BuildStepDescriptor<T>}. */
    private static Type describedKind(Class<?> descriptor) {
        return ((ParameterizedType) descriptor.getGenericSuperclass()).getActualTypeArguments()[0];
    }

    private static String symbol(Class<?> descriptor) {
        return String.join(",", descriptor.getAnnotation(Symbol.class).value());
    }

    @Test
    void theBuildStepsGateTheBuild() {
        assertThat(Builder.class).isAssignableFrom(RegisterTransportBuilder.class)
                .isAssignableFrom(WaitForStatusBuilder.class);
        assertThat(describedKind(RegisterTransportBuilder.DescriptorImpl.class)).isEqualTo(Builder.class);
        assertThat(describedKind(WaitForStatusBuilder.DescriptorImpl.class)).isEqualTo(Builder.class);
        assertThat(symbol(RegisterTransportBuilder.DescriptorImpl.class))
                .isEqualTo(symbol(RegisterTransportStep.DescriptorImpl.class)).isEqualTo("calmRegisterTransport");
        assertThat(symbol(WaitForStatusBuilder.DescriptorImpl.class))
                .isEqualTo(symbol(WaitForStatusStep.DescriptorImpl.class)).isEqualTo("calmWaitForStatus");
    }

    @Test
    void theDeploymentReportIsAPostBuildActionThatWaitsForNoOtherBuild() throws Exception {
        assertThat(Notifier.class).isAssignableFrom(ReportDeploymentNotifier.class);
        assertThat(SimpleBuildStep.class).isAssignableFrom(ReportDeploymentNotifier.class);
        assertThat(Builder.class.isAssignableFrom(ReportDeploymentNotifier.class)).isFalse();
        assertThat(describedKind(ReportDeploymentNotifier.DescriptorImpl.class)).isEqualTo(Publisher.class);
        assertThat(symbol(ReportDeploymentNotifier.DescriptorImpl.class))
                .isEqualTo(symbol(ReportDeploymentStep.DescriptorImpl.class)).isEqualTo("calmReportDeployment");

        ReportDeploymentNotifier notifier = unconstructed(ReportDeploymentNotifier.class);
        // BuildStep's default, BUILD, would hold every build at this action until the previous build has finished.
        assertThat(notifier.getRequiredMonitorService()).isEqualTo(BuildStepMonitor.NONE);
        assertThat(notifier.requiresWorkspace()).isFalse();
    }
}
