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
import org.curbcut.fix.ImageAccess;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Fetches an image's bytes with a size and a time limit, from a {@code data:} URL, a file inside
 * the site's folder, or the page's own origin (other hosts only when the owner allows them). The
 * limits belong to the fetcher; where images may come from ({@link ImageAccess}) can be given per
 * repair request, so one fetcher serves many sites. Safe to share between threads.
 */
public final class ImageFetcher {
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
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
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
    String src = img.attrOr("src", "").trim();
    if (src.isEmpty()) return Optional.empty();
    try {
      if (src.regionMatches(true, 0, "data:", 0, 5)) return dataUrl(src);
      URI web = webAddress(img.page());
      if (web != null) {
        URI target = web.resolve(src.replace(" ", "%20"));
        boolean sameOrigin = target.getHost() != null && target.getHost().equalsIgnoreCase(web.getHost())
            && target.getScheme().equalsIgnoreCase(web.getScheme()) && target.getPort() == web.getPort();
        if (!sameOrigin && !access.allows(target.getHost())) return Optional.empty();
        return http(target);
      }
      Path siteRoot = access.siteRoot();
      if (siteRoot == null || src.contains("://") || src.startsWith("//")) return Optional.empty();
      Path pageFile = localFile(img.page());
      String path = src.replaceAll("[?#].*$", "");
      Path file = (path.startsWith("/") ? siteRoot.resolve(path.substring(1)) : pageFile.getParent().resolve(path)).normalize();
      if (!file.startsWith(siteRoot) || !Files.isRegularFile(file) || Files.size(file) > maxBytes) return Optional.empty();
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
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

  private Optional<byte[]> http(URI target) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(target).timeout(timeout).GET().build();
    HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = resp.body()) {
      if (resp.statusCode() != 200) return Optional.empty();
      byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return data.length > maxBytes ? Optional.empty() : Optional.of(data);
    }
  }
}
