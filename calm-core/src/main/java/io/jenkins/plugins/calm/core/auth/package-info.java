/**
 * OAuth2 client credentials against XSUAA (secret or X.509 client certificate), the token cache,
 * and the scopes the plugin needs.
 */
package io.jenkins.plugins.calm.core.auth;
