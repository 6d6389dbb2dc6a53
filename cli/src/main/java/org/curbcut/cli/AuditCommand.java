package org.curbcut.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.curbcut.Curbcut;
import org.curbcut.audit.AuditReport;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;
import org.curbcut.input.PageLoader;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code curbcut audit <file|dir|url>...}: audits every page and writes one report.
 *
 * <p>Exit code: 2 when any input could not be read, or any page's audit stopped at
 * {@code --page-timeout} (after auditing and reporting all the others), or the options are wrong;
 * else 1 when a failed finding has an impact at or above {@code --fail-on}; else 0. cantTell
 * findings ("to review") never fail the run. A stopped page is never a pass: its report is
 * incomplete, so the run cannot exit 0.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Audit HTML files, folders (every .html/.htm below them) and http(s) URLs.",
    footer = {"", "Exit codes: 0 no failed finding at or above --fail-on; 1 there is one;",
        "2 usage error, an input could not be read, or a page's audit stopped at",
        "--page-timeout (its report is marked incomplete); the other inputs are still",
        "audited and reported. cantTell findings (to review by a person) never change",
        "the exit code."})
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin RuleScope scope;

  @Mixin InputLimits limits;

  @Mixin PageTimeout pageTimeout;

  @Parameters(paramLabel = "<file|dir|url>", arity = "1..*", description = "Pages to audit.")
  List<String> inputs = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = Format.Candidates.class, converter = FormatConverter.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (default: stdout).")
  Path output;

  @Option(names = "--list-cant-tell",
      description = "In the JSON report, list every finding that needs a person (cantTell), not only their count per rule.")
  boolean listCantTell;

  @Option(names = "--no-color", description = "No ANSI colours in the text report (also: NO_COLOR=1).")
  boolean noColor;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on stderr; errors are still shown.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    PathArguments.checkInputs(inputs);
    PathArguments.checkOption("--output", output);
    Curbcut curbcut = pageTimeout.apply(Curbcut.builder().auditOptions(scope.auditOptions()).loading(limits.loaderOptions()))
        .build();
    ReportWriter writer = Reports.writer(format, color(), listCantTell);

    List<PageLoader.Resolved> resolved = curbcut.loader().resolve(inputs);
    if (output != null) checkOutput(resolved);

    boolean progressWanted = !quiet && Terminal.stderrIsTty();
    Progress progress = new Progress(err, progressWanted && inputsMayBeMany(), !quiet);
    BatchAudit.Result result = BatchAudit.runResolved(resolved, curbcut, progress, pageTimeout.label());

    write(result.report(), writer);
    int failures = failuresAtThreshold(result.report(), scope.failThreshold());
    if (!quiet && output != null) {
      err.println(StderrText.line("curbcut: " + summary(result.report()) + "; report written to " + output));
    }
    err.flush();
    if (result.unreadable() > 0 || result.stopped() > 0) return Main.ERROR;
    return failures > 0 ? Main.FINDINGS : Main.OK;
  }

  /** Refuses an --output that is an input page (by any of its names), a symbolic link or a folder, before anything is read. */
  private void checkOutput(List<PageLoader.Resolved> resolved) {
    InputFiles.of(resolved).find(output).ifPresent(name -> {
      throw Messages.usage("output.is-input", "--output", output, name);
    });
    if (Files.isSymbolicLink(output)) throw Messages.usage("output.is-link", "--output " + output);
    if (Files.isDirectory(output)) throw Messages.usage("output.is-folder", "--output " + output);
  }

  private boolean inputsMayBeMany() {
    return inputs.size() >= BatchAudit.PROGRESS_FROM || inputs.stream().anyMatch(i -> Files.isDirectory(Path.of(i)));
  }

  private boolean color() {
    return !noColor && output == null && Terminal.colorAllowed();
  }

  private void write(AuditReport report, ReportWriter writer) throws IOException {
    if (output == null) {
      toStdout(spec, report, writer);
      return;
    }
    try {
      AtomicFile.write(output, out -> writer.write(report, out));
    } catch (IOException e) {
      throw new UsageError("cannot write " + output + ": " + Errors.oneLine(e));
    }
  }

  /** Writes a report to the command's stdout (a PrintWriter, so tests can capture it). */
  static void toStdout(CommandSpec spec, AuditReport report, ReportWriter writer) throws IOException {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    writer.write(report, buf);
    var out = spec.commandLine().getOut();
    out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
    out.flush();
  }

  static int failuresAtThreshold(AuditReport report, Impact threshold) {
    int n = 0;
    for (PageReport p : report.pages()) {
      for (Finding f : p.findings()) {
        if (f.outcome() == Outcome.FAILED && f.impact().compareTo(threshold) >= 0) n++;
      }
    }
    return n;
  }

  static String summary(AuditReport report) {
    long failed = 0;
    long review = 0;
    int unreadable = 0;
    int stopped = 0;
    for (PageReport p : report.pages()) {
      if (p.error() != null) unreadable++;
      if (p.stopped()) stopped++;
      failed += p.count(Outcome.FAILED);
      review += p.count(Outcome.CANT_TELL);
    }
    int audited = report.pages().size() - unreadable;
    return audited + (audited == 1 ? " page" : " pages") + " audited, " + failed + " failed, " + review
        + " to review" + (unreadable > 0 ? ", " + unreadable + " not readable" : "")
        + (stopped > 0 ? ", " + stopped + (stopped == 1 ? " page" : " pages") + " stopped at the time limit (incomplete)" : "");
  }

  /** Accepts format names in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format '" + value + "' (expected text, json, sarif, junit, earl or html)");
      }
    }
  }
}
