package org.curbcut.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.curbcut.input.LoadException;
import org.curbcut.input.PageLoader;
import org.curbcut.input.PageSource;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;

/**
 * Loads a page for repair: its text, the encoding it is written back in, and a parser that reads
 * a repaired text exactly as the original was read (same name, base URI and stylesheets, which are
 * read once and kept), so the re-audit compares like with like. Files are read as the audit reads
 * them (byte order mark, {@code <meta charset>}, else UTF-8; stylesheets only from inside the
 * input folder); URLs through {@link PageLoader} with its limits, same-origin stylesheets fetched
 * with the same limits.
 */
final class FixPages {
  /**
   * A page ready for repair.
   *
   * @param page the parsed original
   * @param reparse parses a repaired text the same way
   * @param encoding how the page is written back
   * @param originalBytes the file's bytes (null for URLs)
   */
  record Loaded(Page page, Function<String, Page> reparse, PageEncoding encoding, byte[] originalBytes) {}

  private final PageLoader.Options options;
  private final PageLoader urls;
  private HttpClient http;

  FixPages(PageLoader.Options options) {
    this.options = options;
    this.urls = new PageLoader(options.withFetchStylesheets(false));
  }

  Loaded load(PageSource source) throws LoadException {
    if (source instanceof PageSource.LocalFile f) return file(f);
    return url((PageSource.Remote) source);
  }

  private Loaded file(PageSource.LocalFile f) throws LoadException {
    byte[] bytes;
    try {
      long size = Files.size(f.path());
      if (size > options.maxBytes()) {
        throw new LoadException(f.name(), String.format(Locale.ROOT, "too large (%.1f MB): the limit is %.1f MB",
            size / 1048576.0, options.maxBytes() / 1048576.0));
      }
      bytes = Files.readAllBytes(f.path());
    } catch (NoSuchFileException e) {
      throw new LoadException(f.name(), "no such file or folder", e);
    } catch (AccessDeniedException e) {
      throw new LoadException(f.name(), "permission denied", e);
    } catch (IOException e) {
      throw new LoadException(f.name(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new LoadException(f.name(), "not enough memory to read it (raise -Xmx)");
    }
    PageEncoding.Decoded d = PageEncoding.decode(bytes);
    Path abs = f.path().toAbsolutePath().normalize();
    String name = f.name();
    Function<String, Page> parse;
    if (abs.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
      parse = text -> HtmlSnapshot.parseNonHtml(text, name);
    } else {
      Function<String, Optional<String>> sheets = cached(localStylesheets(abs, f.root()));
      String base = abs.toUri().toString();
      parse = text -> HtmlSnapshot.parse(text, name, base, sheets);
    }
    try {
      return new Loaded(parse.apply(d.text()), parse, d.encoding(), bytes);
    } catch (OutOfMemoryError e) {
      throw new LoadException(f.name(), "not enough memory to parse it (raise -Xmx)");
    }
  }

  private Loaded url(PageSource.Remote r) throws LoadException {
    Page first = urls.load(r);
    String name = first.source();
    Function<String, Page> parse;
    if (!first.isHtmlDocument()) {
      parse = text -> HtmlSnapshot.parseNonHtml(text, name);
    } else {
      URI base = URI.create(first.baseUri().isEmpty() ? r.uri().toString() : first.baseUri());
      Function<String, Optional<String>> sheets = options.fetchStylesheets()
          ? cached(remoteStylesheets(base)) : href -> Optional.empty();
      parse = text -> HtmlSnapshot.parse(text, name, base.toString(), sheets);
    }
    return new Loaded(parse.apply(first.text()), parse, PageEncoding.declaredIn(first.text()), null);
  }

  /** Reads each stylesheet once, and at most {@code maxStylesheets} of them. */
  private Function<String, Optional<String>> cached(Function<String, Optional<String>> load) {
    Map<String, Optional<String>> seen = new HashMap<>();
    return href -> {
      Optional<String> known = seen.get(href);
      if (known != null) return known;
      Optional<String> css = seen.size() >= options.maxStylesheets() ? Optional.empty() : load.apply(href);
      seen.put(href, css);
      return css;
    };
  }

  /** As the audit: relative to the page, never outside the input folder. */
  private Function<String, Optional<String>> localStylesheets(Path page, Path root) {
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
        if (Files.size(realCss) > options.maxBytes()) return Optional.empty();
        return Optional.of(text(Files.readAllBytes(realCss), null));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    };
  }

  /** Same-origin stylesheets, with the loader's timeouts and size limit. */
  private Function<String, Optional<String>> remoteStylesheets(URI page) {
    return href -> {
      try {
        URI css = page.resolve(href.strip());
        if (!sameOrigin(page, css)) return Optional.empty();
        css = new URI(css.getScheme(), css.getRawAuthority(), css.getRawPath(), css.getRawQuery(), null);
        HttpRequest req = HttpRequest.newBuilder(URI.create(css.toString())).timeout(options.readTimeout()).GET().build();
        HttpResponse<InputStream> res = http().send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = res.body()) {
          if (res.statusCode() / 100 != 2) return Optional.empty();
          byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
          if (body.length > options.maxBytes()) return Optional.empty();
          String charset = res.headers().firstValue("content-type")
              .map(ct -> ct.replaceFirst("(?i).*charset\\s*=\\s*\"?([^\";]+).*", "$1"))
              .filter(cs -> !cs.contains("/")).orElse(null);
          return Optional.of(text(body, charset));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
        return Optional.empty();
      }
    };
  }

  private synchronized HttpClient http() {
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
          .followRedirects(HttpClient.Redirect.NORMAL).build();
    }
    return http;
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null && a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
        && a.getHost() != null && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost())) && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) return u.getPort();
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static String text(byte[] bytes, String charset) {
    int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    Charset cs = StandardCharsets.UTF_8;
    if (charset != null) {
      try {
        cs = Charset.forName(charset.strip());
      } catch (RuntimeException ignored) {
        // unknown label: UTF-8
      }
    }
    return new String(bytes, off, bytes.length - off, cs);
  }
}
