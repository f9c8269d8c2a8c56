/**
 * Cloud Transport Management reached through Cloud ALM's pass-through
 * ({@code /imp-cdm-transport-management-api/v1}): nodes, file upload, node upload/export.
 */
package io.jenkins.plugins.calm.core.client.tms;
