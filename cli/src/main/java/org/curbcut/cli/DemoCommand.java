package org.curbcut.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.curbcut.Curbcut;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code curbcut demo}: copies the bundled demo site (jar resources under {@code demo-site/}) to
 * {@code DIR/site/}, audits it, prints a summary and writes the HTML report to
 * {@code DIR/report.html}. Exits 0 even though the demo site has findings (it is made to have
 * them); 2 when the site cannot be written or the report cannot be made.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Audit the bundled, deliberately inaccessible demo site and write an HTML report.",
    footer = {"", "Exit code: 0 (even with findings: it is a demo), 2 when the demo cannot be written."})
final class DemoCommand implements Callable<Integer> {
  static final String RESOURCE_DIR = "demo-site/";

  @Spec CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      completionCandidates = Format.Candidates.class, converter = AuditCommand.FormatConverter.class,
      description = "What to print on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, a summary).")
  Format format;

  @Option(names = {"-d", "--output-dir"}, paramLabel = "DIR", defaultValue = "curbcut-demo",
      description = "Where to put the site and report.html (default: ${DEFAULT-VALUE}).")
  Path outputDir;

  @Option(names = "--no-color", description = "No ANSI colours.")
  boolean noColor;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PathArguments.checkOption("--output-dir", outputDir);
    Path site = outputDir.resolve("site");
    int copied;
    try {
      copied = extract(site);
    } catch (IOException e) {
      throw new UsageError("cannot write the demo site to " + site + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    }
    if (copied == 0) throw new UsageError("this build carries no demo site (no demo-site/ resources in the jar)");

    Progress progress = new Progress(err, Terminal.stderrIsTty(), true);
    BatchAudit.Result result = BatchAudit.run(List.of(site.toString()), Curbcut.builder().build(), progress);

    Path html = outputDir.resolve("report.html");
    try {
      AtomicFile.write(html, o -> Reports.writer(Format.HTML, false, false).write(result.report(), o));
    } catch (IOException e) {
      throw new UsageError("cannot write " + html + ": " + Errors.oneLine(e));
    }

    boolean color = !noColor && Terminal.colorAllowed();
    ReportWriter stdout = format == Format.TEXT ? Reports.summary() : Reports.writer(format, color, false);
    AuditCommand.toStdout(spec, result.report(), stdout);

    PrintWriter where = format == Format.TEXT ? out : err;
    where.println();
    where.println(StderrText.line("The demo site is in " + site.toAbsolutePath().normalize() + " (" + copied + " files)."));
    where.println(StderrText.line("Report: " + html.toAbsolutePath().normalize().toUri()));
    where.flush();
    return Main.OK;
  }

  /** Copies the bundled site into {@code target}; returns how many files were written. */
  static int extract(Path target) throws IOException {
    Path location = codeLocation();
    Files.createDirectories(target);
    if (location != null && Files.isRegularFile(location)) return extractFromJar(location, target);
    Path dir = location == null ? null : location.resolve(RESOURCE_DIR);
    if (dir == null || !Files.isDirectory(dir)) return 0;
    int n = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      Path to = target.resolve(dir.relativize(f).toString()).normalize();
      if (!to.startsWith(target.normalize())) continue;
      AtomicFile.write(to, o -> Files.copy(f, o));
      n++;
    }
    return n;
  }

  private static int extractFromJar(Path jar, Path target) throws IOException {
    int n = 0;
    Path root = target.toAbsolutePath().normalize();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<ZipEntry> entries = new ArrayList<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry z = e.nextElement();
        if (z.getName().startsWith(RESOURCE_DIR) && !z.isDirectory()) entries.add(z);
      }
      for (ZipEntry z : entries) {
        Path to = root.resolve(z.getName().substring(RESOURCE_DIR.length())).normalize();
        if (!to.startsWith(root)) continue; // never write outside the target
        try (InputStream in = zip.getInputStream(z)) {
          AtomicFile.write(to, in::transferTo);
        }
        n++;
      }
    }
    return n;
  }

  private static Path codeLocation() {
    try {
      var src = DemoCommand.class.getProtectionDomain().getCodeSource();
      return src == null ? null : Paths.get(src.getLocation().toURI());
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }
}
