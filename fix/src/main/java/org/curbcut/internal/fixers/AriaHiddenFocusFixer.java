package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.Repair;
import org.curbcut.fix.SourceEdits;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * aria-hidden-focus: takes focusable content inside an {@code aria-hidden="true"} subtree out of
 * the tab order ({@code tabindex="-1"}), so keyboard users never land on something screen readers
 * cannot see. Not when the page's scripts may show the content (a closed dialog, an inactive
 * slide): a static tabindex would outlive the script opening it.
 */
final class AriaHiddenFocusFixer implements Fixer {
  @Override
  public String rule() {
    return "aria-hidden-focus";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element hidden = failure.target();
    if (ScriptRevealed.mayBe(hidden, ctx)) return FixerSupport.needsPerson(rule(), hidden, "hidden-focus.script-revealed");
    List<Edit> edits = new ArrayList<>();
    List<Element> focusable = Stream.concat(Stream.of(hidden), hidden.descendants())
        .filter(e -> ctx.aria().isInTabOrder(e).isTrue()).toList();
    if (focusable.isEmpty()) return FixerSupport.needsPerson(rule(), hidden, "hidden-focus.none-found");
    for (Element e : focusable) {
      Optional<Edit> edit = SourceEdits.setAttribute(e, "tabindex", "-1");
      if (edit.isEmpty()) return FixerSupport.notInSource(rule(), e);
      edits.add(edit.get());
    }
    return new Repair(rule(), hidden, edits, FixContext.message("change.hidden-focus", focusable.size()), "-1",
        FixContext.message("hidden-focus.provenance"), Confidence.LIKELY);
  }
}
