/**
 * The HTTP plumbing under the Cloud ALM client: request execution with token handling, retries
 * and backoff, error translation, and the route-to-scope table. Public only so that the API
 * classes in sibling packages can use it; not meant for callers outside calm-core's client.
 */
package io.jenkins.plugins.calm.core.client.http;
