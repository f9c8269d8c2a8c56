package io.jenkins.plugins.calm.core.client.features;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.calm.core.client.http.ApiRequest;
import io.jenkins.plugins.calm.core.client.http.ApiResponse;
import io.jenkins.plugins.calm.core.client.http.CloudAlmEndpoint;
import io.jenkins.plugins.calm.core.client.http.Json;
import io.jenkins.plugins.calm.core.client.odata.ODataCollections;
import io.jenkins.plugins.calm.core.client.odata.ODataFilter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * URL references and external references on features ({@code /URLReferences},
 * {@code /ExternalReferences}): list for a feature, create, delete. Their payloads are not
 * documented by SAP; field names and delete paths come from the {@link ReferenceMapping} of the
 * client settings, so they can be adapted without a code change.
 */
public final class ReferencesApi {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final String URL_REFERENCES = "URLReferences";
    private static final String EXTERNAL_REFERENCES = "ExternalReferences";

    private final CloudAlmEndpoint endpoint;
    private final ReferenceMapping mapping;

    public ReferencesApi(CloudAlmEndpoint endpoint, ReferenceMapping mapping) {
        this.endpoint = endpoint;
        this.mapping = mapping;
    }

    /** The URL references of a feature. */
    public List<FeatureReference> urlReferences(String featureUuid) {
        return list(URL_REFERENCES, mapping.urlParentField(), featureUuid, FeatureReference.Kind.URL);
    }

    /** The external references of a feature. */
    public List<FeatureReference> externalReferences(String featureUuid) {
        return list(EXTERNAL_REFERENCES, mapping.externalParentField(), featureUuid, FeatureReference.Kind.EXTERNAL);
    }

    /** Adds a link (e.g. to a Jenkins build) to a feature. */
    public FeatureReference addUrlReference(String featureUuid, String name, String url) {
        ObjectNode body = Json.object();
        body.put(mapping.urlParentField(), ODataFilter.guid(featureUuid));
        body.put(mapping.urlNameField(), FeatureFields.nonBlank(name, "name"));
        body.put(mapping.urlUrlField(), FeatureFields.nonBlank(url, "url"));
        return create(URL_REFERENCES, body, FeatureReference.Kind.URL);
    }

    /**
     * Adds a reference to an object in another system.
     *
     * @param url a link to it, or {@code null}
     */
    public FeatureReference addExternalReference(String featureUuid, String externalId, String name, String url) {
        ObjectNode body = Json.object();
        body.put(mapping.externalIdField(), FeatureFields.nonBlank(externalId, "externalId"));
        body.put(mapping.externalParentField(), ODataFilter.guid(featureUuid));
        body.put(mapping.externalNameField(), FeatureFields.nonBlank(name, "name"));
        if (url != null && !url.isBlank()) {
            body.put(mapping.externalUrlField(), url);
        }
        return create(EXTERNAL_REFERENCES, body, FeatureReference.Kind.EXTERNAL);
    }

    /** Deletes a reference read or created before, at the mapping's delete path. */
    public void delete(FeatureReference reference) {
        String template = reference.kind() == FeatureReference.Kind.URL ? mapping.urlDeletePath()
                : mapping.externalDeletePath();
        HttpUrl url = deleteUrl(template, reference.json());
        endpoint.execute(ApiRequest.delete(url)
                .notFoundHint("The reference does not exist (any more), or this tenant deletes references at "
                        + "another path than \"" + template + "\": adapt the reference mapping.")
                .build());
    }

    /** Deletes an external reference by its ID and the feature's UUID. */
    public void deleteExternalReference(String externalId, String featureUuid) {
        ObjectNode json = Json.object();
        json.put(mapping.externalIdField(), FeatureFields.nonBlank(externalId, "externalId"));
        json.put(mapping.externalParentField(), ODataFilter.guid(featureUuid));
        delete(new FeatureReference(FeatureReference.Kind.EXTERNAL, json, mapping));
    }

    private List<FeatureReference> list(String entitySet, String parentField, String featureUuid,
            FeatureReference.Kind kind) {
        HttpUrl url = endpoint.service(FeaturesApi.SERVICE).addPathSegment(entitySet)
                .addQueryParameter("$filter", ODataFilter.eqGuid(parentField, featureUuid).expression()).build();
        return ODataCollections.all(endpoint, ApiRequest.get(url).build(),
                node -> new FeatureReference(kind, node, mapping));
    }

    private FeatureReference create(String entitySet, ObjectNode body, FeatureReference.Kind kind) {
        HttpUrl url = endpoint.service(FeaturesApi.SERVICE).addPathSegment(entitySet).build();
        ApiResponse response = endpoint.execute(ApiRequest.post(url, body)
                .rejectedHint("Cloud ALM did not accept the reference. The payload of " + entitySet + " is not "
                        + "documented publicly; if the tenant expects other field names than " + fieldNames(body) + ", adapt the reference mapping.")
                .build());
        // Some services answer 201 with the entity, others 204 without: then what was sent is what exists.
        return new FeatureReference(kind, response.hasBody() ? response.json() : body, mapping);
    }

    private static List<String> fieldNames(ObjectNode body) {
        List<String> names = new java.util.ArrayList<>();
        body.properties().forEach(field -> names.add(field.getKey()));
        return names;
    }

    private HttpUrl deleteUrl(String template, ObjectNode json) {
        HttpUrl.Builder url = endpoint.service(FeaturesApi.SERVICE);
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Matcher placeholder = PLACEHOLDER.matcher(segment);
            if (placeholder.matches()) {
                String value = Json.text(json, placeholder.group(1));
                if (value == null || value.isBlank()) {
                    throw new IllegalArgumentException("The reference has no \"" + placeholder.group(1) + "\" field, "
                            + "which the delete path \"" + template + "\" needs; adapt the reference mapping.");
                }
                url.addPathSegment(value);
            } else {
                url.addPathSegment(segment);
            }
        }
        return url.build();
    }
}
