package org.curbcut.internal.fixers;

import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * label-in-name: puts the visible label at the start of an {@code aria-label} that left it out, so
 * speech users can say what they see; the author's wording is kept after it.
 */
final class LabelInNameFixer implements Fixer {
  @Override
  public String rule() {
    return "label-in-name";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element e = failure.target();
    String visible = FixerSupport.squash(e.textContent());
    String label = FixerSupport.squash(e.attrOr("aria-label", ""));
    if (!e.has("aria-label") || e.has("aria-labelledby") || visible.isEmpty() || visible.length() > 80) {
      return FixerSupport.needsPerson(rule(), e, "label-in-name.needs-person");
    }
    String name = label.isEmpty() ? visible : visible + " (" + label + ")";
    return FixerSupport.setAttribute(rule(), e, "aria-label", name, FixContext.message("label-in-name.provenance", visible),
        Confidence.LIKELY);
  }
}
