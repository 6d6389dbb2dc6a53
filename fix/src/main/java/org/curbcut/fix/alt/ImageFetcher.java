package org.curbcut.fix.alt;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.ImageAccess;
import org.curbcut.input.UrlCredentials;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Fetches an image's bytes with a size and a time limit, from a {@code data:} URL, a file inside
 * the site's folder, or the page's own origin (other hosts only when the owner allows them). The
 * limits belong to the fetcher; where images may come from ({@link ImageAccess}) can be given per
 * repair request, so one fetcher serves many sites. Safe to share between threads.
 *
 * <p>Redirects are followed by hand, at most {@value #MAX_REDIRECTS}, and only while they stay on
 * the allowed origins: a redirect elsewhere is refused (the image is not fetched) and
 * {@link #load} says so. A local image is read only when its real path, after symbolic links, is
 * inside the site folder.
 */
public final class ImageFetcher {
  /** The most redirects one image fetch follows. */
  public static final int MAX_REDIRECTS = 5;

  /**
   * What fetching an image gave.
   *
   * @param bytes the image's bytes; empty when they could not be had
   * @param refusal why the fetch was refused, when a person should know (a redirect off the allowed
   *     origins); empty otherwise (no image, too large, an error)
   */
  public record Fetch(Optional<byte[]> bytes, Optional<String> refusal) {
    static final Fetch NONE = new Fetch(Optional.empty(), Optional.empty());

    static Fetch of(Optional<byte[]> bytes) {
      return new Fetch(bytes, Optional.empty());
    }

    static Fetch refused(String why) {
      return new Fetch(Optional.empty(), Optional.of(why));
    }
  }

  private final long maxBytes;
  private final Duration timeout;
  private final ImageAccess access;
  private final HttpClient http;

  /**
   * A fetcher whose default access is {@link ImageAccess#NONE}.
   *
   * @param maxBytes the largest image fetched
   * @param timeout time limit per image
   */
  public ImageFetcher(long maxBytes, Duration timeout) {
    this(maxBytes, timeout, ImageAccess.NONE);
  }

  /**
   * A fetcher whose default access is this site folder and these hosts.
   *
   * @param maxBytes the largest image fetched
   * @param timeout time limit per image
   * @param allowedHosts hosts other than the page's own that images may come from
   * @param siteRoot the folder local pages live in; files outside it are never read (null: no local files)
   */
  public ImageFetcher(long maxBytes, Duration timeout, Set<String> allowedHosts, Path siteRoot) {
    this(maxBytes, timeout, new ImageAccess(siteRoot, allowedHosts));
  }

  private ImageFetcher(long maxBytes, Duration timeout, ImageAccess access) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.access = access;
    // redirects by hand: each one is checked against the allowed origins before it is followed
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** 5 MB and 10 s per image, local images from inside {@code siteRoot} (null: none). */
  public static ImageFetcher defaults(Path siteRoot) {
    return new ImageFetcher(5L * 1024 * 1024, Duration.ofSeconds(10), Set.of(), siteRoot);
  }

  /** Where images come from when a request does not say. */
  public ImageAccess access() {
    return access;
  }

  /** The image's bytes, from where this fetcher's own {@link #access()} allows. */
  public Optional<byte[]> fetch(Element img) {
    return fetch(img, access);
  }

  /** The image's bytes, from where {@code access} allows; empty when they cannot be had within the limits. */
  public Optional<byte[]> fetch(Element img, ImageAccess access) {
    return load(img, access).bytes();
  }

  /** The image's bytes from where {@code access} allows, or why a fetch was refused. */
  public Fetch load(Element img, ImageAccess access) {
    String src = img.attrOr("src", "").trim();
    if (src.isEmpty()) return Fetch.NONE;
    try {
      if (src.regionMatches(true, 0, "data:", 0, 5)) return Fetch.of(dataUrl(src));
      URI web = webAddress(img.page());
      if (web != null) {
        URI target = web.resolve(src.replace(" ", "%20"));
        if (!allowed(target, web, access)) return Fetch.NONE;
        return http(target, web, access);
      }
      Path siteRoot = access.siteRoot();
      if (siteRoot == null || src.contains("://") || src.startsWith("//")) return Fetch.NONE;
      Path pageFile = localFile(img.page());
      String path = src.replaceAll("[?#].*$", "");
      Path file = (path.startsWith("/") ? siteRoot.resolve(path.substring(1)) : pageFile.getParent().resolve(path)).normalize();
      if (!file.startsWith(siteRoot) || !Files.isRegularFile(file) || Files.size(file) > maxBytes) return Fetch.NONE;
      // a symbolic link inside the site may point anywhere (/etc/passwd): its real path must stay inside too
      if (!file.toRealPath().startsWith(siteRoot.toRealPath())) return Fetch.NONE;
      return Fetch.of(Optional.of(Files.readAllBytes(file)));
    } catch (IOException | RuntimeException e) {
      return Fetch.NONE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Fetch.NONE;
    }
  }

  /** An http(s) URL on the page's own origin, or on a host the owner allows. */
  private static boolean allowed(URI target, URI page, ImageAccess access) {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return false;
    boolean sameOrigin = target.getHost() != null && target.getHost().equalsIgnoreCase(page.getHost())
        && scheme.equalsIgnoreCase(page.getScheme()) && port(target) == port(page);
    return sameOrigin || access.allows(target.getHost());
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) return u.getPort();
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  /** The page's http(s) address: its name when that is a URL, else its base URI when that is one; null for a local page. */
  private static URI webAddress(Page page) {
    if (isWeb(page.source())) return URI.create(page.source());
    if (isWeb(page.baseUri())) return URI.create(page.baseUri());
    return null;
  }

  private static boolean isWeb(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /** A local page's file: from its {@code file:} base URI, else from its name. */
  private static Path localFile(Page page) {
    if (page.baseUri().startsWith("file:")) return Path.of(URI.create(page.baseUri()));
    return Path.of(page.source()).toAbsolutePath().normalize();
  }

  private Optional<byte[]> dataUrl(String src) {
    int comma = src.indexOf(',');
    if (comma < 0 || !src.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) return Optional.empty();
    if ((src.length() - comma) * 3L / 4 > maxBytes) return Optional.empty();
    return Optional.of(Base64.getMimeDecoder().decode(src.substring(comma + 1)));
  }

  private Fetch http(URI target, URI page, ImageAccess access) throws IOException, InterruptedException {
    URI at = target;
    for (int redirects = 0; ; redirects++) {
      HttpRequest req = HttpRequest.newBuilder(at).timeout(timeout).GET().build();
      HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = resp.body()) {
        int status = resp.statusCode();
        if (isRedirect(status)) {
          Optional<String> location = resp.headers().firstValue("location");
          if (location.isEmpty()) return Fetch.NONE;
          URI next = at.resolve(location.get().strip().replace(" ", "%20"));
          if (!allowed(next, page, access)) {
            return Fetch.refused(FixContext.message("alt.fetch.redirect-refused", shown(target), shown(next)));
          }
          if (redirects >= MAX_REDIRECTS) {
            return Fetch.refused(FixContext.message("alt.fetch.too-many-redirects", shown(target), MAX_REDIRECTS));
          }
          at = next;
          continue;
        }
        if (status != 200) return Fetch.NONE;
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return data.length > maxBytes ? Fetch.NONE : Fetch.of(Optional.of(data));
      }
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** A URL as messages show it: without user name and password. */
  private static String shown(URI u) {
    return UrlCredentials.strip(u.toString());
  }
}
