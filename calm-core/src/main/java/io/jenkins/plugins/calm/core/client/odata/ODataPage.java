package io.jenkins.plugins.calm.core.client.odata;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.HttpUrl;

/**
 * One page of an OData collection: its items, the total count when {@code $count=true} was asked
 * (from {@code @count} or {@code @odata.count}), and the link to the next page (from
 * {@code @nextLink} or {@code @odata.nextLink}), already resolved and checked to stay on the API host.
 */
public final class ODataPage<T> {

    private final List<T> items;
    private final Long count;
    private final HttpUrl next;

    public ODataPage(List<T> items, Long count, HttpUrl next) {
        this.items = List.copyOf(items);
        this.count = count;
        this.next = next;
    }

    public List<T> items() {
        return items;
    }

    /** The total number of matches over all pages, when the service sent it. */
    public OptionalLong count() {
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /** The URL of the next page, when there is one. */
    public Optional<HttpUrl> next() {
        return Optional.ofNullable(next);
    }

    @Override
    public String toString() {
        return "ODataPage[items=" + items.size() + ", count=" + count + ", next=" + (next != null) + "]";
    }
}
