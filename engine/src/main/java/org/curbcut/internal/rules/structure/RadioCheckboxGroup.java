package org.curbcut.internal.rules.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/**
 * Real-site check (no ACT rule; WCAG technique H71, ARIA17), 1.3.1 Info and Relationships: the
 * question a set of choices answers is tied to the choices. Applicability: two or more radio
 * buttons, or two or more checkboxes, with the same {@code name} and form owner, shown to
 * assistive technology (one target per group: its first member). A single checkbox is
 * inapplicable.
 * Expectation: all members sit in one grouping element with a name: a {@code fieldset} (whose
 * name, its legend, {@code fieldset-legend} checks) or an element with role group or radiogroup
 * and a non-empty accessible name. Members in a table are cantTell (the table's headers may say
 * what they answer); so are groups whose grouping or name CSS may change.
 */
public final class RadioCheckboxGroup implements Rule {
  static final MessageKey<Diagnostic> UNGROUPED = MessageKey.of("ungrouped", t -> new Object[] {type(t)});
  static final MessageKey<Diagnostic> UNNAMED_GROUP = MessageKey.of("unnamed-group", t -> new Object[] {type(t)});
  static final MessageKey<Diagnostic> IN_TABLE = MessageKey.of("in-table", t -> new Object[] {type(t)});
  static final MessageKey<Diagnostic> UNKNOWN = MessageKey.of("unknown", t -> new Object[] {type(t)});
  private static final RuleMeta META = RuleMeta.of(RadioCheckboxGroup.class, "radio-checkbox-group",
      List.of(), List.of("1.3.1"), Level.A, Impact.MODERATE)
      .withMessages(UNGROUPED, UNNAMED_GROUP, IN_TABLE, UNKNOWN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Map<List<Object>, List<Element>> groups = new LinkedHashMap<>();
    Map<List<Object>, Boolean> maybeHidden = new LinkedHashMap<>();
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !e.is("input") || Markup.inTemplate(e)) continue;
      String type = e.token("type").orElse("");
      if (!type.equals("radio") && !type.equals("checkbox")) continue;
      String name = e.attrOr("name", "");
      Aria aria = ctx.aria(e.page());
      if (name.isEmpty() || aria.explicitRole(e).isPresent()) continue;
      Tri hidden = aria.isHiddenFromAT(e);
      if (hidden.isTrue()) continue;
      List<Object> key = List.of(e.page(), formOwner(e), type, name);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      if (hidden.isUnknown()) maybeHidden.put(key, true);
    }
    for (Map.Entry<List<Object>, List<Element>> g : groups.entrySet()) {
      List<Element> members = g.getValue();
      if (members.size() < 2) continue;
      Element first = members.get(0);
      Aria aria = ctx.aria(first.page());
      Optional<Element> group = commonGroup(aria, members);
      if (group.isPresent()) {
        if (group.get().is("fieldset") && aria.explicitRole(group.get()).isEmpty()) {
          out.passed(first);
          continue;
        }
        AccessibleName name = aria.name(group.get());
        if (!name.isEmpty()) out.passed(first);
        else if (name.known() != Tri.TRUE) out.cantTell(first, UNKNOWN);
        else out.failed(first, UNNAMED_GROUP);
      } else if (sharedReference(members)) {
        out.passed(first);
      } else if (first.closest("td", "th").isPresent()) {
        out.cantTell(first, IN_TABLE);
      } else if (maybeHidden.containsKey(g.getKey())) {
        out.cantTell(first, UNKNOWN);
      } else {
        out.failed(first, UNGROUPED);
      }
    }
  }

  /** The form the input belongs to: its form attribute's target or its form ancestor, else the page. */
  private static Object formOwner(Element e) {
    Optional<String> form = e.attr("form").filter(f -> !f.isBlank());
    if (form.isPresent()) return "#" + form.get();
    return e.closest("form").<Object>map(f -> f).orElse("page");
  }

  /** The nearest ancestor of every member that groups them: a fieldset, or role group or radiogroup. */
  private static Optional<Element> commonGroup(Aria aria, List<Element> members) {
    for (Element a : members.get(0).ancestors().toList()) {
      if (!isGroup(aria, a)) continue;
      boolean all = members.stream().allMatch(m -> m.ancestors().anyMatch(x -> x == a));
      if (all) return Optional.of(a);
    }
    return Optional.empty();
  }

  private static boolean isGroup(Aria aria, Element e) {
    return aria.role(e).map(r -> r.equals("group") || r.equals("radiogroup")).orElse(false);
  }

  /** Every member describes or is labelled by one same element (the question, by ARIA). */
  private static boolean sharedReference(List<Element> members) {
    for (String attr : List.of("aria-describedby", "aria-labelledby")) {
      List<String> common = null;
      for (Element m : members) {
        List<String> ids = org.curbcut.internal.standards.AsciiWhitespace.split(m.attrOr(attr, ""));
        if (common == null) common = new ArrayList<>(ids);
        else common.retainAll(ids);
      }
      if (common != null && !common.isEmpty()) return true;
    }
    return false;
  }

  private static String type(Element e) {
    return e.token("type").orElse("radio").equals("checkbox") ? "checkboxes" : "radio buttons";
  }
}
