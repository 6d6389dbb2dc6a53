package org.curbcut;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairRequest;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairedPage;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ImageDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.input.LoadException;
import org.curbcut.input.LoadedPage;
import org.curbcut.input.PageEncoding;
import org.curbcut.input.PageInput;
import org.curbcut.input.PageLoader;
import org.curbcut.internal.fixers.Fixers;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Deadline;
import org.curbcut.rules.Level;
import org.curbcut.rules.Rule;
import org.curbcut.snapshot.Device;
import org.curbcut.snapshot.Page;

/**
 * Curbcut as a library: parse or load a page, audit it against WCAG 2.1 (W3C ACT Rules), repair
 * it, and read the results as typed values.
 *
 * <pre>{@code
 * Page page = Curbcut.parse("<img src=cat.png>");
 * PageReport report = Curbcut.builder().build().audit(page);
 * for (Finding f : report.findings()) System.out.println(f.rule() + " " + f.selector() + ": " + f.message());
 * }</pre>
 *
 * <p>The static methods parse and load pages. An instance is a configured engine (which rules, up
 * to which WCAG level, which elements to leave out, how sure a repair must be, which describers
 * write alt text), built once by {@link #builder()}. It is immutable and safe to share between
 * threads: a server holds one and audits and repairs many pages of many sites at once, each
 * request saying where its images may be read from ({@link RepairRequest}).
 *
 * <p>{@link #repair(PageInput, RepairRequest)} is the page pipeline a proxy or a servlet filter
 * calls: bytes, Content-Type and base URL in; the repaired bytes in the page's own encoding, the
 * repairs and the unified diff out. It never throws for a bad page: a page that cannot be read or
 * repaired comes back with its reason and its original bytes, so the caller can serve the page as
 * it came.
 *
 * <p>Time: an engine built with a {@linkplain Builder#pageTimeout page timeout} gives every audit
 * and repair of one page that long; a {@link Deadline} given to one call (or to one
 * {@link RepairRequest}) replaces it, and can also be cancelled. An audit past its time ends with
 * the results of the rules that finished, marked {@linkplain PageReport#incomplete() incomplete};
 * a repair past its time gives the original bytes back, {@linkplain RepairedPage#stopped()
 * stopped}. Neither throws.
 */
public final class Curbcut {
  /** The name of a page parsed from a string, in reports. */
  public static final String STRING_PAGE_NAME = "page";
  private static final int ONE_LINE_MAX = 400;
  private static final String FOLDER = "a folder, not a page";

  private final AuditOptions auditOptions;
  private final Auditor auditor;
  private final Confidence minConfidence;
  private final List<ImageDescriber> describers;
  private final boolean standardDescribers;
  private final Duration imageTimeout;
  private final long maxImageBytes;
  private final PageLoader loader;
  private final Duration pageTimeout;
  private volatile RepairEngine repairEngine;

  private Curbcut(Builder b) {
    this.auditOptions = new AuditOptions(b.level, b.rules, b.excludeRules, b.ignore, b.device);
    for (String css : auditOptions.ignore()) requireSelector(css);
    this.auditor = new Auditor(auditOptions);
    this.minConfidence = b.minConfidence;
    this.describers = List.copyOf(b.describers);
    this.standardDescribers = b.standardDescribers;
    this.imageTimeout = b.imageTimeout;
    this.maxImageBytes = b.maxImageBytes;
    this.loader = new PageLoader(b.loading.withDevice(b.device));
    this.pageTimeout = b.pageTimeout;
  }

  // ---------------------------------------------------------------- parse and load

  /**
   * Parses HTML text, as a browser would (HTML5 parsing rules); linked style sheets are not loaded.
   * The page is named {@value #STRING_PAGE_NAME} in reports.
   */
  public static Page parse(String html) {
    return parse(html, "");
  }

  /**
   * Parses HTML text whose relative links resolve against {@code baseUri}.
   *
   * @param baseUri the page's URL; empty when unknown. It also names the page in reports.
   */
  public static Page parse(String html, String baseUri) {
    Objects.requireNonNull(html, "html");
    String base = baseUri == null ? "" : baseUri;
    return HtmlSnapshot.parse(html, base.isEmpty() ? STRING_PAGE_NAME : base, base, href -> Optional.empty());
  }

  /**
   * Decodes and parses a page's bytes: byte order mark, then {@code charset}, then {@code <meta
   * charset>}, then UTF-8 (see {@link PageEncoding#sniff}).
   *
   * @param charset the charset the bytes were declared in (an HTTP Content-Type's), or null
   * @param baseUri the page's URL; empty or null when unknown
   */
  public static Page parse(byte[] bytes, String charset, String baseUri) {
    return parse(PageEncoding.sniff(bytes, charset).text(), baseUri);
  }

  /**
   * Reads a page file ({@code .html}, {@code .htm}, {@code .xhtml}, or {@code .svg}) with the style
   * sheets it links to inside its own folder.
   *
   * @throws LoadException when it cannot be read (the message is one line for people)
   */
  public static Page load(Path file) throws LoadException {
    if (Files.isDirectory(file)) throw new LoadException(file.toString(), FOLDER);
    return loadOne(file.toString());
  }

  /**
   * Fetches a page over http(s) with its same-origin style sheets, within the default limits (10 s
   * to connect, 30 s for the response, 60 MB). A {@code file:} URL reads a file.
   *
   * @throws LoadException when it cannot be fetched (the message is one line for people)
   */
  public static Page load(URI url) throws LoadException {
    return loadOne(url.toString());
  }

  private static Page loadOne(String input) throws LoadException {
    PageLoader l = new PageLoader(PageLoader.Options.defaults());
    PageLoader.Resolved r = l.resolve(input).get(0);
    if (!r.ok()) throw r.error();
    return l.load(r.source());
  }

  // ---------------------------------------------------------------- the engine

  /** A builder of an engine: every rule up to WCAG AA, every repair (guesses marked needs-review), the standard describers. */
  public static Builder builder() {
    return new Builder();
  }

  /** What this engine audits: level, rules, ignored elements. */
  public AuditOptions auditOptions() {
    return auditOptions;
  }

  /** The rules this engine runs. */
  public List<Rule> rules() {
    return auditor.rules();
  }

  /** The least sure repair this engine applies. */
  public Confidence minConfidence() {
    return minConfidence;
  }

  /** The loader this engine reads pages with, with its limits. */
  public PageLoader loader() {
    return loader;
  }

  /** How long one page's audit or repair may take, if this engine limits it. */
  public Optional<Duration> pageTimeout() {
    return Optional.ofNullable(pageTimeout);
  }

  /** A deadline of one page's time from now, or none when this engine has no page timeout. */
  private Deadline pageDeadline() {
    return pageTimeout == null ? Deadline.NONE : Deadline.in(pageTimeout);
  }

  /**
   * Audits a page: its findings (failed and cantTell), every rule's outcome, every result. With a
   * page timeout, an audit that runs past it is {@linkplain PageReport#incomplete() incomplete}.
   */
  public PageReport audit(Page page) {
    return auditor.audit(page, pageDeadline());
  }

  /**
   * Audits a page until {@code deadline} (instead of the engine's page timeout); past it, or once
   * cancelled, the report holds what the rules that finished found and says which did not run.
   */
  public PageReport audit(Page page, Deadline deadline) {
    return auditor.audit(page, Objects.requireNonNull(deadline, "deadline"));
  }

  /**
   * Reads and audits a page a caller holds. Never throws for a bad page: one that cannot be read
   * comes back as a report with its {@link PageReport#error() error}. The page timeout counts from
   * this call, reading included.
   */
  public PageReport audit(PageInput input) {
    Deadline deadline = pageDeadline();
    try {
      return auditor.audit(loader.read(input).page(), deadline);
    } catch (LoadException e) {
      return PageReport.failedToRead(input.name(), e.reason());
    } catch (RuntimeException | StackOverflowError e) {
      return PageReport.failedToRead(input.name(), FixContext.message("page.read-error", oneLine(e)));
    }
  }

  /** Repairs a page a caller holds, with images from {@code data:} URLs and its own origin only. */
  public RepairedPage repair(PageInput input) {
    return repair(input, RepairRequest.defaults());
  }

  /**
   * Reads and repairs a page a caller holds: the method a proxy or a servlet filter calls. Never
   * throws for a bad page: one that cannot be read or repaired comes back with its
   * {@link RepairedPage#error() error} and its original bytes, and so does one whose repair ran
   * past the request's deadline (or the page timeout, counted from this call, reading included).
   */
  public RepairedPage repair(PageInput input, RepairRequest request) {
    request = withPageDeadline(request);
    byte[] original = input.bytes().orElse(new byte[0]);
    LoadedPage page;
    try {
      page = loader.read(input);
    } catch (LoadException e) {
      return RepairedPage.unreadable(input.name(), e.reason(), original);
    } catch (RuntimeException | StackOverflowError e) {
      return RepairedPage.unreadable(input.name(), FixContext.message("page.read-error", oneLine(e)), original);
    }
    return repair(page, request);
  }

  /**
   * Reads a page file (with the style sheets it links to inside its own folder) and repairs it;
   * the bytes come back in the file's own encoding. Never throws for a bad page: one that cannot
   * be read comes back with its {@link RepairedPage#error() error}.
   */
  public RepairedPage repair(Path file, RepairRequest request) {
    request = withPageDeadline(request);
    PageLoader.Resolved r = Files.isDirectory(file)
        ? new PageLoader.Resolved(file.toString(), null, new LoadException(file.toString(), FOLDER))
        : loader.resolve(file.toString()).get(0);
    if (!r.ok()) return RepairedPage.unreadable(r.name(), r.error().reason(), new byte[0]);
    LoadedPage page;
    try {
      page = loader.read(r.source());
    } catch (LoadException e) {
      return RepairedPage.unreadable(r.name(), e.reason(), new byte[0]);
    } catch (RuntimeException | StackOverflowError e) {
      return RepairedPage.unreadable(r.name(), FixContext.message("page.read-error", oneLine(e)), new byte[0]);
    }
    return repair(page, request);
  }

  /**
   * Repairs a page as read: audits it, applies the repairs the re-audit confirms, and writes the
   * result in the page's own encoding. Never throws for a bad page. Past the request's deadline
   * (or the page timeout, from this call on) the page comes back {@linkplain RepairedPage#stopped()
   * stopped}, with its original bytes.
   */
  public RepairedPage repair(LoadedPage page, RepairRequest request) {
    RepairRequest r = withPageDeadline(request);
    try {
      RepairResult result = repairEngine().repair(page.page(), page::reparse, r.images(), r.deadline());
      return RepairedPage.of(page, result, r);
    } catch (Deadline.Exceeded stop) {
      return RepairedPage.stopped(page, stop.wasCancelled());
    } catch (RuntimeException | StackOverflowError e) {
      return RepairedPage.failed(page, FixContext.message("page.internal-error", oneLine(e)));
    } catch (OutOfMemoryError e) {
      return RepairedPage.failed(page, FixContext.message("page.out-of-memory"));
    }
  }

  /** The request, with a deadline of the page timeout from now when it has none of its own. */
  private RepairRequest withPageDeadline(RepairRequest request) {
    return request.deadline() == Deadline.NONE && pageTimeout != null ? request.withDeadline(pageDeadline()) : request;
  }

  /** Built on the first repair, so an engine that only audits never starts the describers. */
  private RepairEngine repairEngine() {
    RepairEngine e = repairEngine;
    if (e == null) {
      synchronized (this) {
        if (repairEngine == null) {
          ImageFetcher fetcher = new ImageFetcher(maxImageBytes, imageTimeout);
          List<ImageDescriber> chain = new ArrayList<>();
          if (standardDescribers) chain.addAll(AltTextPipeline.standard(fetcher).describers());
          chain.addAll(describers);
          repairEngine = new RepairEngine(auditor, Fixers.all(new AltTextPipeline(chain, fetcher)), minConfidence);
        }
        e = repairEngine;
      }
    }
    return e;
  }

  private static void requireSelector(String css) {
    try {
      parse("<p>").select(css);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid ignore selector '" + css + "'", e);
    }
  }

  private static String oneLine(Throwable t) {
    String m = t.getMessage();
    String kind = t.getClass().getSimpleName();
    if (m == null || m.isBlank()) return kind;
    String line = m.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    if (line.length() > ONE_LINE_MAX) line = line.substring(0, ONE_LINE_MAX - 1) + "…";
    return kind + ": " + line;
  }

  /**
   * Configures an engine. Not thread-safe; the engine it builds is.
   *
   * <pre>{@code
   * Curbcut curbcut = Curbcut.builder()
   *     .level(Level.A)
   *     .ignore("#cookie-banner")
   *     .minConfidence(Confidence.LIKELY)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private Level level = Level.AA;
    private List<String> rules = List.of();
    private List<String> excludeRules = List.of();
    private List<String> ignore = List.of();
    private Confidence minConfidence = Confidence.NEEDS_REVIEW;
    private final List<ImageDescriber> describers = new ArrayList<>();
    private boolean standardDescribers = true;
    private Duration imageTimeout = Duration.ofSeconds(20);
    private long maxImageBytes = 5L * 1024 * 1024;
    private PageLoader.Options loading = PageLoader.Options.defaults();
    private Device device = Device.DEFAULT;
    private Duration pageTimeout;

    private Builder() {}

    /** The highest WCAG level checked (default AA); best practices are always checked. */
    public Builder level(Level highest) {
      this.level = Objects.requireNonNull(highest, "level");
      return this;
    }

    /** Runs only these rules (by id, see {@link org.curbcut.rules.RuleCatalog}); none given: every rule. */
    public Builder rules(String... ids) {
      return rules(Arrays.asList(ids));
    }

    /** Runs only these rules; empty: every rule. */
    public Builder rules(Collection<String> ids) {
      this.rules = List.copyOf(ids);
      return this;
    }

    /** Does not run these rules. */
    public Builder excludeRules(String... ids) {
      this.excludeRules = List.of(ids);
      return this;
    }

    /** Leaves elements matching these CSS selectors, and everything inside them, out of the findings. */
    public Builder ignore(String... selectors) {
      this.ignore = List.of(selectors);
      return this;
    }

    /** Audits as these options say: level, rules, excluded rules, ignored elements and device at once. */
    public Builder auditOptions(AuditOptions options) {
      this.level = options.level();
      this.rules = options.rules();
      this.excludeRules = options.excludeRules();
      this.ignore = options.ignore();
      this.device = options.device();
      return this;
    }

    /**
     * The screen pages are audited and repaired for: media queries are evaluated for it (default
     * {@link Device#DEFAULT}, a 1280×800 desktop screen; {@code Device.viewport("375x667")} for
     * another viewport). Pages this engine reads are read for it; a page read for another device
     * is read again for it when audited.
     */
    public Builder device(Device screen) {
      this.device = Objects.requireNonNull(screen, "device");
      return this;
    }

    /** Applies only repairs at least this sure (default {@link Confidence#NEEDS_REVIEW}: every repair). */
    public Builder minConfidence(Confidence least) {
      this.minConfidence = Objects.requireNonNull(least, "minConfidence");
      return this;
    }

    /**
     * Adds a describer of images (an ONNX model, a vision endpoint, one of your own), tried after
     * the standard ones (decorative detection, the image's context, OCR when Tesseract is
     * installed) and after those added before it.
     */
    public Builder addDescriber(ImageDescriber describer) {
      describers.add(Objects.requireNonNull(describer, "describer"));
      return this;
    }

    /** Uses only the describers added, not the standard ones (no OCR process, for example). */
    public Builder withoutStandardDescribers() {
      this.standardDescribers = false;
      return this;
    }

    /** The time limit for fetching one image (default 20 s). */
    public Builder imageTimeout(Duration timeout) {
      this.imageTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * How pages are read: timeouts and size limits (default {@link PageLoader.Options#defaults()});
     * the device pages are read for is this builder's {@link #device}.
     */
    public Builder loading(PageLoader.Options options) {
      this.loading = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The longest one page's audit or repair may take (default: no limit). An audit past it ends
     * with the rules that finished and says it is incomplete; a repair past it gives the original
     * page back. A server that audits what its visitors bring sets one, so that no page can keep
     * it busy. {@link Duration#ZERO} stops every audit before its first rule.
     *
     * @throws IllegalArgumentException for a negative duration
     */
    public Builder pageTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) throw new IllegalArgumentException("the page timeout cannot be negative: " + timeout);
      this.pageTimeout = timeout;
      return this;
    }

    /** No time limit per page (the default). */
    public Builder noPageTimeout() {
      this.pageTimeout = null;
      return this;
    }

    /**
     * The engine.
     *
     * @throws IllegalArgumentException for an unknown rule id or an invalid ignore selector
     */
    public Curbcut build() {
      return new Curbcut(this);
    }
  }
}
