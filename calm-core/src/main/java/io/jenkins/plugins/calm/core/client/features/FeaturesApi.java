package io.jenkins.plugins.calm.core.client.features;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.client.RequestRejectedException;
import io.jenkins.plugins.calm.core.client.UnexpectedResponseException;
import io.jenkins.plugins.calm.core.client.http.ApiRequest;
import io.jenkins.plugins.calm.core.client.http.ApiResponse;
import io.jenkins.plugins.calm.core.client.http.CloudAlmEndpoint;
import io.jenkins.plugins.calm.core.client.http.ErrorTranslator;
import io.jenkins.plugins.calm.core.client.http.Json;
import io.jenkins.plugins.calm.core.client.odata.ODataCollections;
import io.jenkins.plugins.calm.core.client.odata.ODataFilter;
import io.jenkins.plugins.calm.core.client.odata.ODataPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The Features API ({@code /calm-features/v1}, OData v4): list, read, create and update features,
 * and the status/priority code lists (cached per client).
 *
 * <p>Status codes are tenant data: callers give status <em>names</em> ("In Testing", any case)
 * and {@link #resolveStatus(String)} finds the tenant's code through {@code /FeatureStatus}.
 */
public final class FeaturesApi {

    static final String SERVICE = "calm-features/v1";
    /**
     * Longest URL sent when listing by many UUIDs: well below the 8 KiB request-line limit common
     * in gateways and proxies, so a batch query never fails for its length.
     */
    public static final int MAX_URL_LENGTH = 4096;

    private final CloudAlmEndpoint endpoint;
    private final CodeList statuses;
    private final CodeList priorities;

    public FeaturesApi(CloudAlmEndpoint endpoint) {
        this.endpoint = endpoint;
        this.statuses = new CodeList(endpoint, "FeatureStatus");
        this.priorities = new CodeList(endpoint, "FeaturePriorities");
    }

    /** One page of features. */
    public ODataPage<Feature> list(FeatureQuery query) {
        return ODataCollections.page(endpoint, ApiRequest.get(listUrl(query)).build(), Feature::fromJson);
    }

    /** The page after {@code page}, if any. */
    public Optional<ODataPage<Feature>> nextPage(ODataPage<Feature> page) {
        return page.next().map(next -> ODataCollections.page(endpoint, ApiRequest.get(next).build(),
                Feature::fromJson));
    }

    /** All features matching {@code query}, following {@code @nextLink} across pages. */
    public List<Feature> listAll(FeatureQuery query) {
        return ODataCollections.all(endpoint, ApiRequest.get(listUrl(query)).build(), Feature::fromJson);
    }

    /**
     * The features of a project with the given UUIDs, in as few calls as possible: one
     * {@code uuid in (...)} query per chunk, each URL at most {@link #MAX_URL_LENGTH} characters.
     * UUIDs that do not exist (or are not visible) are simply absent from the result.
     */
    public List<Feature> listByUuids(String projectId, Collection<String> uuids) {
        return listByUuids(projectId, uuids, List.of());
    }

    /**
     * Like {@link #listByUuids(String, Collection)}, returning only the {@code select}ed properties
     * (all when empty).
     */
    public List<Feature> listByUuids(String projectId, Collection<String> uuids, List<String> select) {
        List<Feature> result = new ArrayList<>();
        for (List<String> chunk : chunkByUrlLength(projectId, uuids, select)) {
            result.addAll(listAll(byUuids(projectId, chunk, select)));
        }
        return result;
    }

    /**
     * How many UUIDs one {@link #listByUuids(String, Collection, List)} request carries at most, so
     * that a caller can tell how many requests a lookup takes ({@code ceil(n / this)}) before it
     * makes it, e.g. to charge them to a rate limit. Project IDs and feature UUIDs are GUIDs of
     * one length, so the answer is the same for every project. Extra pages the server may split
     * an answer into are not counted.
     */
    public int maxUuidsPerRequest(List<String> select) {
        String project = "00000000-0000-0000-0000-000000000000";
        int one = listUrl(byUuids(project, List.of(project), select)).toString().length();
        int two = listUrl(byUuids(project, List.of(project, project), select)).toString().length();
        int perUuid = two - one;
        return one >= MAX_URL_LENGTH ? 1 : 1 + (MAX_URL_LENGTH - one) / perUuid;
    }

    /** The features of a project changed after {@code after} ({@code modifiedAt gt ...}). */
    public List<Feature> listModifiedAfter(String projectId, Instant after) {
        return listAll(FeatureQuery.builder().projectId(projectId).filter(ODataFilter.gt("modifiedAt", after)).build());
    }

    /** The feature with this UUID. */
    public Feature get(String uuid) {
        ApiRequest request = ApiRequest.get(featureUrl(uuid))
                .notFoundHint("There is no feature with UUID \"" + uuid + "\" that this service key can see. Use "
                        + "the feature's UUID here; a display ID such as 6-123 is looked up with findByDisplayId.")
                .build();
        return Feature.fromJson(endpoint.execute(request).json());
    }

    /** The feature with this display ID (e.g. {@code 6-123}), if any, in any project the key can see. */
    public Optional<Feature> findByDisplayId(String displayId) {
        return findByDisplayId(null, displayId);
    }

    /** The feature with this display ID in the given project ({@code null}: any project), if any. */
    public Optional<Feature> findByDisplayId(String projectId, String displayId) {
        FeatureQuery query = FeatureQuery.builder().projectId(projectId)
                .filter(ODataFilter.eq("displayId", FeatureFields.nonBlank(displayId, "displayId").trim()))
                .top(1).build();
        return list(query).items().stream().findFirst();
    }

    /** Creates a feature; returns it as Cloud ALM stored it (with {@code uuid} and {@code displayId}). */
    public Feature create(FeatureDraft draft) {
        ApiRequest request = ApiRequest.post(endpoint.service(SERVICE).addPathSegment("Features").build(),
                draft.toJson())
                .rejectedHint("Cloud ALM did not accept the new feature; check the project ID, the title and any "
                        + "status or priority code given.")
                .build();
        ApiResponse response = endpoint.execute(request);
        if (response.hasBody()) {
            return Feature.fromJson(response.json());
        }
        String location = response.headers().get("Location");
        if (location == null) {
            throw new UnexpectedResponseException(request.method(), request.url().toString(), response.code(),
                    ErrorTranslator.call(request) + " answered " + response.code() + " without the created feature "
                            + "and without a Location header, so the new feature cannot be identified.");
        }
        HttpUrl created = endpoint.followLink(request, location);
        return Feature.fromJson(endpoint.execute(ApiRequest.get(created).build()).json());
    }

    /**
     * Changes the given fields. Returns the feature after the change: from the response when
     * Cloud ALM sends it (200), else read again (204).
     */
    public Feature update(String uuid, FeaturePatch patch) {
        ApiRequest request = ApiRequest.patch(featureUrl(uuid), patch.toJson())
                .notFoundHint("There is no feature with UUID \"" + uuid + "\" that this service key can see.")
                .rejectedHint(patch.fields().containsKey("statusCode")
                        ? "Cloud ALM refused the change. A status can only be switched along the \"Enabled Status "
                                + "Switches\" (for example In Implementation to In Testing), and the project's "
                                + "rules may forbid it."
                        : "Cloud ALM refused the change; check the values of " + patch.fields().keySet() + ".")
                .build();
        ApiResponse response = endpoint.execute(request);
        return response.hasBody() ? Feature.fromJson(response.json()) : get(uuid);
    }

    /**
     * Switches the status of a feature.
     *
     * @param status the status name ("In Testing", any case) or the tenant's code
     * @throws UnknownStatusException when the tenant has no such status
     * @throws RequestRejectedException when Cloud ALM does not allow this switch; the message names
     *     the current status
     */
    public Feature switchStatus(String uuid, String status) {
        String code = resolveStatus(status);
        try {
            return update(uuid, FeaturePatch.builder().statusCode(code).build());
        } catch (RequestRejectedException e) {
            String current = currentStatusName(uuid);
            throw new RequestRejectedException(e.method(), e.url(), e.statusCode(), e.error(),
                    "Cannot switch feature " + uuid + " from \"" + current + "\" to \"" + statusName(code).orElse(code)
                            + "\": " + e.getMessage());
        }
    }

    /** The tenant's feature statuses ({@code /FeatureStatus}), read once per client. */
    public List<CodeListEntry> statuses() {
        return statuses.entries();
    }

    /** The tenant's feature priorities ({@code /FeaturePriorities}), read once per client. */
    public List<CodeListEntry> priorities() {
        return priorities.entries();
    }

    /** Forgets the cached code lists, so that the next use reads them again. */
    public void refreshCodeLists() {
        statuses.forget();
        priorities.forget();
    }

    /**
     * The tenant's status code for a status name ("In Testing", "in testing", extra blanks
     * ignored). A tenant code given as such is accepted too.
     *
     * @throws UnknownStatusException listing the tenant's status names
     */
    public String resolveStatus(String nameOrCode) {
        return statuses.resolve(nameOrCode).orElseThrow(() -> new UnknownStatusException(nameOrCode,
                statuses.entries().stream().map(CodeListEntry::name).collect(java.util.stream.Collectors.toList())));
    }

    /** The display name of a status code, if the tenant knows it. */
    public Optional<String> statusName(String code) {
        return statuses.nameOf(code);
    }

    /** The display name of a priority code, if the tenant knows it. */
    public Optional<String> priorityName(String code) {
        return priorities.nameOf(code);
    }

    private String currentStatusName(String uuid) {
        try {
            String code = get(uuid).statusCode();
            return statusName(code).orElse(String.valueOf(code));
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    private HttpUrl featureUrl(String uuid) {
        return endpoint.service(SERVICE).addPathSegment("Features")
                .addPathSegment(FeatureFields.nonBlank(uuid, "uuid").trim()).build();
    }

    HttpUrl listUrl(FeatureQuery query) {
        HttpUrl.Builder url = endpoint.service(SERVICE).addPathSegment("Features");
        if (query.projectId() != null) {
            url.addQueryParameter("projectId", query.projectId());
        }
        if (query.filter() != null) {
            url.addQueryParameter("$filter", query.filter().expression());
        }
        if (!query.select().isEmpty()) {
            url.addQueryParameter("$select", String.join(",", query.select()));
        }
        if (query.orderBy() != null) {
            url.addQueryParameter("$orderby", query.orderBy());
        }
        if (query.top() != null) {
            url.addQueryParameter("$top", query.top().toString());
        }
        if (query.skip() != null) {
            url.addQueryParameter("$skip", query.skip().toString());
        }
        if (query.count()) {
            url.addQueryParameter("$count", "true");
        }
        return url.build();
    }

    private static FeatureQuery byUuids(String projectId, List<String> uuids, List<String> select) {
        return FeatureQuery.builder().projectId(projectId).filter(ODataFilter.inGuids("uuid", uuids)).select(select)
                .build();
    }

    /** Splits the UUIDs (deduplicated, order kept) so that each query URL stays within {@link #MAX_URL_LENGTH}. */
    List<List<String>> chunkByUrlLength(String projectId, Collection<String> uuids, List<String> select) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String uuid : new LinkedHashSet<>(uuids)) {
            current.add(ODataFilter.guid(uuid));
            if (current.size() > 1
                    && listUrl(byUuids(projectId, current, select)).toString().length() > MAX_URL_LENGTH) {
                current.remove(current.size() - 1);
                chunks.add(current);
                current = new ArrayList<>();
                current.add(uuid.trim());
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** A code list read on first use and kept; thread-safe. */
    private static final class CodeList {

        private final CloudAlmEndpoint endpoint;
        private final String entitySet;
        private volatile List<CodeListEntry> entries;

        CodeList(CloudAlmEndpoint endpoint, String entitySet) {
            this.endpoint = endpoint;
            this.entitySet = entitySet;
        }

        List<CodeListEntry> entries() {
            List<CodeListEntry> current = entries;
            if (current == null) {
                synchronized (this) {
                    current = entries;
                    if (current == null) {
                        current = load();
                        entries = current;
                    }
                }
            }
            return current;
        }

        void forget() {
            entries = null;
        }

        Optional<String> resolve(String nameOrCode) {
            if (nameOrCode == null || nameOrCode.isBlank()) {
                return Optional.empty();
            }
            boolean wasCached = entries != null;
            Optional<String> found = find(entries(), nameOrCode);
            if (found.isEmpty() && wasCached) {
                // The list may have changed since it was cached (statuses are tenant configuration): read it once more.
                forget();
                found = find(entries(), nameOrCode);
            }
            return found;
        }

        Optional<String> nameOf(String code) {
            return entries().stream().filter(entry -> entry.code().equals(code)).map(CodeListEntry::name).findFirst();
        }

        private static Optional<String> find(List<CodeListEntry> entries, String nameOrCode) {
            String wanted = normalize(nameOrCode);
            for (CodeListEntry entry : entries) {
                if (normalize(entry.name()).equals(wanted)) {
                    return Optional.of(entry.code());
                }
            }
            String code = nameOrCode.trim();
            return entries.stream().map(CodeListEntry::code).filter(code::equals).findFirst();
        }

        private static String normalize(String name) {
            return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }

        private List<CodeListEntry> load() {
            ApiRequest request = ApiRequest.get(endpoint.service(SERVICE).addPathSegment(entitySet).build()).build();
            return List.copyOf(ODataCollections.all(endpoint, request, node -> entry(request, node)));
        }

        private static CodeListEntry entry(ApiRequest request, JsonNode node) {
            String code = Json.text(node, "code");
            if (code == null) {
                throw new UnexpectedResponseException(request.method(), request.url().toString(), 200,
                        ErrorTranslator.call(request) + " returned an entry without \"code\"; expected {code, name}.");
            }
            return new CodeListEntry(code, Json.text(node, "name"));
        }
    }
}
