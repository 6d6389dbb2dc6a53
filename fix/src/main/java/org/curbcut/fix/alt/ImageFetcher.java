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
import org.curbcut.snapshot.Element;

/**
 * Fetches an image's bytes with a size and a time limit, from a {@code data:} URL, a file inside
 * the site's folder, or the page's own origin (other hosts only when the owner allows them).
 */
public final class ImageFetcher {
  private final long maxBytes;
  private final Duration timeout;
  private final Set<String> allowedHosts;
  private final Path siteRoot;
  private final HttpClient http;

  /**
   * @param maxBytes the largest image fetched
   * @param timeout time limit per image
   * @param allowedHosts hosts other than the page's own that images may come from
   * @param siteRoot the folder local pages live in; files outside it are never read (null: no local files)
   */
  public ImageFetcher(long maxBytes, Duration timeout, Set<String> allowedHosts, Path siteRoot) {
    this.maxBytes = maxBytes;
    this.timeout = timeout;
    this.allowedHosts = Set.copyOf(allowedHosts);
    this.siteRoot = siteRoot == null ? null : siteRoot.toAbsolutePath().normalize();
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  public static ImageFetcher defaults(Path siteRoot) {
    return new ImageFetcher(5L * 1024 * 1024, Duration.ofSeconds(10), Set.of(), siteRoot);
  }

  public Optional<byte[]> fetch(Element img) {
    String src = img.attrOr("src", "").trim();
    if (src.isEmpty()) return Optional.empty();
    try {
      if (src.regionMatches(true, 0, "data:", 0, 5)) return dataUrl(src);
      String pageSource = img.page().source();
      if (pageSource.startsWith("http://") || pageSource.startsWith("https://")) {
        URI page = URI.create(pageSource);
        URI target = page.resolve(src.replace(" ", "%20"));
        boolean sameOrigin = target.getHost() != null && target.getHost().equalsIgnoreCase(page.getHost())
            && target.getScheme().equalsIgnoreCase(page.getScheme()) && target.getPort() == page.getPort();
        if (!sameOrigin && (target.getHost() == null || !allowedHosts.contains(target.getHost().toLowerCase(Locale.ROOT)))) {
          return Optional.empty();
        }
        return http(target);
      }
      if (siteRoot == null || src.contains("://") || src.startsWith("//")) return Optional.empty();
      Path pageFile = Path.of(pageSource).toAbsolutePath().normalize();
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
