package org.curbcut.fix.report;

import java.util.List;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.RepairStatus;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;

/**
 * How one failed finding of the original audit ended, in the terms the reports use.
 *
 * @param rule the rule id
 * @param description the rule's description
 * @param wcag the rule's WCAG success criteria
 * @param level the rule's WCAG level
 * @param impact the rule's impact
 * @param help how to fix a failure of the rule, in words
 * @param selector a CSS selector of the element in the original page
 * @param line 1-based line of the element's start tag in the original, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what the original audit found wrong, in words
 * @param status fixed (verified by the re-audit), fixed but needs review, or not repairable
 * @param change what the repair changed, in words; empty when not repaired
 * @param value the value chosen (alt text, label, language); empty when none
 * @param provenance where the value came from; empty when not repaired
 * @param confidence how sure the repair is; null when not repaired
 * @param reason for a finding not repaired: why, and what a person should do; for one resolved by
 *     another element's repair: which repair; else empty
 * @param before the original source around the change (or the element's start tag when not repaired)
 * @param after the same source after the repair; empty when not repaired
 * @param edits the edits of the repair on the original text
 */
public record RepairItem(String rule, String description, List<String> wcag, Level level, Impact impact, String help,
                         String selector, int line, int column, String message, RepairStatus status, String change, String value,
                         String provenance, Confidence confidence, String reason, String before, String after,
                         List<EditSpan> edits) {
  public RepairItem {
    wcag = List.copyOf(wcag);
    edits = List.copyOf(edits);
  }

  /** True when the failure was repaired (verified or needing review). */
  public boolean repaired() {
    return status != RepairStatus.NOT_REPAIRABLE;
  }

  /** The repair's confidence, when there is a repair. */
  public Optional<Confidence> confidenceIfRepaired() {
    return Optional.ofNullable(confidence);
  }
}
