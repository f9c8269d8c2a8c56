/**
 * The Features service of Cloud ALM ({@code /calm-features/v1}): features and their status and
 * priority code lists, transports, and URL/external references.
 */
package io.jenkins.plugins.calm.core.client.features;
