package org.curbcut.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.curbcut.audit.Finding;
import org.curbcut.audit.PageReport;

/**
 * Fields a report that extends a JSON-based audit report adds while the tree is built, from its
 * own objects: the repair reports add each page's repairs, each finding's repair status and each
 * assertion's repair notes. Called with the audit objects each node is made from, so an extension
 * never has to read the tree back. Every method does nothing by default.
 */
public interface JsonExtension {
  /** No additions: the report as {@link ReportFormat} writes it. */
  JsonExtension NONE = new JsonExtension() {};

  /** JSON: the object of one page ({@code pages[]}), complete but for what this adds. */
  default void page(PageReport page, ObjectNode node) {}

  /** JSON: one object of {@code pages[].findings[]}; SARIF: one of {@code runs[0].results[]}. */
  default void finding(PageReport page, Finding finding, ObjectNode node) {}

  /** EARL: one {@code earl:Assertion} about a rule on a page (one per ACT id of the rule). */
  default void assertion(PageReport page, String rule, ObjectNode node) {}
}
