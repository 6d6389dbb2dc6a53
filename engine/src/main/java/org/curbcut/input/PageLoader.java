package org.curbcut.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;

/**
 * Loads the pages of a batch: files, folders (every {@code .html}/{@code .htm} below them) and
 * http(s) URLs. Resolving names the pages first (so a caller knows how many there are); loading
 * then reads one page at a time, so a batch never holds more than the page being audited.
 *
 * <p>Files: {@code .html}, {@code .htm} and {@code .xhtml} are parsed as HTML (charset from a byte
 * order mark or {@code <meta charset>}, else UTF-8); {@code .svg} as a non-HTML document. Linked
 * stylesheets are read relative to the file, but only from inside the audited folder (the folder
 * named on the command line, or the file's own folder); others leave the page's style incomplete.
 *
 * <p>URLs: see {@link Options} for timeouts and the size limit. Redirects are followed; a response
 * must be 2xx and HTML ({@code text/html}, {@code application/xhtml+xml}, no Content-Type) or SVG.
 * Same-origin stylesheets are fetched with the same limits when {@link Options#fetchStylesheets()}
 * (all of a page's stylesheets within one read timeout); others leave the page's style incomplete.
 */
public final class PageLoader {

  /**
   * How inputs are read.
   *
   * @param connectTimeout how long to wait for a TCP/TLS connection
   * @param readTimeout how long to wait for a whole response (headers and body)
   * @param maxBytes the largest page or stylesheet read, in bytes (files and responses alike)
   * @param fetchStylesheets whether same-origin stylesheets of a URL are fetched
   * @param maxStylesheets the most stylesheets read for one page
   */
  public record Options(Duration connectTimeout, Duration readTimeout, long maxBytes, boolean fetchStylesheets,
                        int maxStylesheets) {
    public static final long DEFAULT_MAX_BYTES = 60L * 1024 * 1024;

    public static Options defaults() {
      return new Options(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES, true, 32);
    }

    public Options withTimeouts(Duration connect, Duration read) {
      return new Options(connect, read, maxBytes, fetchStylesheets, maxStylesheets);
    }

    public Options withMaxBytes(long max) {
      return new Options(connectTimeout, readTimeout, max, fetchStylesheets, maxStylesheets);
    }

    public Options withFetchStylesheets(boolean fetch) {
      return new Options(connectTimeout, readTimeout, maxBytes, fetch, maxStylesheets);
    }
  }

  /**
   * One page named by an input, or the reason the input names none.
   *
   * @param name the page's name (or the input's, for an error)
   * @param source the page to load; null when {@code error} is set
   * @param error why the input could not be read; null when {@code source} is set
   */
  public record Resolved(String name, PageSource source, LoadException error) {
    public boolean ok() {
      return error == null;
    }
  }

  private final Options options;
  private volatile HttpFetcher http;

  public PageLoader(Options options) {
    this.options = options;
  }

  public Options options() {
    return options;
  }

  /** Resolves every input, in order; a folder expands to its pages, sorted by path. */
  public List<Resolved> resolve(List<String> inputs) {
    List<Resolved> out = new ArrayList<>();
    for (String in : inputs) out.addAll(resolve(in));
    return out;
  }

  /** Resolves one input: a URL, a file, or a folder (its pages, sorted by path). */
  public List<Resolved> resolve(String input) {
    try {
      if (isUrl(input)) return List.of(ok(resolveUrl(input)));
      Path path = toPath(input);
      if (Files.isDirectory(path)) return resolveFolder(input, path);
      if (!Files.exists(path)) {
        throw new LoadException(input, Files.exists(path.getParent() == null ? Paths.get(".") : path.getParent())
            ? "no such file or folder" : "no such file or folder (nor its parent folder)");
      }
      if (!Files.isRegularFile(path)) throw new LoadException(input, "not a regular file");
      if (!isPageFile(path) && !isSvg(path)) {
        throw new LoadException(input, "not an HTML file (curbcut reads .html, .htm, .xhtml and .svg files)");
      }
      Path abs = path.toAbsolutePath().normalize();
      Path root = abs.getParent() == null ? abs : abs.getParent();
      return List.of(ok(new PageSource.LocalFile(path, root, input)));
    } catch (LoadException e) {
      return List.of(new Resolved(input, null, e));
    }
  }

  private static Resolved ok(PageSource s) {
    return new Resolved(s.name(), s, null);
  }

  /** Reads and parses one page. */
  public Page load(PageSource source) throws LoadException {
    if (source instanceof PageSource.LocalFile f) return loadFile(f);
    if (source instanceof PageSource.Remote r) return loadRemote(r);
    throw new IllegalArgumentException("unknown page source " + source);
  }

  // ---------------------------------------------------------------- local files

  static boolean isUrl(String input) {
    String l = input.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  private static Path toPath(String input) throws LoadException {
    try {
      if (input.toLowerCase(Locale.ROOT).startsWith("file:")) return Paths.get(new URI(input));
      if (input.matches("[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
        throw new LoadException(input, "unsupported URL scheme (curbcut reads files, folders and http(s) URLs)");
      }
      return Paths.get(input);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new LoadException(input, "not a valid path or URL", e);
    }
  }

  private static boolean isPageFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
  }

  private static boolean isFolderPage(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm");
  }

  private static boolean isSvg(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
  }

  private static boolean skipped(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString();
    return n.startsWith(".") || n.equals("node_modules");
  }

  private List<Resolved> resolveFolder(String input, Path dir) throws LoadException {
    Path root = dir.toAbsolutePath().normalize();
    List<Path> found = new ArrayList<>();
    List<Resolved> errors = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && skipped(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !skipped(f) && isFolderPage(f)) found.add(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          if (f.equals(dir)) throw new UncheckedIOException(e);
          if (!skipped(f) && (Files.isDirectory(f) || isFolderPage(f))) {
            String name = nameIn(input, dir, f);
            errors.add(new Resolved(name, null, new LoadException(name, describe(e), e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new LoadException(input, describe(io), io);
    }
    if (found.isEmpty() && errors.isEmpty()) {
      throw new LoadException(input, "no .html or .htm file in this folder");
    }
    found.sort(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')));
    List<Resolved> out = new ArrayList<>(errors);
    for (Path f : found) out.add(ok(new PageSource.LocalFile(f, root, nameIn(input, dir, f))));
    return out;
  }

  private static String nameIn(String input, Path dir, Path file) {
    String rel = dir.relativize(file).toString().replace('\\', '/');
    String base = input.replace('\\', '/');
    if (base.equals(".") || base.equals("./")) return rel;
    return base.endsWith("/") ? base + rel : base + "/" + rel;
  }

  private Page loadFile(PageSource.LocalFile f) throws LoadException {
    byte[] bytes;
    try {
      long size = Files.size(f.path());
      if (size > options.maxBytes()) throw new LoadException(f.name(), tooLarge(size, options.maxBytes()));
      bytes = Files.readAllBytes(f.path());
    } catch (IOException e) {
      throw new LoadException(f.name(), describe(e), e);
    } catch (OutOfMemoryError e) {
      throw new LoadException(f.name(), "not enough memory to read it (raise -Xmx)");
    }
    try {
      if (isSvg(f.path())) return HtmlSnapshot.parseNonHtml(decodeXml(bytes, null), f.name());
      Path abs = f.path().toAbsolutePath().normalize();
      return HtmlSnapshot.parse(bytes, null, f.name(), abs.toUri().toString(), localStylesheets(abs, f.root()));
    } catch (OutOfMemoryError e) {
      throw new LoadException(f.name(), "not enough memory to parse it (raise -Xmx)");
    }
  }

  /** Reads stylesheets linked from a local page, only from inside {@code root}. */
  private Function<String, Optional<String>> localStylesheets(Path page, Path root) {
    int[] count = {0};
    return href -> {
      if (count[0]++ >= options.maxStylesheets()) return Optional.empty();
      try {
        String h = href.strip();
        int cut = indexOfAny(h, '?', '#');
        if (cut >= 0) h = h.substring(0, cut);
        if (h.isEmpty() || h.startsWith("//") || h.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) return Optional.empty();
        h = URLDecoder.decode(h.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path css = h.startsWith("/") ? root.resolve(h.substring(1)) : page.getParent().resolve(h);
        css = css.normalize();
        Path realRoot = root.toRealPath();
        Path realCss = css.toRealPath();
        if (!realCss.startsWith(realRoot) || !Files.isRegularFile(realCss)) return Optional.empty();
        if (Files.size(realCss) > options.maxBytes()) return Optional.empty();
        return Optional.of(decodeCss(Files.readAllBytes(realCss), null));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
    };
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) return j;
    if (j < 0) return i;
    return Math.min(i, j);
  }

  // ---------------------------------------------------------------- URLs

  private static PageSource.Remote resolveUrl(String input) throws LoadException {
    try {
      URI uri = new URI(input.strip());
      if (uri.getHost() == null || uri.getHost().isBlank()) throw new LoadException(input, "not a valid URL (no host)");
      if (uri.getPath() == null || uri.getRawPath().isEmpty()) {
        uri = new URI(uri.getScheme(), uri.getRawAuthority(), "/", uri.getRawQuery(), null);
        uri = URI.create(uri.toString());
      }
      return new PageSource.Remote(uri, input);
    } catch (URISyntaxException e) {
      throw new LoadException(input, "not a valid URL (" + e.getReason() + ")", e);
    }
  }

  private HttpFetcher http() {
    HttpFetcher h = http;
    if (h == null) {
      synchronized (this) {
        if (http == null) http = new HttpFetcher(options);
        h = http;
      }
    }
    return h;
  }

  private Page loadRemote(PageSource.Remote r) throws LoadException {
    HttpFetcher.Response res = http().fetch(r.uri(), r.name(), HttpFetcher.Kind.PAGE);
    try {
      if (res.isSvg()) return HtmlSnapshot.parseNonHtml(decodeXml(res.body(), res.charset()), r.name());
      Function<String, Optional<String>> sheets = options.fetchStylesheets()
          ? remoteStylesheets(res.uri()) : href -> Optional.empty();
      return HtmlSnapshot.parse(res.body(), res.charset(), r.name(), res.uri().toString(), sheets);
    } catch (OutOfMemoryError e) {
      throw new LoadException(r.name(), "not enough memory to parse it (raise -Xmx)");
    }
  }

  /**
   * Fetches same-origin stylesheets of a page, all within one read timeout together; anything else
   * leaves the style incomplete.
   */
  private Function<String, Optional<String>> remoteStylesheets(URI page) {
    int[] count = {0};
    long deadline = System.nanoTime() + options.readTimeout().toNanos();
    return href -> {
      if (count[0]++ >= options.maxStylesheets() || System.nanoTime() > deadline) return Optional.empty();
      try {
        URI css = page.resolve(href.strip());
        if (!sameOrigin(page, css)) return Optional.empty();
        css = new URI(css.getScheme(), css.getRawAuthority(), css.getRawPath(), css.getRawQuery(), null);
        css = URI.create(css.toString());
        HttpFetcher.Response res = http().fetch(css, css.toString(), HttpFetcher.Kind.STYLESHEET);
        return Optional.of(decodeCss(res.body(), res.charset()));
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

  // ---------------------------------------------------------------- shared

  static String tooLarge(long size, long max) {
    String of = size < 0 ? "" : " (" + megabytes(size) + ")";
    return "too large" + of + ": the limit is " + megabytes(max);
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** One line for an I/O failure on a local path. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NotDirectoryException) return "not a folder";
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static String decodeXml(byte[] bytes, String charset) {
    int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF
        ? 3 : 0;
    java.nio.charset.Charset cs = StandardCharsets.UTF_8;
    if (charset != null) {
      try {
        cs = java.nio.charset.Charset.forName(charset);
      } catch (RuntimeException ignored) {
        // unknown label: UTF-8, the XML default
      }
    }
    return new String(bytes, off, bytes.length - off, cs);
  }

  private static String decodeCss(byte[] bytes, String charset) {
    return decodeXml(bytes, charset);
  }
}
