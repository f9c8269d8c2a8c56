package io.jenkins.plugins.calm.core.client.features;

import io.jenkins.plugins.calm.core.client.odata.ODataFilter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What to list from {@code /Features}: the {@code projectId} query parameter (some tenants require
 * it), a {@code $filter}, {@code $select}, {@code $orderby}, {@code $top}, {@code $skip} and
 * {@code $count}.
 */
public final class FeatureQuery {

    private static final Pattern ORDER_BY = Pattern.compile("[A-Za-z_][A-Za-z0-9_/]*( (asc|desc))?"
            + "(,[A-Za-z_][A-Za-z0-9_/]*( (asc|desc))?)*");
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String projectId;
    private final ODataFilter filter;
    private final List<String> select;
    private final String orderBy;
    private final Integer top;
    private final Integer skip;
    private final boolean count;

    private FeatureQuery(Builder builder) {
        this.projectId = builder.projectId;
        this.filter = builder.filter;
        this.select = builder.select;
        this.orderBy = builder.orderBy;
        this.top = builder.top;
        this.skip = builder.skip;
        this.count = builder.count;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All features of one project. */
    public static FeatureQuery ofProject(String projectId) {
        return builder().projectId(projectId).build();
    }

    public String projectId() {
        return projectId;
    }

    public ODataFilter filter() {
        return filter;
    }

    /** The properties to return ({@code $select}); empty for all. */
    public List<String> select() {
        return select;
    }

    public String orderBy() {
        return orderBy;
    }

    public Integer top() {
        return top;
    }

    public Integer skip() {
        return skip;
    }

    public boolean count() {
        return count;
    }

    Builder toBuilder() {
        Builder builder = new Builder();
        builder.projectId = projectId;
        builder.filter = filter;
        builder.select = select;
        builder.orderBy = orderBy;
        builder.top = top;
        builder.skip = skip;
        builder.count = count;
        return builder;
    }

    /** Builder of {@link FeatureQuery}. */
    public static final class Builder {

        private String projectId;
        private ODataFilter filter;
        private List<String> select = List.of();
        private String orderBy;
        private Integer top;
        private Integer skip;
        private boolean count;

        private Builder() {
        }

        /** The project's GUID, sent as the {@code projectId} query parameter (not inside {@code $filter}). */
        public Builder projectId(String value) {
            this.projectId = value == null ? null : ODataFilter.guid(value);
            return this;
        }

        public Builder filter(ODataFilter value) {
            this.filter = value;
            return this;
        }

        /**
         * Only these properties ({@code $select}), e.g. {@code uuid, statusCode} for a status poll:
         * features carry HTML descriptions, so a narrow answer saves most of the transfer.
         */
        public Builder select(List<String> properties) {
            for (String property : properties) {
                if (property == null || !PROPERTY.matcher(property).matches()) {
                    throw new IllegalArgumentException("not an OData property name for $select: \"" + property + "\"");
                }
            }
            this.select = List.copyOf(properties);
            return this;
        }

        /** E.g. {@code "modifiedAt desc"}; property names and asc/desc only. */
        public Builder orderBy(String value) {
            if (value != null && !ORDER_BY.matcher(value.replace(", ", ",")).matches()) {
                throw new IllegalArgumentException("not an OData $orderby of property names: \"" + value + "\"");
            }
            this.orderBy = value;
            return this;
        }

        public Builder top(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("$top must not be negative");
            }
            this.top = value;
            return this;
        }

        public Builder skip(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("$skip must not be negative");
            }
            this.skip = value;
            return this;
        }

        /** Asks for the total number of matches ({@code $count=true}). */
        public Builder count(boolean value) {
            this.count = value;
            return this;
        }

        public FeatureQuery build() {
            return new FeatureQuery(this);
        }
    }
}
