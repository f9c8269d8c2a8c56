package io.jenkins.plugins.calm.webhook;

import hudson.Extension;
import hudson.security.csrf.CrumbExclusion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets Cloud ALM's deliveries past Jenkins' CSRF protection, for exactly the webhook's URLs: Cloud
 * ALM cannot fetch a crumb, and a delivery authenticates with the webhook secret in the
 * Authorization header, which a forged cross-site request cannot carry.
 */
@Extension
public final class CloudAlmWebhookCrumbExclusion extends CrumbExclusion {

    @Override
    public boolean process(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (WebhookHttp.isWebhookRequest(request)) {
            chain.doFilter(request, response);
            return true;
        }
        return false;
    }
}
