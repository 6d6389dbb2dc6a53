package org.curbcut.internal.rules.aria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.aria.AccessibilityTree;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RequiredOwned;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;
import org.curbcut.internal.standards.RoleSpec;

/**
 * ACT bc4a75 "ARIA required owned elements".
 * Applicability: every HTML or SVG element included in the accessibility tree whose explicit
 * semantic role (a {@code role} attribute) has required owned elements, unless
 * {@code aria-busy="true"}. Native lists and tables with their implicit role are left to
 * {@code list} and the table rules, as axe-core does: an empty {@code ul} or a {@code ul} a
 * script fills is not an ARIA authoring error. Expectations: it owns at
 * least one element (owning nothing at all gives cantTell: a script may fill it; owning only empty
 * generic elements fails), and every element it owns in the accessibility tree has a role among its
 * required owned elements; an entry {@code group > x} admits a group owning only x (or nested such
 * groups). An owned element whose own required context is the target's role (caption in a
 * table) is accepted. Owned text with no element around it fails.
 */
public final class AriaRequiredChildren implements Rule {
  static final MessageKey<RequiredOwned> EMPTY = MessageKey.of("empty", RequiredOwned.class,
      d -> new Object[] {d.role(), String.join(", ", d.required())});
  static final MessageKey<RequiredOwned> ONLY_GENERIC = MessageKey.of("onlyGeneric", RequiredOwned.class,
      d -> new Object[] {d.role(), String.join(", ", d.required())});
  static final MessageKey<RequiredOwned> WRONG_OWNED = MessageKey.of("wrongOwned", RequiredOwned.class,
      d -> new Object[] {d.role(), String.join(", ", d.required()), String.join(", ", d.notAllowed())});
  private static final RuleMeta META = RuleMeta.of(AriaRequiredChildren.class, "aria-required-children",
      List.of("bc4a75"), List.of("1.3.1"), Level.A, Impact.CRITICAL)
      .withMessages(EMPTY, ONLY_GENERIC, WRONG_OWNED);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e)) continue;
      Aria aria = ctx.aria(e.page());
      if (aria.explicitRole(e).isEmpty()) continue;
      Optional<RoleSpec> spec = aria.roleSpec(e);
      if (spec.isEmpty() || spec.get().requiredOwnedElements().isEmpty()) continue;
      if (e.token("aria-busy").orElse("").equals("true")) continue;
      Tri hidden = aria.isHiddenFromAT(e);
      if (hidden.isTrue()) continue;
      String role = spec.get().name();
      List<String> required = spec.get().requiredOwnedElements();
      List<AccessibilityTree.Child> owned = aria.tree().children(e);
      List<String> wrong = new ArrayList<>();
      if (owned.isEmpty()) {
        // owning only empty generic elements fails; owning nothing at all may be a container a
        // script fills later (axe-core asks for review there too)
        if (hasShownElementChild(aria, e)) report(out, e, hidden, ONLY_GENERIC, new RequiredOwned(role, required, List.of()));
        else out.cantTell(e, EMPTY, new RequiredOwned(role, required, List.of()));
        continue;
      }
      for (AccessibilityTree.Child c : owned) {
        if (c.isText()) {
          wrong.add("text");
          continue;
        }
        Optional<String> r = aria.role(c.element());
        if (!allowed(aria, spec.get(), c.element(), r)) wrong.add(r.orElse("generic"));
      }
      if (wrong.isEmpty()) out.passed(e);
      else report(out, e, hidden, WRONG_OWNED, new RequiredOwned(role, required, List.copyOf(new LinkedHashSet<>(wrong))));
    }
  }

  private static boolean hasShownElementChild(Aria aria, Element e) {
    for (var n : AccessibilityTree.flatChildren(e)) {
      if (n instanceof Element c && !aria.isHiddenFromAT(c).isTrue()
          && aria.tree().ariaOwner(c).map(o -> o == e).orElse(true)) {
        return true;
      }
    }
    return false;
  }

  private static void report(Outcomes out, Element e, Tri hidden, MessageKey<RequiredOwned> key, RequiredOwned found) {
    if (hidden.isUnknown()) out.cantTell(e, key, found);
    else out.failed(e, key, found);
  }

  private static boolean allowed(Aria aria, RoleSpec owner, Element child, Optional<String> role) {
    if (role.isEmpty()) return false;
    String r = role.get();
    Set<String> plain = new LinkedHashSet<>();
    Set<String> grouped = new LinkedHashSet<>();
    for (String entry : owner.requiredOwnedElements()) {
      String[] parts = entry.split(">");
      if (parts.length == 1) plain.add(entry.trim());
      else if (parts[0].trim().equals(r)) grouped.add(parts[1].trim());
    }
    if (plain.contains(r)) return true;
    if (!grouped.isEmpty()) return validGroup(aria, child, r, grouped);
    return aria.standards().role(r).map(s -> s.requiredContextRoles().contains(owner.name())).orElse(false);
  }

  /** A group (or rowgroup) that owns only the given roles, or nested groups of the same kind. */
  private static boolean validGroup(Aria aria, Element group, String groupRole, Set<String> members) {
    List<AccessibilityTree.Child> kids = aria.tree().children(group);
    if (kids.isEmpty()) return false;
    for (AccessibilityTree.Child k : kids) {
      if (k.isText()) return false;
      Optional<String> r = aria.role(k.element());
      if (r.isEmpty()) return false;
      if (members.contains(r.get())) continue;
      if (r.get().equals(groupRole) && validGroup(aria, k.element(), groupRole, members)) continue;
      return false;
    }
    return true;
  }
}
