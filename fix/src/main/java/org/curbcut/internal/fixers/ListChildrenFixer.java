package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.Repair;
import org.curbcut.fix.SourceEdits;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Text;

/**
 * list: a {@code ul} or {@code ol} that holds other elements beside its {@code li}s. When every
 * such child is a plain container ({@code <div>}, {@code <span>}: no role of its own), it is
 * marked as an item of the list ({@code role="listitem"}), so the list's items are counted and
 * read as the page shows them; nothing on screen changes. A heading, a control, a nested list or
 * bare text in the list is left to a person: a role would take away what it is.
 */
final class ListChildrenFixer implements Fixer {
  @Override
  public String rule() {
    return "list";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element list = failure.target();
    Aria aria = ctx.aria();
    List<Element> strays = new ArrayList<>();
    for (Node n : list.children()) {
      if (n instanceof Text t && !t.data().isBlank()) return FixerSupport.needsPerson(rule(), list, "list.needs-person");
      if (!(n instanceof Element c) || c.is("li") || c.is("script") || c.is("template")) continue;
      if (aria.explicitRole(c).map(r -> r.equals("listitem")).orElse(false) || aria.isHiddenFromAT(c).isTrue()) continue;
      boolean plain = aria.explicitRole(c).isEmpty() && aria.roleOrGeneric(c).map(r -> r.equals("generic")).orElse(false);
      if (!plain) return FixerSupport.needsPerson(rule(), list, "list.needs-person");
      // a wrapper of items: marking it an item would make one item of several
      if (c.childElements().anyMatch(x -> x.is("li"))) return FixerSupport.needsPerson(rule(), list, "list.wrapped-items");
      strays.add(c);
    }
    if (strays.isEmpty()) return FixerSupport.needsPerson(rule(), list, "list.needs-person");
    List<Edit> edits = new ArrayList<>();
    for (Element c : strays) {
      Optional<Edit> edit = SourceEdits.setAttribute(c, "role", "listitem");
      if (edit.isEmpty()) return FixerSupport.notInSource(rule(), c);
      edits.add(edit.get());
    }
    String change = FixContext.message("list.change", strays.size(), list.name());
    return new Repair(rule(), list, edits, change, "listitem", FixContext.message("list.provenance"), Confidence.LIKELY);
  }
}
