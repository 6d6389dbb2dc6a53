package org.curbcut.input;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The style-sheet loaders of a page: a {@code <link rel=stylesheet>}'s href in, the sheet's text out,
 * empty when it cannot be had (which leaves the page's style incomplete). Each page gets a loader
 * of its own that reads every sheet once, so a repaired text parsed again sees exactly the sheets
 * the original saw.
 */
final class Stylesheets {
  private Stylesheets() {}

  /** No sheet is ever loaded. */
  static Function<String, Optional<String>> none() {
    return href -> Optional.empty();
  }

  /** Reads each href once, and at most {@code max} different ones; safe to call from several threads. */
  static Function<String, Optional<String>> once(int max, Function<String, Optional<String>> load) {
    Map<String, Optional<String>> seen = new HashMap<>();
    return href -> {
      synchronized (seen) {
        Optional<String> known = seen.get(href);
        if (known != null) return known;
        Optional<String> css = seen.size() >= max ? Optional.empty() : load.apply(href);
        seen.put(href, css);
        return css;
      }
    };
  }

  /** Relative to the page file (or to {@code root} for "/…"), never outside {@code root}, at most {@code maxBytes}. */
  static Function<String, Optional<String>> local(Path page, Path root, long maxBytes) {
    return href -> {
      try {
        String h = href.strip();
        int cut = h.replace('#', '?').indexOf('?');
        if (cut >= 0) h = h.substring(0, cut);
        if (h.isEmpty() || h.startsWith("//") || h.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) return Optional.empty();
        h = URLDecoder.decode(h.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path css = (h.startsWith("/") ? root.resolve(h.substring(1)) : page.getParent().resolve(h)).normalize();
        Path realRoot = root.toRealPath();
        Path realCss = css.toRealPath();
        if (!realCss.startsWith(realRoot) || !Files.isRegularFile(realCss)) return Optional.empty();
        if (Files.size(realCss) > maxBytes) return Optional.empty();
        return Optional.of(PageEncoding.decodeStylesheet(Files.readAllBytes(realCss), null));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    };
  }

  /**
   * Same-origin sheets of a page at {@code page}, through the loader's HTTP client and its limits,
   * all of them within {@code budget} together (counted from now).
   */
  static Function<String, Optional<String>> sameOrigin(URI page, HttpFetcher http, Duration budget) {
    long deadline = System.nanoTime() + budget.toNanos();
    return href -> {
      if (System.nanoTime() > deadline) return Optional.empty();
      try {
        URI css = page.resolve(href.strip());
        if (!sameOrigin(page, css)) return Optional.empty();
        css = new URI(css.getScheme(), css.getRawAuthority(), css.getRawPath(), css.getRawQuery(), null);
        css = URI.create(css.toString());
        HttpFetcher.Response res = http.fetch(css, css.toString(), HttpFetcher.Kind.STYLESHEET);
        return Optional.of(PageEncoding.decodeStylesheet(res.body(), res.charset()));
      } catch (LoadException | RuntimeException | URISyntaxException e) {
        return Optional.empty();
      }
    };
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
        && a.getHost() != null && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost()))
        && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) return u.getPort();
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
