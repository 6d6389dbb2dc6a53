package org.curbcut.fix.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.curbcut.report.ReportOptions;

/**
 * The repair report formats: the audit formats extended with the repair outcomes.
 *
 * <pre>{@code
 * RepairReportFormat.parse("json").write(report, writer, ReportOptions.defaults());
 * }</pre>
 */
public enum RepairReportFormat {
  /** For people: reads like a code review. */
  TEXT("text"),
  /** The audit JSON of the original pages plus repairs, summaries and the re-audit. */
  JSON("json"),
  /** SARIF 2.1.0 of the original audit with {@code fixes} for the repaired results. */
  SARIF("sarif"),
  /** JUnit XML of the re-audit, with repair counts and outcomes. */
  JUNIT("junit"),
  /** EARL (JSON-LD) of the re-audit, with repair outcomes in {@code earl:info}. */
  EARL("earl"),
  /** One self-contained, accessible HTML page. */
  HTML("html");

  private final String id;

  RepairReportFormat(String id) {
    this.id = id;
  }

  /** The format's name on the command line ({@code html}). */
  public String id() {
    return id;
  }

  /** The format with this name, ignoring case; IllegalArgumentException naming the formats when there is none. */
  public static RepairReportFormat parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (RepairReportFormat f : values()) {
      if (f.id.equals(n)) return f;
    }
    throw new IllegalArgumentException("unknown report format '" + name + "' (one of: "
        + Arrays.stream(values()).map(RepairReportFormat::id).collect(Collectors.joining(", ")) + ")");
  }

  /** Writes the report and flushes; the writer stays open. */
  public void write(RepairReport report, Writer out, ReportOptions options) throws IOException {
    switch (this) {
      case TEXT -> new RepairTextReport(options).write(report, out);
      case JSON -> new RepairJsonReport(options).write(report, out);
      case SARIF -> new RepairSarifReport().write(report, out);
      case JUNIT -> new RepairJunitReport().write(report, out);
      case EARL -> new RepairEarlReport().write(report, out);
      case HTML -> new RepairHtmlReport().write(report, out);
    }
    out.flush();
  }

  /** Writes the report as UTF-8 and flushes; the stream stays open. */
  public void write(RepairReport report, OutputStream out, ReportOptions options) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(report, w, options);
    w.flush();
  }

  /** The report in this format, as a string. */
  public String render(RepairReport report, ReportOptions options) {
    StringWriter w = new StringWriter();
    try {
      write(report, w, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The report in this format with the default options, as a string. */
  public String render(RepairReport report) {
    return render(report, ReportOptions.defaults());
  }
}
