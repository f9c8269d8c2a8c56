/**
 * The Cloud ALM client: {@link io.jenkins.plugins.calm.core.client.CloudAlmClient} and its
 * settings, and the exceptions (one per meaning) that every call may raise.
 */
package io.jenkins.plugins.calm.core.client;
