package org.curbcut.cli;

import java.io.IOException;
import java.io.OutputStream;
import org.curbcut.audit.AuditReport;

/** Writes an audit report in one format. */
@FunctionalInterface
interface ReportWriter {
  void write(AuditReport report, OutputStream out) throws IOException;
}
