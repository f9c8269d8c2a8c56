package io.jenkins.plugins.calm.core.webhook.gate;

import java.util.Locale;

/**
 * Decides whether a {@code Content-Type} announces JSON the endpoint can read: {@code
 * application/json} or any {@code application/*+json}, in UTF-8 (the JSON default) if a charset
 * is named. Everything else, XML above all, is refused before a single byte is parsed.
 */
public final class JsonMediaType {

    private JsonMediaType() {
    }

    /** @return whether the content type is acceptable; {@code null} or empty is not */
    public static boolean accepts(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean json = type.equals("application/json")
                || (type.startsWith("application/") && type.endsWith("+json"));
        if (!json) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = parameter.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = unquote(parameter.substring(equals + 1).strip()).toLowerCase(Locale.ROOT);
            if (name.equals("charset") && !value.equals("utf-8") && !value.equals("utf8")) {
                return false;
            }
        }
        return true;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
