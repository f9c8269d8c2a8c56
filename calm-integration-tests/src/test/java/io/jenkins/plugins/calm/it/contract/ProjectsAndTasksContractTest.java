package io.jenkins.plugins.calm.it.contract;

import static io.jenkins.plugins.calm.it.contract.AuthenticationContractTest.creditLimitStory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.projects.Project;
import io.jenkins.plugins.calm.core.client.tasks.TaskComment;
import io.jenkins.plugins.calm.sandbox.seed.DemoData;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Projects (a bare JSON array on the sandbox, as in SAP's samples) and comments on tasks. */
class ProjectsAndTasksContractTest {

    @Test
    void projectsAreListedWithTheirIdsAndNames() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            assertThat(connection.client().projects().list())
                    .extracting(Project::id, Project::name, Project::status)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(DemoData.ORDER_TO_CASH.toString(),
                                    "S/4HANA Order-to-Cash Rollout", "O"),
                            org.assertj.core.groups.Tuple.tuple(DemoData.EXTENSIONS.toString(), "BTP Extension Apps",
                                    "O"));
        }
    }

    @Test
    void aCommentIsAddedToAUserStoryAndListedAfterTheExistingOnes() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            CloudAlmClient client = connection.client();
            String story = creditLimitStory();

            TaskComment added = client.tasks().addComment(story, "Deployed to QAS by Jenkins build #42.");

            assertThat(added.id()).isNotBlank();
            assertThat(added.text()).isEqualTo("Deployed to QAS by Jenkins build #42.");
            assertThat(added.field("createdBy")).isEqualTo(client.serviceKey().clientId());
            assertThat(client.tasks().comments(story)).extracting(TaskComment::text)
                    .containsExactly("Specification reviewed with the credit team.",
                            "Deployed to QAS by Jenkins build #42.");
        }
    }

    @Test
    void commentsOfAnUnknownTaskAreNotFound() throws Exception {
        try (SandboxConnection connection = SandboxConnection.start()) {
            String unknown = UUID.randomUUID().toString();

            NotFoundException missing = catchThrowableOfType(NotFoundException.class,
                    () -> connection.client().tasks().addComment(unknown, "hello"));

            assertThat(missing.getMessage()).contains(unknown, "not its display ID");
        }
    }
}
