package io.jenkins.plugins.calm.webhook;

import hudson.Extension;
import hudson.model.UnprotectedRootAction;
import io.jenkins.plugins.calm.core.webhook.WebhookResult;
import java.io.IOException;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * {@code /cloud-alm-webhook/[<connection>][/workflow[/<id>[/outputs]]]}: where Cloud ALM's External
 * API Management delivers feature events and approval workflow calls. Reachable without a Jenkins
 * login (Cloud ALM has none); every delivery authenticates with the connection's webhook secret,
 * checked by calm-core, and gets an answer that names no job. Thin by design: everything it
 * decides is in {@link WebhookService} and calm-core.
 */
@Extension
public final class CloudAlmWebhookAction implements UnprotectedRootAction {

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return WebhookHttp.URL_NAME;
    }

    /**
     * Every delivery, whatever the path below the endpoint. Not limited to POST by Stapler: SAP
     * Build's workflow contract polls with GET and cancels with PATCH, and calm-core answers 405 to
     * any method a URL does not take. Authenticated by the webhook secret, not by a Jenkins permission.
     */
    @Restricted(NoExternalUse.class)
    public void doDynamic(StaplerRequest2 request, StaplerResponse2 response) throws IOException {
        WebhookService service = WebhookRuntime.get().service();
        WebhookResult result = service.handle(WebhookHttp.read(request, request.getRestOfPath(), service.maxBodyBytes()));
        WebhookHttp.write(response, result.response());
    }
}
