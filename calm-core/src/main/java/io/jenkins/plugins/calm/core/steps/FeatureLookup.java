package io.jenkins.plugins.calm.core.steps;

import io.jenkins.plugins.calm.core.client.CloudAlmClient;
import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.features.Feature;
import io.jenkins.plugins.calm.core.client.projects.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the features a step names from Cloud ALM, with errors that say which feature and where it was named. */
public final class FeatureLookup {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CloudAlmClient client;
    private final String defaultProject;
    private String defaultProjectId;

    /**
     * @param defaultProject the connection's default project (its ID or its name), where display IDs
     *     are looked up; {@code null} to look in every project the service key can see
     */
    public FeatureLookup(CloudAlmClient client, String defaultProject) {
        this.client = client;
        this.defaultProject = StepValues.text(defaultProject);
    }

    /**
     * @throws StepFailureException when Cloud ALM has no such feature (or the key cannot see it)
     */
    public FeatureSummary find(ResolvedFeature feature) {
        FeatureId id = feature.id();
        Feature found;
        if (id.isUuid()) {
            try {
                found = client.features().get(id.value());
            } catch (NotFoundException e) {
                throw notFound(feature, e);
            }
        } else {
            found = client.features().findByDisplayId(defaultProjectId(), id.value())
                    .orElseThrow(() -> notFound(feature, null));
        }
        return FeatureSummary.of(found, client);
    }

    /** Looks up several features; every one must exist. */
    public List<FeatureSummary> findAll(List<ResolvedFeature> features) {
        List<FeatureSummary> found = new ArrayList<>();
        for (ResolvedFeature feature : features) {
            found.add(find(feature));
        }
        return found;
    }

    /** The default project's ID: as configured when it is one, else the ID of the project with that name. */
    private String defaultProjectId() {
        if (defaultProject == null || GUID.matcher(defaultProject).matches()) {
            return defaultProject;
        }
        if (defaultProjectId == null) {
            List<String> names = new ArrayList<>();
            for (Project project : client.projects().list()) {
                if (project.name() != null && project.name().strip().toLowerCase(Locale.ROOT)
                        .equals(defaultProject.toLowerCase(Locale.ROOT))) {
                    defaultProjectId = project.id();
                    return defaultProjectId;
                }
                names.add(project.name());
            }
            throw new StepFailureException("The connection's default project '" + defaultProject + "' is neither a"
                    + " project ID nor the name of a project this service key can see (" + StepTexts.abbreviate(
                            String.join(", ", names), 300) + "). Correct it in the connection's settings.");
        }
        return defaultProjectId;
    }

    private StepFailureException notFound(ResolvedFeature feature, NotFoundException cause) {
        String where = defaultProject == null ? "" : " in project " + defaultProject
                + " (the connection's default project)";
        return new StepFailureException("Cloud ALM has no feature " + feature.id() + where + " that this service key"
                + " can see; it was named by " + feature.source() + ". Check the ID in the Features app (display IDs"
                + " look like 6-123), and that the service key's scopes include calm-api.features.read.", cause);
    }
}
