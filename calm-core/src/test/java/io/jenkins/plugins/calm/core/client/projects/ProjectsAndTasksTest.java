package io.jenkins.plugins.calm.core.client.projects;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.calm.core.client.tasks.TaskComment;
import io.jenkins.plugins.calm.core.testing.FakeCloudAlmTestBase;
import org.junit.jupiter.api.Test;

class ProjectsAndTasksTest extends FakeCloudAlmTestBase {

    @Test
    void projectsComeAsABareArray() {
        calm.enqueueJson("[{\"id\":\"p1\",\"name\":\"S/4 rollout\",\"status\":\"O\"},{\"id\":\"p2\",\"name\":\"Old\","
                + "\"status\":\"C\"}]");

        assertThat(client.projects().list()).extracting(Project::name, Project::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S/4 rollout", "O"),
                        org.assertj.core.groups.Tuple.tuple("Old", "C"));
        assertThat(calm.lastApiRequest().getUrl().encodedPath()).isEqualTo("/api/calm-projects/v1/projects");
    }

    @Test
    void projectsComeAsAnODataEnvelope() {
        calm.enqueueJson("{\"value\":[{\"id\":\"p1\",\"name\":\"A\",\"programId\":\"x\"}]}");

        assertThat(client.projects().list()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("p1");
            assertThat(p.text("programId")).isEqualTo("x");
        });
    }

    @Test
    void commentsOnATaskArePostedAsText() {
        calm.enqueue(201, "{\"id\":\"c-1\",\"text\":\"Deployed to QAS by Jenkins\"}");
        calm.enqueueJson("[{\"id\":\"c-1\",\"text\":\"Deployed to QAS by Jenkins\"}]");

        TaskComment comment = client.tasks().addComment("task-7", "Deployed to QAS by Jenkins");

        assertThat(comment.id()).isEqualTo("c-1");
        assertThat(calm.lastApiRequest().getUrl().encodedPath()).isEqualTo("/api/calm-tasks/v1/tasks/task-7/comments");
        assertThat(calm.lastApiRequest().getBody().utf8()).isEqualTo("{\"text\":\"Deployed to QAS by Jenkins\"}");
        assertThat(client.tasks().comments("task-7")).extracting(TaskComment::text)
                .containsExactly("Deployed to QAS by Jenkins");
    }
}
