package org.curbcut.internal.icons;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Drafts a link's purpose from its target: a brand for social links, "Email" for mailto:, a
 * humanised last path segment for the site's own pages ("/about-us" → "About us").
 */
public final class LinkPurpose {
  private LinkPurpose() {}

  /**
   * @param href the link's href as written; a fragment that is a word or words names the section
   *     the link goes to, and is preferred to the page's file name
   * @param pageHost the host of the page (empty for a local file), to tell own pages from others
   */
  public static Optional<String> fromHref(String href, String pageHost) {
    String h = href.trim();
    if (h.isEmpty() || h.startsWith("#") || h.toLowerCase(Locale.ROOT).startsWith("javascript:")) return Optional.empty();
    String lower = h.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:")) return Optional.of("Email");
    if (lower.startsWith("tel:")) return Optional.of("Phone");
    URI uri;
    try {
      uri = URI.create(h.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String host = uri.getHost();
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (host != null && !host.equalsIgnoreCase(pageHost)) {
      Optional<String> brand = IconVocabulary.get().forHost(host, path);
      if (brand.isPresent()) return brand;
      return Optional.empty();
    }
    // a named section of a page says more than the page: insurance.html#donate is about donating
    String fragment = uri.getFragment() == null ? "" : uri.getFragment();
    if (fragment.matches("[A-Za-z][A-Za-z_-]{2,}")) return fromPath(fragment);
    return fromPath(path);
  }

  static Optional<String> fromPath(String path) {
    String p = path.replaceAll("/+$", "");
    if (p.isEmpty() || p.matches("/?(index|default|home)(\\.[a-z]+)?")) return Optional.of("Home");
    String last = p.substring(p.lastIndexOf('/') + 1).replaceAll("\\.(html?|php|aspx?|jsp)$", "");
    if (last.matches(".*\\d{3,}.*") || last.length() < 3) return Optional.empty(); // ids and codes say nothing
    String words = last.replaceAll("[-_+.]+", " ").replaceAll("([a-z])([A-Z])", "$1 $2").trim().toLowerCase(Locale.ROOT);
    if (words.isEmpty()) return Optional.empty();
    return Optional.of(Character.toUpperCase(words.charAt(0)) + words.substring(1));
  }
}
