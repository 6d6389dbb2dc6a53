package org.curbcut.internal.fixers;

import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Text;

/**
 * listitem: an {@code li} announced outside any list. Nothing on screen changes, only what is
 * announced. A plain container (a {@code div}, a {@code span}) that holds nothing but list items
 * becomes the list ({@code role="list"}); an item whose parent has another role (a
 * {@code <ul role="toolbar">} or {@code role="navigation"}) or other content stops being a list
 * item ({@code role="none"}, as the APG does for the items of a menu or toolbar). An item that is
 * focusable or carries ARIA attributes keeps its role, since browsers ignore {@code none} there.
 */
final class ListItemFixer implements Fixer {
  @Override
  public String rule() {
    return "listitem";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element li = failure.target();
    Element parent = li.parent();
    Aria aria = ctx.aria();
    if (!li.is("li") || parent == null) return FixerSupport.needsPerson(rule(), li, "listitem.needs-person");
    if (insideList(parent, aria)) {
      // <ul><div><li>: browsers count the items through the wrapper; a role on it would nest lists
      return FixerSupport.needsPerson(rule(), li, "listitem.wrapped-in-list", parent.name());
    }
    if (aria.explicitRole(parent).isEmpty() && aria.role(parent).isEmpty() && parent.isHtml() && holdsOnlyItems(parent)) {
      return FixerSupport.setAttribute(rule(), parent, "role", "list",
          FixContext.message("listitem.container-is-list", parent.name()), Confidence.LIKELY);
    }
    if (aria.presentationConflict(li)) return FixerSupport.needsPerson(rule(), li, "listitem.needs-person");
    Optional<String> role = aria.explicitRole(parent);
    String provenance = role.isPresent() ? FixContext.message("listitem.parent-role", parent.name(), role.get())
        : FixContext.message("listitem.not-in-list", parent.name());
    return FixerSupport.setAttribute(rule(), li, "role", "none", provenance, Confidence.LIKELY);
  }

  /** True when the wrapper sits directly in a list element (a ul, ol or menu exposed as a list). */
  private static boolean insideList(Element wrapper, Aria aria) {
    Element up = wrapper.parent();
    if (up == null || !up.isHtml() || !HtmlStandards.get().isListElement(up.name())) return false;
    return aria.explicitRole(up).map(r -> r.equals("list")).orElse(true);
  }

  /** True when every child element is an {@code li} (or inert script/template) and no text sits beside them. */
  private static boolean holdsOnlyItems(Element parent) {
    boolean anyItem = false;
    for (Node n : parent.children()) {
      if (n instanceof Text t) {
        if (!t.data().isBlank()) return false;
      } else if (n instanceof Element c) {
        if (c.is("li")) anyItem = true;
        else if (!c.is("script") && !c.is("template")) return false;
      }
    }
    return anyItem;
  }
}
