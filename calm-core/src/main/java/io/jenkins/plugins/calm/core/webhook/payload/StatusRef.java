package io.jenkins.plugins.calm.core.webhook.payload;

/**
 * A feature status as a payload names it: the tenant's technical code, the display name, both or
 * neither. Codes are tenant data and names may be translated, so the router resolves a code to a
 * name through the connection's {@code /FeatureStatus} list rather than trusting either alone.
 *
 * @param code the {@code statusCode}, or {@code null}
 * @param name the display name (e.g. {@code In Testing}), or {@code null}
 */
public record StatusRef(String code, String name) {

    /** The payload said nothing about this status. */
    public static final StatusRef UNKNOWN = new StatusRef(null, null);

    /** @return a status known only by its code */
    public static StatusRef ofCode(String code) {
        return new StatusRef(code, null);
    }

    /** @return a status known only by its display name */
    public static StatusRef ofName(String name) {
        return new StatusRef(null, name);
    }

    /** @return whether neither code nor name is known: the feature must be fetched */
    public boolean isUnknown() {
        return code == null && name == null;
    }
}
