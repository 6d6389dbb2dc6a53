package org.curbcut.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairEngine;
import org.curbcut.fix.RepairResult;
import org.curbcut.fix.RepairStatus;
import org.curbcut.fix.UnifiedDiff;
import org.curbcut.fix.alt.AltTextPipeline;
import org.curbcut.fix.alt.ImageDescriber;
import org.curbcut.fix.alt.ImageFetcher;
import org.curbcut.fix.alt.OnnxDescriber;
import org.curbcut.fix.alt.VisionChatDescriber;
import org.curbcut.internal.fixers.Fixers;
import org.curbcut.fix.report.PageRepair;
import org.curbcut.fix.report.RepairReport;
import org.curbcut.fix.report.RepairReportFormat;
import org.curbcut.input.LoadException;
import org.curbcut.input.PageLoader;
import org.curbcut.input.PageSource;
import org.curbcut.report.ReportOptions;
import org.curbcut.rules.Level;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code curbcut fix <file|dir|url>... (--out DIR | --in-place)}: repairs every page, writes the
 * repaired pages (and, with {@code --diff}, one unified diff against the original files), and a
 * repair report.
 *
 * <p>Exit code: 2 for a usage error, or when an input could not be read or written (after every
 * other page was repaired and reported); else 1 when, after repair, a failed finding with an impact
 * at or above {@code --fail-on} remains; else 0.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
    description = "Repair HTML files, folders (every .html/.htm below them) and http(s) URLs: each repair is an "
        + "edit of the original text, confirmed by auditing the page again. Writes the repaired pages to --out "
        + "(or rewrites them with --in-place), a unified diff with --diff, and a repair report that says what "
        + "changed, why, where each value came from, what a person must review and what only a person can fix.",
    footer = {"",
        "--out DIR mirrors the inputs: a folder's pages keep their paths under DIR and its other files are "
            + "copied, so DIR is a working site; a file goes to DIR/<name>; a URL to DIR/<host>/<path>/index.html. "
            + "Inputs are never written to without --in-place, which rewrites only changed pages, in their own encoding.",
        "",
        "The --diff paths are relative to the current folder (an input outside it is named from the folder that "
            + "contains it): run 'git apply FILE' or 'patch -p1 < FILE' in the folder you ran 'curbcut fix' from. "
            + "For example: 'curbcut fix site --out /tmp/out --diff fix.patch', then in the same folder 'git apply fix.patch'.",
        "",
        "Machine-written values (alt text, names from icons or links) are marked needs-review: check them.",
        "",
        "Exit codes: 0 no failed finding at or above --fail-on remains after repair; 1 one remains (it needs "
            + "a person); 2 usage error, or an input could not be read or written (the others are still repaired)."})
final class FixCommand implements Callable<Integer> {
  /** The environment variable the vision endpoint's API key is read from (never a command-line option). */
  static final String VISION_KEY_ENV = "CURBCUT_VISION_API_KEY";

  @Spec CommandSpec spec;

  @Mixin RuleScope scope;

  @Mixin InputLimits limits;

  @Parameters(paramLabel = "<file|dir|url>", arity = "1..*", description = "Pages to repair.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Write the repaired site here (mirrors the input layout).")
  Path out;

  @Option(names = "--in-place", description = "Rewrite the input files that have repairs (not URLs).")
  boolean inPlace;

  @Option(names = "--diff", paramLabel = "FILE", description = "Write one unified diff of every changed file (git apply / patch -p1).")
  Path diff;

  @Option(names = "--min-confidence", paramLabel = "LEVEL", defaultValue = "needs-review",
      description = "Apply repairs at least this sure: certain, likely, needs-review (default: ${DEFAULT-VALUE}: "
          + "every repair, machine guesses marked for review).")
  String minConfidence;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the repair report to FILE (default: stdout).")
  Path report;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = Format.Candidates.class, converter = AuditCommand.FormatConverter.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--alt-onnx-model", paramLabel = "FILE", description = "An ONNX image model for alt text drafts (needs --alt-onnx-labels).")
  Path onnxModel;

  @Option(names = "--alt-onnx-labels", paramLabel = "FILE", description = "The model's labels, one per line, written as alt text.")
  Path onnxLabels;

  @Option(names = "--alt-onnx-mean", paramLabel = "R,G,B", split = ",", description = "Per-channel mean the model expects (default: 0,0,0).")
  List<Float> onnxMean = new ArrayList<>();

  @Option(names = "--alt-onnx-std", paramLabel = "R,G,B", split = ",", description = "Per-channel standard deviation (default: 1,1,1).")
  List<Float> onnxStd = new ArrayList<>();

  @Option(names = "--alt-onnx-min-probability", paramLabel = "P", defaultValue = "0.6",
      description = "Below this probability the model's answer is not used (default: ${DEFAULT-VALUE}).")
  double onnxMinProbability;

  @Option(names = "--alt-vision-url", paramLabel = "URL",
      description = "An OpenAI-compatible vision chat endpoint for alt text drafts, e.g. http://127.0.0.1:8000/v1 "
          + "(needs --alt-vision-model; API key from " + VISION_KEY_ENV + ").")
  String visionUrl;

  @Option(names = "--alt-vision-model", paramLabel = "NAME", description = "The model name the vision endpoint expects.")
  String visionModel;

  @Option(names = "--alt-timeout", paramLabel = "SECONDS", defaultValue = "20",
      description = "Time limit for fetching one image and for one vision request (default: ${DEFAULT-VALUE}).")
  double altTimeoutSeconds;

  @Option(names = "--allow-image-host", paramLabel = "HOST",
      description = "Also fetch images from this host (default: only the page's own origin or folder); repeatable.")
  List<String> imageHosts = new ArrayList<>();

  @Option(names = "--no-color", description = "No ANSI colours in the text report (also: NO_COLOR=1).")
  boolean noColor;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on stderr; errors are still shown.")
  boolean quiet;

  private PrintWriter err;
  private Progress progress;
  private int errors;

  @Override
  public Integer call() throws IOException {
    err = spec.commandLine().getErr();
    Instant started = Instant.now();
    if (out != null && inPlace) throw new UsageError("give either --out DIR or --in-place, not both");
    if (out == null && !inPlace) throw new UsageError("say where the repaired pages go: --out DIR, or --in-place to rewrite them");
    Confidence min = confidence();
    Level lvl = scope.level();
    var failThreshold = scope.failThreshold();
    AuditOptions options = auditOptions(lvl);
    PageLoader.Options loaderOptions = loaderOptions();
    List<ImageDescriber> extra = describers();

    FixLayout layout = FixLayout.plan(inputs, new PageLoader(loaderOptions), out, inPlace);
    if (diff != null) layout.checkExtraOutput("--diff", diff, inPlace);
    if (report != null) layout.checkExtraOutput("--report", report, inPlace);

    boolean progressWanted = !quiet && Terminal.stderrIsTty();
    progress = new Progress(err, progressWanted && layout.jobs.size() >= BatchAudit.PROGRESS_FROM, !quiet);
    progress.start(layout.jobs.size());
    FixPages pages = new FixPages(loaderOptions);
    Engines engines = new Engines(options, min, extra);
    boolean keepResults = layout.jobs.size() <= BatchAudit.KEEP_RESULTS_UP_TO;
    List<PageRepair> repaired = new ArrayList<>();
    ByteArrayOutputStream patch = new ByteArrayOutputStream();
    for (FixLayout.Job job : layout.jobs) {
      repaired.add(repairOne(job, pages, engines, keepResults, patch));
      progress.step(job.resolved().name());
    }
    if (out != null) copyAssets(layout);
    progress.finish();
    if (diff != null) writeFile("--diff", diff, patch.toByteArray());

    RepairReport result = new RepairReport(Auditor.TOOL_NAME, Auditor.version(), lvl, started, min, repaired);
    writeReport(result);
    int remaining = AuditCommand.failuresAtThreshold(result.reaudit(), failThreshold);
    if (!quiet) err.println("curbcut: " + summary(result));
    err.flush();
    if (errors > 0) return Main.ERROR;
    return remaining > 0 ? Main.FINDINGS : Main.OK;
  }

  // ---------------------------------------------------------------- one page

  private PageRepair repairOne(FixLayout.Job job, FixPages pages, Engines engines, boolean keepResults,
                               ByteArrayOutputStream patch) {
    PageLoader.Resolved r = job.resolved();
    if (!r.ok()) return failed(job, r.error().getMessage(), r.name(), r.error().reason());
    FixPages.Loaded loaded;
    try {
      loaded = pages.load(r.source());
    } catch (LoadException e) {
      return failed(job, e.getMessage(), r.name(), e.reason());
    }
    RepairResult result;
    try {
      result = engines.forSource(r.source()).repair(loaded.page(), loaded.reparse());
    } catch (RuntimeException | StackOverflowError e) {
      String why = "internal error while repairing it: " + Errors.oneLine(e);
      return failed(job, "cannot repair " + r.name() + ": " + why, r.name(), why);
    }
    PageEncoding enc = loaded.encoding();
    String written = result.changed() ? enc.representable(result.repairedText()) : result.original().text();
    if (result.changed() && loaded.originalBytes() != null && !enc.roundTrips(result.original().text(), loaded.originalBytes())) {
      String why = "not rewritten: some of its bytes are not valid " + enc.charset().name()
          + ", so rewriting the file could change them; fix its encoding (or its <meta charset>) first";
      return failed(job, "cannot repair " + r.name() + ": " + why, r.name(), why);
    }
    byte[] bytes = result.changed() || loaded.originalBytes() == null ? enc.encode(written) : loaded.originalBytes();
    String shown = "";
    if (out != null) {
      if (writeFile("page", job.output(), bytes)) shown = job.shownOutput();
    } else if (result.changed()) {
      Path target = ((PageSource.LocalFile) r.source()).path();
      if (replaceInPlace(target, bytes)) shown = r.name();
    }
    String unified = "";
    if (result.changed() && job.diffPath() != null) {
      if (enc.charset().name().startsWith("UTF-16")) {
        progress.note("curbcut: " + r.name() + " is UTF-16; it is left out of the diff (git apply cannot read UTF-16 patches)");
      } else {
        String bom = enc.bom().length > 0 ? "\uFEFF" : "";
        unified = UnifiedDiff.of(job.diffPath(), bom + result.original().text(), bom + written);
        patch.writeBytes(unified.getBytes(enc.charset()));
      }
    } else if (result.changed() && diff != null && job.diffPath() == null) {
      progress.note("curbcut: " + r.name() + " is a URL; its repairs are in --out and the report, not in the diff");
    }
    return PageRepair.of(result, shown, unified.isEmpty() ? UnifiedDiff.of("page", result.original().text(), written) : unified,
        keepResults);
  }

  /** An input that could not be read or repaired: reported at once; with --out its file is still copied. */
  private PageRepair failed(FixLayout.Job job, String line, String name, String reason) {
    errors++;
    progress.println("curbcut: " + Errors.oneLine(line));
    if (out != null && job.output() != null && job.resolved().source() instanceof PageSource.LocalFile f && Files.isRegularFile(f.path())) {
      try {
        Files.createDirectories(job.output().getParent());
        Files.copy(f.path(), job.output(), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        // already reported as not repaired
      }
    }
    return PageRepair.unread(name, reason);
  }

  private void copyAssets(FixLayout layout) {
    for (FixLayout.Asset a : layout.assets) {
      try {
        Files.createDirectories(a.to().getParent());
        Files.copy(a.from(), a.to(), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | RuntimeException e) {
        errors++;
        progress.println("curbcut: cannot copy " + a.from() + " to " + a.to() + ": " + Errors.oneLine(e));
      }
    }
  }

  private boolean writeFile(String what, Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.write(file, bytes);
      return true;
    } catch (IOException | RuntimeException e) {
      errors++;
      progress.println("curbcut: cannot write " + (what.equals("page") ? "" : what + " ") + file + ": " + Errors.oneLine(e));
      return false;
    }
  }

  /** Replaces a file through a temporary file beside it, so a failure never leaves it half written. */
  private boolean replaceInPlace(Path target, byte[] bytes) {
    Path tmp = null;
    try {
      Path dir = target.toAbsolutePath().getParent();
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".curbcut");
      Files.write(tmp, bytes);
      try {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException | IOException ignored) {
        // not a POSIX file system: default permissions
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      errors++;
      progress.println("curbcut: cannot rewrite " + target + ": " + Errors.oneLine(e));
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
      return false;
    }
  }

  // ---------------------------------------------------------------- report

  private void writeReport(RepairReport result) throws IOException {
    RepairReportFormat f = RepairReportFormat.parse(format.label());
    boolean color = !noColor && report == null && Terminal.colorAllowed();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    f.write(result, buf, new ReportOptions(color));
    if (report == null) {
      var o = spec.commandLine().getOut();
      o.print(buf.toString(StandardCharsets.UTF_8));
      o.flush();
      return;
    }
    try {
      Path parent = report.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(report))) {
        buf.writeTo(os);
      }
    } catch (IOException e) {
      throw new UsageError("cannot write " + report + ": " + Errors.oneLine(e));
    }
  }

  private String summary(RepairReport r) {
    long before = r.failedBefore();
    long fixed = r.count(RepairStatus.FIXED_VERIFIED);
    long review = r.count(RepairStatus.FIXED_NEEDS_REVIEW);
    long person = r.count(RepairStatus.NOT_REPAIRABLE);
    int n = r.pages().size() - (int) r.pagesUnread();
    StringBuilder b = new StringBuilder();
    b.append(n).append(n == 1 ? " page" : " pages").append(" repaired (").append(r.pagesChanged()).append(" changed");
    if (r.pagesUnread() > 0) b.append(", ").append(r.pagesUnread()).append(" not readable");
    b.append("): ").append(before).append(" failed ").append(before == 1 ? "finding" : "findings").append(": ")
        .append(fixed).append(" fixed and verified (").append(RepairReport.percent(fixed, before)).append("%), ")
        .append(review).append(" fixed, needs review (").append(RepairReport.percent(review, before)).append("%), ")
        .append(person).append(" not repairable (").append(RepairReport.percent(person, before)).append("%); ")
        .append(r.failedAfter()).append(" failed and ").append(r.cantTellAfter()).append(" to judge by a person remain");
    if (r.newFailures() > 0) b.append("; ").append(r.newFailures()).append(" NEW failures (a bug: please report it)");
    if (out != null) b.append("; site written to ").append(out);
    if (diff != null) b.append("; diff in ").append(diff);
    if (report != null) b.append("; report in ").append(report);
    return b.append('.').toString();
  }

  // ---------------------------------------------------------------- options

  private Confidence confidence() {
    try {
      return Confidence.parse(minConfidence);
    } catch (IllegalArgumentException e) {
      throw new UsageError("invalid --min-confidence '" + minConfidence + "' (expected certain, likely or needs-review)");
    }
  }

  private AuditOptions auditOptions(Level lvl) {
    return scope.auditOptions();
  }

  private PageLoader.Options loaderOptions() {
    if (!(altTimeoutSeconds > 0)) throw new UsageError("timeouts must be positive");
    return limits.loaderOptions();
  }

  /** The describers the owner switched on, after the standard ones (decorative, context, OCR). */
  private List<ImageDescriber> describers() {
    List<ImageDescriber> list = new ArrayList<>();
    if ((onnxModel == null) != (onnxLabels == null)) {
      throw new UsageError("--alt-onnx-model and --alt-onnx-labels go together");
    }
    if (onnxModel != null) {
      float[] mean = channels("--alt-onnx-mean", onnxMean);
      float[] std = channels("--alt-onnx-std", onnxStd);
      try {
        list.add(new OnnxDescriber(onnxModel, onnxLabels, mean, std, onnxMinProbability));
      } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
        throw new UsageError("cannot use the ONNX model " + onnxModel + ": " + Errors.oneLine(e));
      }
    }
    if ((visionUrl == null) != (visionModel == null)) {
      throw new UsageError("--alt-vision-url and --alt-vision-model go together");
    }
    if (visionUrl != null) {
      if (!visionUrl.toLowerCase(Locale.ROOT).matches("https?://.+")) {
        throw new UsageError("invalid --alt-vision-url '" + visionUrl + "' (expected http:// or https://)");
      }
      list.add(new VisionChatDescriber(visionUrl, visionModel, System.getenv(VISION_KEY_ENV),
          Duration.ofMillis((long) (altTimeoutSeconds * 1000))));
    }
    return list;
  }

  private static float[] channels(String option, List<Float> values) {
    if (values.isEmpty()) return null;
    if (values.size() != 3) throw new UsageError(option + " takes three values R,G,B");
    return new float[] {values.get(0), values.get(1), values.get(2)};
  }

  /** One repair engine per site folder (images are read from inside it), one for URLs. */
  private final class Engines {
    private final AuditOptions options;
    private final Confidence min;
    private final List<ImageDescriber> chain;
    private final Map<Path, RepairEngine> byRoot = new HashMap<>();
    private RepairEngine forUrls;

    Engines(AuditOptions options, Confidence min, List<ImageDescriber> extra) {
      this.options = options;
      this.min = min;
      List<ImageDescriber> c = new ArrayList<>(AltTextPipeline.standard(ImageFetcher.defaults(null)).describers());
      c.addAll(extra);
      this.chain = List.copyOf(c);
    }

    RepairEngine forSource(PageSource source) {
      if (source instanceof PageSource.LocalFile f) {
        return byRoot.computeIfAbsent(FixLayout.abs(f.root()), this::engine);
      }
      if (forUrls == null) forUrls = engine(null);
      return forUrls;
    }

    private RepairEngine engine(Path root) {
      Set<String> hosts = new HashSet<>();
      for (String h : imageHosts) hosts.add(h.strip().toLowerCase(Locale.ROOT));
      ImageFetcher fetcher = new ImageFetcher(5L * 1024 * 1024, Duration.ofMillis((long) (altTimeoutSeconds * 1000)), hosts, root);
      return new RepairEngine(options, Fixers.all(new AltTextPipeline(chain, fetcher)), min);
    }
  }
}
