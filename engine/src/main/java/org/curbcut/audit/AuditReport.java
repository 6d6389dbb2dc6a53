package org.curbcut.audit;

import java.time.Instant;
import java.util.List;
import org.curbcut.rules.Level;

/**
 * The audit of a set of pages.
 *
 * @param toolName "curbcut"
 * @param toolVersion the version that produced it
 * @param level the WCAG level audited
 * @param started when the audit started
 * @param pages one report per page, in the order given
 */
public record AuditReport(String toolName, String toolVersion, Level level, Instant started, List<PageReport> pages) {}
