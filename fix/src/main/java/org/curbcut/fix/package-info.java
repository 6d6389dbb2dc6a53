/**
 * Repairs: a {@link org.curbcut.fix.Fixer} per rule turns failed results into explicit
 * {@link org.curbcut.fix.Edit}s on the original text with provenance and
 * {@link org.curbcut.fix.Confidence}; {@link org.curbcut.fix.RepairEngine} applies them, audits
 * the result again and classifies every original failure; {@link org.curbcut.fix.UnifiedDiff}
 * writes the patch a developer applies to the site's own files.
 */
package org.curbcut.fix;
