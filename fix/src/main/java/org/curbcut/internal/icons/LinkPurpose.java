package org.curbcut.internal.icons;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Drafts a link's purpose from its target: a brand for social links, "Email" for mailto:, a
 * humanised last path segment for pages ("/about-us" → "About us"), and for another site's front
 * page its name as the address writes it ("egotastic.com"). Never for advertising hosts.
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
      if (isAdHost(host) || uri.getQuery() != null && path.replaceAll("/+$", "").isEmpty()) return Optional.empty();
      // another site: its story's slug, or for its front page the site's own name ("egotastic.com")
      if (!path.replaceAll("/+$", "").isEmpty()) return fromPath(path).filter(p -> !p.equals("Home")).or(() -> siteName(host));
      return siteName(host);
    }
    // a named section of a page says more than the page: insurance.html#donate is about donating
    String fragment = uri.getFragment() == null ? "" : uri.getFragment();
    if (fragment.matches("[A-Za-z][A-Za-z_-]{2,}")) return fromPath(fragment);
    return fromPath(path);
  }

  /** Hosts that serve only advertisements: a link or frame there says nothing about the page. */
  private static final java.util.Set<String> AD_HOSTS = java.util.Set.of("doubleclick.net", "googlesyndication.com",
      "googleadservices.com", "pos.baidu.com", "tanx.com", "adnxs.com", "criteo.com", "dianomi.com", "amazon-adsystem.com",
      "adform.net", "pixanalytics.com");

  /** True for a host of an advertising network. */
  public static boolean isAdHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return AD_HOSTS.stream().anyMatch(a -> h.equals(a) || h.endsWith("." + a));
  }

  /** A site's name as its address writes it, without www.: only for plain names of two or three labels. */
  static Optional<String> siteName(String host) {
    String h = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
    if (!h.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*){1,2}")) return Optional.empty();
    return Optional.of(h);
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
