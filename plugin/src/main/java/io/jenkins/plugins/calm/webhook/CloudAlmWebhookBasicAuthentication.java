package io.jenkins.plugins.calm.webhook;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jenkins.model.Jenkins;
import jenkins.security.BasicHeaderAuthenticator;
import org.springframework.security.core.Authentication;

/**
 * Keeps Jenkins' own HTTP Basic authentication away from the webhook's URLs.
 *
 * <p>Cloud ALM's BTP destination sends the webhook secret as the password of HTTP Basic authentication. Jenkins
 * reads every {@code Authorization: Basic} header as the login of a Jenkins user before any URL is dispatched:
 * for the destination's user it finds no such user (or, worse, asks the security realm, say LDAP, about it) and
 * answers 401 itself, so the webhook would never see a delivery. For exactly the webhook's URLs this
 * authenticator is asked first and lets the request go on as anonymous, the same as a request without the
 * header; the webhook then checks the password against the connection's secret. Every other URL is left to
 * Jenkins' authenticators, and the webhook never runs as a Jenkins user.
 */
@Extension(ordinal = 1000) // before Jenkins' own authenticators, which have ordinal 0
public final class CloudAlmWebhookBasicAuthentication extends BasicHeaderAuthenticator {

    @CheckForNull
    @Override
    public Authentication authenticate2(HttpServletRequest req, HttpServletResponse rsp, String username, String password) {
        return WebhookHttp.isWebhookRequest(req) ? Jenkins.ANONYMOUS2 : null;
    }
}
