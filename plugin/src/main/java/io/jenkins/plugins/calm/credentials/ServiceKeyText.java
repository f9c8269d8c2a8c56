package io.jenkins.plugins.calm.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.calm.Messages;
import io.jenkins.plugins.calm.core.servicekey.ServiceKey;
import io.jenkins.plugins.calm.core.servicekey.ServiceKeyException;
import io.jenkins.plugins.calm.form.FieldCheck;

/** Checks pasted service key text with calm-core's parser and says what is wrong with it. */
public final class ServiceKeyText {

    private ServiceKeyText() {}

    /** OK with a short description of the key (tenant, client, kind), or the parser's error naming the field. */
    public static FieldCheck check(@CheckForNull String text) {
        try {
            ServiceKey key = ServiceKey.parse(text);
            return FieldCheck.ok(Messages.ServiceKey_Valid(ServiceKeyNames.describe(key)));
        } catch (ServiceKeyException e) {
            return FieldCheck.error(e.getMessage());
        }
    }
}
