package io.jenkins.plugins.calm.core.client.odata;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.calm.core.client.UnexpectedResponseException;
import io.jenkins.plugins.calm.core.client.http.ApiRequest;
import io.jenkins.plugins.calm.core.client.http.CloudAlmEndpoint;
import io.jenkins.plugins.calm.core.client.http.ErrorTranslator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Reads OData collection envelopes ({@code {"@count", "@nextLink", "value":[...]}}, in both the
 * OData 4.01 unprefixed and the 4.0 {@code @odata.} spelling; a bare JSON array too) and follows
 * server-driven paging.
 */
public final class ODataCollections {

    /** A safety stop against a server that keeps sending next links (10,000 pages is far beyond any tenant). */
    static final int MAX_PAGES = 10_000;

    private ODataCollections() {
    }

    /** Fetches one page. */
    public static <T> ODataPage<T> page(CloudAlmEndpoint endpoint, ApiRequest request, Function<JsonNode, T> mapper) {
        JsonNode root = endpoint.execute(request).json();
        return parse(endpoint, request, root, mapper);
    }

    /** Fetches the first page and all following ones. */
    public static <T> List<T> all(CloudAlmEndpoint endpoint, ApiRequest first, Function<JsonNode, T> mapper) {
        List<T> result = new ArrayList<>();
        Set<HttpUrl> seen = new HashSet<>();
        ApiRequest request = first;
        for (int pages = 1; ; pages++) {
            ODataPage<T> page = page(endpoint, request, mapper);
            result.addAll(page.items());
            if (page.next().isEmpty()) {
                return result;
            }
            HttpUrl next = page.next().get();
            if (!seen.add(next) || pages >= MAX_PAGES) {
                throw new UnexpectedResponseException(request.method(), request.url().toString(), 200,
                        ErrorTranslator.call(request) + " keeps returning next-page links (" + pages + " pages, link "
                                + (seen.contains(next) ? "repeated" : "limit reached") + "). Paging was stopped; "
                                + "narrow the query with a filter.");
            }
            request = ApiRequest.get(next).build();
        }
    }

    static <T> ODataPage<T> parse(CloudAlmEndpoint endpoint, ApiRequest request, JsonNode root,
            Function<JsonNode, T> mapper) {
        JsonNode values = root.isArray() ? root : root.get("value");
        if (values == null || !values.isArray()) {
            throw new UnexpectedResponseException(request.method(), request.url().toString(), 200,
                    ErrorTranslator.call(request) + " returned JSON without a \"value\" array, so it is not an OData "
                            + "collection. Check that the API URL is \"endpoints.Api\" of the service key.");
        }
        List<T> items = new ArrayList<>(values.size());
        for (JsonNode value : values) {
            items.add(mapper.apply(value));
        }
        Long count = null;
        String nextLink = null;
        if (root.isObject()) {
            count = count(firstPresent(root, "@count", "@odata.count"));
            JsonNode link = firstPresent(root, "@nextLink", "@odata.nextLink");
            nextLink = link == null || !link.isTextual() || link.asText().isBlank() ? null : link.asText();
        }
        HttpUrl next = nextLink == null ? null : endpoint.followLink(request, nextLink);
        return new ODataPage<>(items, count, next);
    }

    private static JsonNode firstPresent(JsonNode root, String name, String alternative) {
        JsonNode node = root.get(name);
        return node != null && !node.isNull() ? node : root.get(alternative);
    }

    /** {@code @count} is a number or, in some services, a numeric string. */
    private static Long count(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual() && node.asText().trim().matches("\\d{1,18}")) {
            return Long.parseLong(node.asText().trim());
        }
        return null;
    }
}
