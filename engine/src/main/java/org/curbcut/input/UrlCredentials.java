package org.curbcut.input;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Removes the user name and password ({@code https://user:secret@host/}) from URLs, so that
 * credentials a user typed never reach a report, a log or an error message. Pages keep their
 * names without them; the HTTP client never sends URL credentials anyway.
 */
public final class UrlCredentials {
  /** A scheme, "//", then an authority's userinfo: up to the last '@' before the path, query, fragment or a space. */
  private static final Pattern USERINFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s]*@");

  private UrlCredentials() {}

  /** The text with the userinfo of every URL in it removed; other text is unchanged (null stays null). */
  public static String strip(String text) {
    if (text == null || text.indexOf('@') < 0) return text;
    return USERINFO.matcher(text).replaceAll("$1");
  }

  /** The URI without its userinfo (the same URI when it has none). */
  public static URI strip(URI uri) {
    if (uri == null || uri.getRawUserInfo() == null || uri.getRawAuthority() == null) return uri;
    String authority = uri.getRawAuthority();
    StringBuilder b = new StringBuilder(uri.getScheme()).append("://").append(authority.substring(authority.lastIndexOf('@') + 1));
    if (uri.getRawPath() != null) b.append(uri.getRawPath());
    if (uri.getRawQuery() != null) b.append('?').append(uri.getRawQuery());
    if (uri.getRawFragment() != null) b.append('#').append(uri.getRawFragment());
    return URI.create(b.toString());
  }
}
