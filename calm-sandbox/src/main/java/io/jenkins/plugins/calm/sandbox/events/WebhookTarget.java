package io.jenkins.plugins.calm.sandbox.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where events go and the Basic credentials of that destination. The password never prints. */
public record WebhookTarget(URI url, String user, String password) {
  public WebhookTarget {
    if (url == null || url.getScheme() == null || !url.getScheme().matches("https?")) {
      throw new IllegalArgumentException("The webhook URL must be an absolute http(s) URL, not " + url + ".");
    }
  }

  /** The Authorization header value, or null when no user is configured (NoAuthentication). */
  String authorization() {
    if (user == null || user.isEmpty()) {
      return null;
    }
    String pair = user + ":" + (password == null ? "" : password);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "WebhookTarget[url=" + url + ", user=" + user + ", password=" + (password == null ? "none" : "****") + "]";
  }
}
