/** OData v4 helpers: the safe {@code $filter} builder, collection pages, and server-driven paging. */
package io.jenkins.plugins.calm.core.client.odata;
