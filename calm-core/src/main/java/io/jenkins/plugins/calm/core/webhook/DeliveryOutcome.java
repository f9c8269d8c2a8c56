package io.jenkins.plugins.calm.core.webhook;

/**
 * What happened to one delivery, for the Jenkins-side delivery log: the place to look when "the
 * webhook answered but nothing started". Several outcomes share one HTTP answer on purpose.
 */
public enum DeliveryOutcome {
    DISPATCHED("matching jobs are being started"),
    NOTHING_TO_DO("no trigger matches this event"),
    ROUTED_LATER("the event lacks facts to decide; the feature or the status list is read first"),
    IGNORED("the event is not one this endpoint acts on"),
    DUPLICATE("the event was already received; it starts nothing a second time"),
    WORKFLOW_STARTED("an approval workflow was started"),
    WORKFLOW_ANSWERED("an approval workflow's decision was answered"),
    WORKFLOW_CANCELED("an approval workflow was cancelled"),
    WORKFLOW_UNKNOWN("Cloud ALM asked about an approval workflow this connection does not know"),
    AUTH_FAILED("the delivery did not authenticate"),
    UNKNOWN_CONNECTION("the URL names no configured Cloud ALM connection"),
    AMBIGUOUS_CONNECTION("several Cloud ALM connections exist and the URL names none; end the URL with the connection name"),
    UNKNOWN_PATH("the URL is not a webhook URL; use /cloud-alm-webhook/[connection][/workflow]"),
    METHOD_NOT_ALLOWED("the URL does not take this HTTP method (POST; GET and PATCH only for SAP Build's workflow calls)"),
    BODY_TOO_LARGE("the body exceeds the size limit"),
    UNSUPPORTED_MEDIA_TYPE("the body is not declared as JSON"),
    MALFORMED_PAYLOAD("the body is not a payload this endpoint can read"),
    BUSY("Jenkins is still working through earlier deliveries; the sender is asked to deliver again later"),
    INTERNAL_ERROR("handling failed unexpectedly");

    private final String explanation;

    DeliveryOutcome(String explanation) {
        this.explanation = explanation;
    }

    /** @return a sentence for the log */
    public String explanation() {
        return explanation;
    }
}
