package io.jenkins.plugins.calm.core.client.tasks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.http.ApiRequest;
import io.jenkins.plugins.calm.core.client.http.ApiResponse;
import io.jenkins.plugins.calm.core.client.http.CloudAlmEndpoint;
import io.jenkins.plugins.calm.core.client.http.Json;
import io.jenkins.plugins.calm.core.client.odata.ODataCollections;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Comments on tasks, user stories and requirements ({@code /calm-tasks/v1/tasks/{id}/comments}).
 * Features have no comment endpoint; comments exist on tasks only.
 */
public final class TasksApi {

    private final CloudAlmEndpoint endpoint;

    public TasksApi(CloudAlmEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The comments of a task. */
    public List<TaskComment> comments(String taskId) {
        return ODataCollections.all(endpoint, ApiRequest.get(commentsUrl(taskId))
                .notFoundHint(notFound(taskId)).build(), TaskComment::fromJson);
    }

    /** Adds a comment ({@code POST {"text": ...}}) and returns it as stored. */
    public TaskComment addComment(String taskId, String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a comment must not be blank");
        }
        ObjectNode body = Json.object().put("text", text);
        ApiResponse response = endpoint.execute(ApiRequest.post(commentsUrl(taskId), body)
                .notFoundHint(notFound(taskId)).build());
        return TaskComment.fromJson(response.hasBody() ? response.json() : body);
    }

    private HttpUrl commentsUrl(String taskId) {
        Objects.requireNonNull(taskId, "taskId");
        if (taskId.isBlank()) {
            throw new IllegalArgumentException("taskId must not be blank");
        }
        return endpoint.service("calm-tasks/v1/tasks").addPathSegment(taskId.trim()).addPathSegment("comments")
                .build();
    }

    private static String notFound(String taskId) {
        return "There is no task \"" + taskId + "\" that this service key can see. Use the task's ID (a GUID), "
                + "not its display ID.";
    }
}
