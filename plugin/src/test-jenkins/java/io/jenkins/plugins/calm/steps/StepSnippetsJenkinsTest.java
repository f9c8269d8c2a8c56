package io.jenkins.plugins.calm.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.structs.describable.UninstantiatedDescribable;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * What the Snippet Generator and Pipeline do with the steps' arguments: a script's arguments make a step, and
 * the step written back makes the same step again (real build only).
 */
@WithJenkins
class StepSnippetsJenkinsTest {

    private static <T extends Step> void roundTrips(JenkinsRule j, Class<T> type, Map<String, Object> arguments)
            throws Exception {
        DescribableModel<T> model = DescribableModel.of(type);
        T step = model.instantiate(arguments, null); // no listener: structs logs any instantiation warning
        UninstantiatedDescribable written = model.uninstantiate2(step);
        j.assertEqualDataBoundBeans(step, model.instantiate(written.getArguments(), null));
    }

    @Test
    void everyStepRoundTripsThroughItsArguments(JenkinsRule j) throws Exception {
        roundTrips(j, WaitForStatusStep.class, Map.of("status", List.of("Successfully Tested", "Ready for Production"),
                "features", List.of("6-1", "6-2"), "failOn", List.of(), "timeout", 2, "unit", "HOURS",
                "pollInterval", "1m", "connection", "sandbox"));
        roundTrips(j, WaitForStatusStep.class, Map.of("status", "In Testing"));
        roundTrips(j, RegisterTransportStep.class, Map.of("feature", "6-1", "file", "target/app.mtar", "node", "QAS",
                "mode", "export", "description", "Release 1.2", "namedUser", "ci-bot"));
        roundTrips(j, RegisterTransportStep.class, Map.of("transports", List.of("S4HK900123", "S4HK900124")));
        roundTrips(j, ReportDeploymentStep.class, Map.of("system", "QAS", "feature", "6-5", "status", "UNSTABLE",
                "transports", List.of("S4HK900124"), "url", "https://deploy.example.com/runs/7", "description", "d",
                "setStatus", "Deployed", "failOnError", true));
        roundTrips(j, GetFeatureStep.class, Map.of("feature", "6-1", "connection", "sandbox"));
    }

    @Test
    void theSnippetOfASingleStatusIsTheShortForm(JenkinsRule j) throws Exception {
        UninstantiatedDescribable written = DescribableModel.of(WaitForStatusStep.class)
                .uninstantiate2(new WaitForStatusStep("In Testing"));

        Map<String, Object> arguments = new HashMap<>(written.getArguments());
        assertThat(arguments).containsOnly(Map.entry("status", "In Testing"));
    }

    @Test
    void theSnippetGeneratorPageOffersTheSteps(JenkinsRule j) throws Exception {
        String page = j.createWebClient().goTo("pipeline-syntax").getWebResponse().getContentAsString();

        assertThat(page).contains("calmWaitForStatus").contains("calmRegisterTransport").contains("calmReportDeployment")
                .contains("calmGetFeature");
    }
}
