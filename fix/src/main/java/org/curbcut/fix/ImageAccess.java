package org.curbcut.fix;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where the images of the page being repaired may be read from, so alt-text describers can look at
 * their pixels. It belongs to one repair request, not to the engine: one engine repairs pages of
 * many sites, each with its own folder and its own trusted hosts.
 *
 * <p>A {@code data:} URL is always read; an image of a page fetched over http(s) is read from the
 * page's own origin, or from an allowed host; an image of a local page only from inside the site
 * folder.
 *
 * @param siteRoot the folder the site's local pages live in; files outside it are never read (null:
 *     no local files)
 * @param allowedHosts hosts other than the page's own that images may come from (lower case)
 */
public record ImageAccess(Path siteRoot, Set<String> allowedHosts) {
  /** No local files and no other hosts: {@code data:} URLs and a web page's own origin only. */
  public static final ImageAccess NONE = new ImageAccess(null, Set.of());

  /** Normalises the folder to an absolute path and the hosts to lower case. */
  public ImageAccess {
    siteRoot = siteRoot == null ? null : siteRoot.toAbsolutePath().normalize();
    Set<String> hosts = new HashSet<>();
    for (String h : allowedHosts) {
      if (!h.isBlank()) hosts.add(h.strip().toLowerCase(Locale.ROOT));
    }
    allowedHosts = Set.copyOf(hosts);
  }

  /** Images of local pages from inside this folder (null: none). */
  public static ImageAccess folder(Path siteRoot) {
    return new ImageAccess(siteRoot, Set.of());
  }

  /** The same, and images from these hosts too. */
  public ImageAccess allowHosts(Collection<String> hosts) {
    Set<String> all = new HashSet<>(allowedHosts);
    all.addAll(hosts);
    return new ImageAccess(siteRoot, all);
  }

  /** True when images may come from this host as well as from the page's own origin. */
  public boolean allows(String host) {
    return host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT));
  }
}
