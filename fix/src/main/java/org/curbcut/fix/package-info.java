/**
 * Repairs: a {@link org.curbcut.fix.Fixer} per rule turns failed results into explicit
 * {@link org.curbcut.fix.Edit}s on the original text with provenance and
 * {@link org.curbcut.fix.Confidence}; {@link org.curbcut.fix.RepairEngine} applies them, audits
 * the result again and classifies every original failure; {@link org.curbcut.fix.UnifiedDiff}
 * writes the patch a developer applies to the site's own files. {@link org.curbcut.fix.RepairedPage}
 * is a page after repair as a server sends it on (its bytes in its own encoding, its outcomes, its
 * diff); {@link org.curbcut.fix.RepairRequest} says what differs per request (where the page's
 * images may be read from, {@link org.curbcut.fix.ImageAccess}), so one engine serves many sites.
 */
package org.curbcut.fix;
