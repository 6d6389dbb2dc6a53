package org.curbcut.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.curbcut.audit.AuditReport;

/**
 * The report formats. Each writes an {@link AuditReport} to a {@link Writer} (or, as UTF-8, to an
 * {@link OutputStream}) and leaves it open.
 *
 * <pre>{@code
 * ReportFormat.parse("sarif").write(report, writer);
 * ReportFormat.TEXT.write(report, System.out, new ReportOptions(System.console() != null));
 * }</pre>
 */
public enum ReportFormat {
  /** For people: grouped by page, WCAG criterion and rule; ANSI colours only when asked for. */
  TEXT("text", "txt", "text/plain"),
  /** Curbcut's own JSON, with a stable, documented schema (docs/report-schema.md). */
  JSON("json", "json", "application/json"),
  /** SARIF 2.1.0 for code-scanning dashboards. */
  SARIF("sarif", "sarif", "application/sarif+json"),
  /** JUnit XML for CI servers: a test suite per page, a test case per rule. */
  JUNIT("junit", "xml", "application/xml"),
  /** EARL 1.0 in JSON-LD, as W3C ACT implementation reports read it. */
  EARL("earl", "jsonld", "application/ld+json"),
  /** One self-contained, accessible HTML page. */
  HTML("html", "html", "text/html");

  private final String id;
  private final String extension;
  private final String mediaType;

  ReportFormat(String id, String extension, String mediaType) {
    this.id = id;
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The name used on the command line: text, json, sarif, junit, earl, html. */
  public String id() {
    return id;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format's media type ({@code application/sarif+json}, ...). */
  public String mediaType() {
    return mediaType;
  }

  /** A format by its {@link #id()} (case-insensitive). */
  public static ReportFormat parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.id.equals(n)) return f;
    }
    throw new IllegalArgumentException("unknown report format '" + name + "' (one of: "
        + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")) + ")");
  }

  /** Writes the report with the default options and flushes; the writer stays open. */
  public void write(AuditReport report, Writer out) throws IOException {
    write(report, out, ReportOptions.defaults());
  }

  /** Writes the report and flushes; the writer stays open. */
  public void write(AuditReport report, Writer out, ReportOptions options) throws IOException {
    ReportModel model = ReportModel.of(report);
    switch (this) {
      case TEXT -> new TextReport(options).write(model, out);
      case JSON -> new JsonReport(options).write(model, out);
      case SARIF -> new SarifReport().write(model, out);
      case JUNIT -> new JunitReport().write(model, out);
      case EARL -> new EarlReport().write(model, out);
      case HTML -> new HtmlReport().write(model, out);
    }
    out.flush();
  }

  /** Writes the report as UTF-8 and flushes; the stream stays open. */
  public void write(AuditReport report, OutputStream out, ReportOptions options) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(report, w, options);
    w.flush();
  }

  /** The report as a string. */
  public String render(AuditReport report, ReportOptions options) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(report, w, options);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The report in this format with the default options, as a string. */
  public String render(AuditReport report) {
    return render(report, ReportOptions.defaults());
  }
}
