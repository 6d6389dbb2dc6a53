package org.curbcut.internal.rules.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.SameName;
import org.curbcut.snapshot.Element;

/**
 * ACT 4b1c6c "Iframe elements with identical accessible names have equivalent purpose".
 * Applicability: every set of two or more HTML {@code iframe} elements of the same web page
 * (srcdoc frames included) that are included in the accessibility tree and have the same
 * non-empty accessible name (compared ignoring case and white space).
 * Expectation: the iframes of a set embed equivalent resources. Markup decides only when they
 * embed the same resource (same resolved {@code src}, or the same {@code srcdoc}): passed.
 * Otherwise whether the different documents serve the same purpose needs a person: cantTell.
 */
public final class FrameTitleUnique implements Rule {
  static final MessageKey<SameName> NEEDS_PERSON = MessageKey.of("needs-person", SameName.class,
      d -> new Object[] {d.name(), d.count()});
  private static final RuleMeta META = RuleMeta.of(FrameTitleUnique.class, "frame-title-unique",
      List.of("4b1c6c"), List.of("4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(NEEDS_PERSON);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Map<String, List<Element>> byName = new LinkedHashMap<>();
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !e.is("iframe")) continue;
      // frames that may be hidden are left out: only frames known to be exposed form a set
      if (!TextChecks.hidden(ctx, e).isFalse()) continue;
      AccessibleName name = ctx.aria().name(e);
      if (name.isEmpty()) continue;
      String key = TextChecks.nameKey(name.value());
      byName.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    for (List<Element> set : byName.values()) {
      if (set.size() < 2) continue;
      List<String> resources = set.stream().map(FrameTitleUnique::resource).toList();
      boolean same = resources.stream().allMatch(r -> r != null && r.equals(resources.get(0)));
      String name = TextChecks.normalize(ctx.aria().name(set.get(0)).value());
      for (Element e : set) {
        if (same) out.passed(e);
        else out.cantTell(e, NEEDS_PERSON, new SameName(name, set.size()));
      }
    }
  }

  /** What the frame embeds: its srcdoc text, else its resolved src URL; null when nothing. */
  static String resource(Element e) {
    Optional<String> srcdoc = e.attr("srcdoc");
    if (srcdoc.isPresent()) return "srcdoc:" + srcdoc.get();
    String src = TextChecks.resolvedUrl(e, "src");
    return src == null ? null : "src:" + src;
  }
}
