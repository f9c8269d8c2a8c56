package io.jenkins.plugins.calm.core.client.features;

import io.jenkins.plugins.calm.core.client.NotFoundException;
import io.jenkins.plugins.calm.core.client.http.ApiRequest;
import io.jenkins.plugins.calm.core.client.http.CloudAlmEndpoint;
import io.jenkins.plugins.calm.core.client.odata.ODataCollections;
import io.jenkins.plugins.calm.core.client.odata.ODataFilter;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Transports as the Features service shows them ({@code /Transports}, read-only) and the feature a
 * transport is assigned to ({@code /Transports/{id}/parent}). There is no public API to assign a
 * transport to a feature: that happens in the Features app or through SAP's own integrations.
 */
public final class TransportsApi {

    private final CloudAlmEndpoint endpoint;

    public TransportsApi(CloudAlmEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** All transports (every page). */
    public List<Transport> list() {
        return list(null);
    }

    /** The transports matching {@code filter} ({@code null}: all), every page. */
    public List<Transport> list(ODataFilter filter) {
        HttpUrl.Builder url = endpoint.service(FeaturesApi.SERVICE).addPathSegment("Transports");
        if (filter != null) {
            url.addQueryParameter("$filter", filter.expression());
        }
        return ODataCollections.all(endpoint, ApiRequest.get(url.build()).build(), Transport::fromJson);
    }

    /**
     * The feature the transport is assigned to.
     *
     * @param transportId e.g. an ABAP transport number ({@code S4DK911940}) or a CTMS transport ID
     * @throws NotFoundException when Cloud ALM does not know the transport or it is assigned to no feature
     */
    public Feature parentFeature(String transportId) {
        String id = FeatureFields.nonBlank(transportId, "transportId").trim();
        HttpUrl url = endpoint.service(FeaturesApi.SERVICE).addPathSegment("Transports").addPathSegment(id)
                .addPathSegment("parent").build();
        ApiRequest request = ApiRequest.get(url)
                .notFoundHint("Transport \"" + id + "\" is unknown to Cloud ALM or not assigned to a feature. Assign "
                        + "it to a feature in the Features app; transports from Cloud Transport Management can take a "
                        + "few minutes to appear, and only released transports can be assigned.")
                .build();
        return Feature.fromJson(endpoint.execute(request).json());
    }
}
