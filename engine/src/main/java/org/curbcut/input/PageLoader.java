package org.curbcut.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Page;

/**
 * Loads pages: files, folders (every {@code .html}/{@code .htm} below them), http(s) URLs, and
 * pages a caller already holds ({@link PageInput}). Resolving names the pages first (so a caller
 * knows how many there are); loading then reads one page at a time, so a batch never holds more
 * than the page being audited. Every page is decoded by {@link PageEncoding#sniff} and comes back
 * as a {@link LoadedPage}, which a repair writes back in the page's own encoding. Safe to share
 * between threads.
 *
 * <p>Files: {@code .html} and {@code .htm} are parsed as HTML (charset from a byte order mark or
 * {@code <meta charset>}, else UTF-8); {@code .xhtml} (and a response or input of type
 * {@code application/xhtml+xml}) as XHTML, with XML syntax; {@code .svg} as a non-HTML document. Linked
 * stylesheets are read relative to the file, but only from inside the audited folder (the folder
 * named on the command line, or the file's own folder); others leave the page's style incomplete.
 * Each page reads each of its stylesheets once, and at most {@link Options#maxStylesheets()} of them.
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
   * @param device the screen whose media queries the pages' style is read for
   */
  public record Options(Duration connectTimeout, Duration readTimeout, long maxBytes, boolean fetchStylesheets,
                        int maxStylesheets, Device device) {
    /** Rejects a missing device. */
    public Options {
      java.util.Objects.requireNonNull(device, "device");
    }

    /** For the default device. */
    public Options(Duration connectTimeout, Duration readTimeout, long maxBytes, boolean fetchStylesheets,
                   int maxStylesheets) {
      this(connectTimeout, readTimeout, maxBytes, fetchStylesheets, maxStylesheets, Device.DEFAULT);
    }

    /** The largest page read by default: 60 MB. */
    public static final long DEFAULT_MAX_BYTES = 60L * 1024 * 1024;

    /**
     * 10 s to connect, 30 s for a response, 60 MB, same-origin stylesheets fetched, at most 32 per
     * page, style read for the default device.
     */
    public static Options defaults() {
      return new Options(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES, true, 32, Device.DEFAULT);
    }

    /** The same options, the style read for another device. */
    public Options withDevice(Device other) {
      return new Options(connectTimeout, readTimeout, maxBytes, fetchStylesheets, maxStylesheets, other);
    }

    /** The same options with other timeouts. */
    public Options withTimeouts(Duration connect, Duration read) {
      return new Options(connect, read, maxBytes, fetchStylesheets, maxStylesheets, device);
    }

    /** The same options with another size limit. */
    public Options withMaxBytes(long max) {
      return new Options(connectTimeout, readTimeout, max, fetchStylesheets, maxStylesheets, device);
    }

    /** The same options, fetching a URL's stylesheets or not. */
    public Options withFetchStylesheets(boolean fetch) {
      return new Options(connectTimeout, readTimeout, maxBytes, fetch, maxStylesheets, device);
    }
  }

  /**
   * One page named by an input, or the reason the input names none.
   *
   * @param name the page's name (or the input's, for an error), without a URL's user name and password
   * @param source the page to load; null when {@code error} is set
   * @param error why the input could not be read; null when {@code source} is set
   */
  public record Resolved(String name, PageSource source, LoadException error) {
    /** A URL's user name and password never reach a report. */
    public Resolved {
      name = UrlCredentials.strip(name);
    }

    /** True when the input names a page to load. */
    public boolean ok() {
      return error == null;
    }
  }

  private final Options options;
  private volatile HttpFetcher http;

  /** A loader with these limits. */
  public PageLoader(Options options) {
    this.options = options;
  }

  /** The limits of this loader. */
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

  /** Reads and parses one page (for an audit: {@code read(source).page()}). */
  public Page load(PageSource source) throws LoadException {
    return read(source).page();
  }

  /** Reads one page: its bytes, their encoding, the parsed page, and how to parse a repair of it. */
  public LoadedPage read(PageSource source) throws LoadException {
    if (source instanceof PageSource.LocalFile f) return readFile(f);
    if (source instanceof PageSource.Remote r) return readRemote(r);
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

  private static final String XHTML = "application/xhtml+xml";

  private static boolean isXhtml(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xhtml");
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

  private LoadedPage readFile(PageSource.LocalFile f) throws LoadException {
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
    Path abs = f.path().toAbsolutePath().normalize();
    Function<String, Optional<String>> sheets = isSvg(f.path()) ? null
        : Stylesheets.once(options.maxStylesheets(), Stylesheets.local(abs, f.root(), options.maxBytes()));
    return parse(f.name(), bytes, null, abs.toUri().toString(), sheets, false, options.device(), isXhtml(f.path()));
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

  private LoadedPage readRemote(PageSource.Remote r) throws LoadException {
    HttpFetcher.Response res = http().fetch(r.uri(), r.name(), HttpFetcher.Kind.PAGE);
    Function<String, Optional<String>> sheets = res.isSvg() ? null
        : !options.fetchStylesheets() ? Stylesheets.none()
        : Stylesheets.once(options.maxStylesheets(), Stylesheets.sameOrigin(res.uri(), http(), options.readTimeout()));
    return parse(r.name(), res.body(), res.charset(), res.uri().toString(), sheets, true, options.device(),
        res.mimeType().equals(XHTML));
  }

  // ---------------------------------------------------------------- pages in memory

  /**
   * Reads a page a caller holds (a server's response, a filter's buffer): decoded as
   * {@link PageEncoding#sniff} says (the Content-Type's charset after a byte order mark), parsed
   * with its base URI and style-sheet loader.
   *
   * @throws LoadException when the page is larger than {@link Options#maxBytes()}, its Content-Type
   *     is neither HTML nor SVG, or memory runs out
   */
  public LoadedPage read(PageInput input) throws LoadException {
    String mime = input.mimeType();
    if (!HttpFetcher.isPageType(mime)) {
      throw new LoadException(input.name(), "not an HTML page (Content-Type: " + mime + ")");
    }
    if (input.size() > options.maxBytes()) throw new LoadException(input.name(), tooLarge(input.size(), options.maxBytes()));
    Function<String, Optional<String>> sheets = mime.equals("image/svg+xml") ? null
        : Stylesheets.once(options.maxStylesheets(), input.stylesheets());
    if (input.bytes().isPresent()) {
      return parse(input.name(), input.bytes().get(), input.charset().orElse(null), input.baseUri(), sheets, true,
          options.device(), mime.equals(XHTML));
    }
    String text = input.text().orElseThrow();
    try {
      Function<String, Page> parser = parser(input.name(), input.baseUri(), sheets, options.device(), mime.equals(XHTML));
      return new LoadedPage(parser.apply(text), PageEncoding.declaredIn(text), null, parser, false);
    } catch (OutOfMemoryError e) {
      throw new LoadException(input.name(), "not enough memory to parse it (raise -Xmx)");
    }
  }

  /**
   * Decodes and parses a page's bytes.
   *
   * @param sheets the page's style-sheet loader; null for a non-HTML (SVG) document
   */
  private static LoadedPage parse(String name, byte[] bytes, String declaredCharset, String baseUri,
                                  Function<String, Optional<String>> sheets, boolean overHttp, Device device,
                                  boolean xhtml) throws LoadException {
    try {
      PageEncoding.Decoded d = PageEncoding.sniff(bytes, declaredCharset);
      Function<String, Page> parser = parser(name, baseUri, sheets, device, xhtml);
      return new LoadedPage(parser.apply(d.text()), d.encoding(), bytes, parser, overHttp);
    } catch (OutOfMemoryError e) {
      throw new LoadException(name, "not enough memory to parse it (raise -Xmx)");
    }
  }

  private static Function<String, Page> parser(String name, String baseUri, Function<String, Optional<String>> sheets,
                                               Device device, boolean xhtml) {
    if (sheets == null) return text -> HtmlSnapshot.parseNonHtml(text, name);
    // XHTML is XML: a browser reads <div/> as an empty div, the HTML parser as an open one
    if (xhtml) return text -> HtmlSnapshot.parseXhtml(text, name, baseUri, sheets, device);
    return text -> HtmlSnapshot.parse(text, name, baseUri, sheets, null, device);
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
}
