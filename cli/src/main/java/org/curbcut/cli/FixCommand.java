package org.curbcut.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.curbcut.Curbcut;
import org.curbcut.audit.Auditor;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.report.PageRepair;
import org.curbcut.fix.report.RepairReport;
import org.curbcut.rules.Level;
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
 * <p>Exit code: 2 for a usage error, or when an input could not be read, repaired within
 * {@code --page-timeout} (such a page is left as it was) or written (after every other page was
 * repaired and reported); else 1 when, after repair, a failed finding with an impact
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
        "A page whose repair runs past --page-timeout is left as it was (with --out, copied unchanged) and "
            + "reported; the others are still repaired.",
        "",
        "Exit codes: 0 no failed finding at or above --fail-on remains after repair; 1 one remains (it needs "
            + "a person); 2 usage error, or an input could not be read, repaired within --page-timeout, or written "
            + "(the others are still repaired)."})
final class FixCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RuleScope scope;

  @Mixin InputLimits limits;

  @Mixin PageTimeout pageTimeout;

  @Mixin AltTextOptions alt;

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

  @Option(names = "--list-cant-tell",
      description = "In the JSON report, list every finding that needs a person (cantTell), not only their count per rule.")
  boolean listCantTell;

  @Option(names = "--no-color", description = "No ANSI colours in the text report (also: NO_COLOR=1).")
  boolean noColor;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on stderr; errors are still shown.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Instant started = Instant.now();
    PathArguments.checkInputs(inputs);
    PathArguments.checkOption("--out", out);
    PathArguments.checkOption("--diff", diff);
    PathArguments.checkOption("--report", report);
    PathArguments.checkOption("--alt-onnx-model", alt.onnxModel);
    PathArguments.checkOption("--alt-onnx-labels", alt.onnxLabels);
    alt.checkNumbers();
    if (out != null && inPlace) throw new UsageError("give either --out DIR or --in-place, not both");
    if (out == null && !inPlace) throw new UsageError("say where the repaired pages go: --out DIR, or --in-place to rewrite them");
    Confidence min = confidence();
    Level lvl = scope.level();
    var failThreshold = scope.failThreshold();
    Curbcut.Builder engine = pageTimeout.apply(Curbcut.builder().auditOptions(scope.auditOptions()).minConfidence(min)
        .imageTimeout(alt.timeout()).loading(limits.loaderOptions()));
    alt.describers().forEach(engine::addDescriber);
    Curbcut curbcut = engine.build();

    FixLayout layout = FixLayout.plan(inputs, curbcut.loader(), out, inPlace);
    if (diff != null) layout.checkExtraOutput("--diff", diff, inPlace);
    if (report != null) layout.checkExtraOutput("--report", report, inPlace);

    boolean progressWanted = !quiet && Terminal.stderrIsTty();
    Progress progress = new Progress(err, progressWanted && layout.jobs.size() >= BatchAudit.PROGRESS_FROM, !quiet);
    FixOutput output = new FixOutput(progress, out);
    FixRun run = new FixRun(curbcut, alt, out, diff != null, layout.jobs.size() <= BatchAudit.KEEP_RESULTS_UP_TO, progress, output,
        pageTimeout.label());
    progress.start(layout.jobs.size());
    List<PageRepair> repaired = new ArrayList<>();
    for (FixLayout.Job job : layout.jobs) {
      repaired.add(run.repair(job));
      progress.step(job.resolved().name());
    }
    if (out != null) output.copyAssets(layout);
    progress.finish();
    if (diff != null) output.write("--diff", diff, run.patch());

    RepairReport result = new RepairReport(Auditor.TOOL_NAME, Auditor.version(), lvl, started, min, repaired);
    Reports.write(result, format, !noColor && report == null && Terminal.colorAllowed(), listCantTell, report, spec);
    int remaining = AuditCommand.failuresAtThreshold(result.reaudit(), failThreshold);
    if (!quiet) err.println(StderrText.line("curbcut: " + FixSummary.of(result, run.stopped(), out, diff, report)));
    err.flush();
    if (output.errors() > 0) return Main.ERROR;
    return remaining > 0 ? Main.FINDINGS : Main.OK;
  }

  private Confidence confidence() {
    try {
      return Confidence.parse(minConfidence);
    } catch (IllegalArgumentException e) {
      throw new UsageError("invalid --min-confidence '" + minConfidence + "' (expected certain, likely or needs-review)");
    }
  }
}
