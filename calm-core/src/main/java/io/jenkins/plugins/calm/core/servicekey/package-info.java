/**
 * The "SAP Cloud ALM API" service key: parsing, validation with messages that name the field, and
 * the derived URLs (token URL, UI root).
 */
package io.jenkins.plugins.calm.core.servicekey;
