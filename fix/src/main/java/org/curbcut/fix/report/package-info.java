/**
 * The repair report: what {@code curbcut fix} changed on each page, why, where each value came
 * from and how sure it is, what a person must review, and what only a person can repair; in the
 * audit report formats (text, JSON, SARIF, JUnit, EARL, HTML) extended with the repair outcomes.
 *
 * <pre>{@code
 * RepairReport report = new RepairReport(tool, version, level, started, Confidence.NEEDS_REVIEW, pages);
 * RepairReportFormat.parse("sarif").write(report, writer, ReportOptions.defaults());
 * }</pre>
 *
 * Like the audit reports, these never claim that a page conforms to WCAG.
 */
package org.curbcut.fix.report;
