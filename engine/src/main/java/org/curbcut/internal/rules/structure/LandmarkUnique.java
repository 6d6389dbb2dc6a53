package org.curbcut.internal.rules.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.Impact;
import org.curbcut.rules.LandmarkName;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * Real-site check (no ACT rule; axe-core "landmark-unique"): landmarks of the same role have
 * different accessible names, so a screen-reader user can tell two navigation regions apart.
 * Applicability: landmarks in the accessibility tree that share their role with another. Failed
 * when two have the same name (or both none); cantTell when a name cannot be computed statically.
 */
public final class LandmarkUnique implements Rule {
  static final MessageKey<LandmarkName> SAME_NAME = MessageKey.of("same-name", LandmarkName.class,
      d -> new Object[] {d.role(), d.name()});
  static final MessageKey<LandmarkName> SAME_UNNAMED = MessageKey.of("same-unnamed", LandmarkName.class,
      d -> new Object[] {d.role(), d.name()});
  static final MessageKey<LandmarkName> NAME_UNKNOWN = MessageKey.of("name-unknown", LandmarkName.class,
      d -> new Object[] {d.role()});
  private static final RuleMeta META = RuleMeta.of(LandmarkUnique.class, "landmark-unique",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.MODERATE)
      .withMessages(SAME_NAME, SAME_UNNAMED, NAME_UNKNOWN);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    Aria aria = ctx.aria();
    Map<String, List<Element>> byRole = new LinkedHashMap<>();
    for (Element e : ctx.page().elements()) {
      if (Markup.inTemplate(e)) continue;
      Optional<String> role = Landmarks.landmark(aria, e);
      if (role.isEmpty() || !aria.isHiddenFromAT(e).isFalse()) continue;
      byRole.computeIfAbsent(role.get(), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<Element>> group : byRole.entrySet()) {
      List<Element> list = group.getValue();
      if (list.size() < 2) continue;
      Map<String, Element> seen = new LinkedHashMap<>();
      for (Element e : list) {
        AccessibleName name = aria.name(e);
        String key = name.value().strip().toLowerCase(Locale.ROOT);
        if (seen.containsKey(key)) {
          if (name.known().isTrue() && aria.name(seen.get(key)).known().isTrue()) {
            out.failed(e, key.isEmpty() ? SAME_UNNAMED : SAME_NAME, new LandmarkName(group.getKey(), name.value().strip()));
          } else {
            out.cantTell(e, NAME_UNKNOWN, new LandmarkName(group.getKey(), null));
          }
        } else {
          seen.put(key, e);
          out.passed(e);
        }
      }
    }
  }
}
