/**
 * Curbcut as a library: {@link org.curbcut.Curbcut} parses and loads pages, audits them against
 * WCAG 2.1 (W3C ACT Rules) and repairs them, returning typed results
 * ({@link org.curbcut.audit.PageReport}, {@link org.curbcut.audit.Finding},
 * {@link org.curbcut.fix.RepairedPage}, {@link org.curbcut.fix.RepairOutcome}). Everything in an
 * {@code internal} package may change without notice.
 */
package org.curbcut;
