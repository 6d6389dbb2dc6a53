package org.curbcut.internal.rules.structure;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Text;

/**
 * Real-site check (no ACT rule; axe-core "region"): all perceivable content of a page is inside a
 * landmark, so landmark navigation reaches everything. In-page links (skip links) are exempt.
 * Each outermost element holding content outside every landmark fails (once).
 */
public final class Region implements Rule {
  static final MessageKey<Diagnostic> OUTSIDE = MessageKey.of("outside");
  static final MessageKey<Diagnostic> NO_LANDMARKS = MessageKey.of("no-landmarks");
  private static final RuleMeta META = RuleMeta.of(Region.class, "region",
      List.of(), List.of(), Level.BEST_PRACTICE, Impact.MODERATE)
      .withMessages(OUTSIDE, NO_LANDMARKS);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page()) || ctx.page().body().isEmpty()) return;
    Aria aria = ctx.aria();
    Element body = ctx.page().body().get();
    boolean anyLandmark = body.descendants().anyMatch(e -> !Markup.inTemplate(e) && Landmarks.landmark(aria, e).isPresent());
    Set<Element> loose = new LinkedHashSet<>();
    // whether an element's subtree holds a landmark, per element: each loose text climbs through
    // the same ancestors, and searching their subtrees again each time is quadratic on big pages
    Map<Element, Boolean> holdsLandmark = new IdentityHashMap<>();
    for (Text t : Markup.pageTexts(ctx, body)) {
      Element p = t.parent();
      if (p == null || Landmarks.enclosing(aria, t.parent()).isPresent() || Landmarks.landmark(aria, p).isPresent()) continue;
      if (!Markup.perceivable(aria, p).isTrue() || isSkipLink(p)) continue;
      loose.add(outermostWithoutLandmark(aria, p, body, holdsLandmark));
    }
    if (loose.isEmpty()) return;
    if (!anyLandmark) {
      out.failed(body, NO_LANDMARKS);
      return;
    }
    for (Element e : loose) out.failed(e, OUTSIDE);
  }

  private static boolean isSkipLink(Element e) {
    return e.closest("a").map(a -> a.attrOr("href", "").strip().startsWith("#")).orElse(false);
  }

  /** Climbs while the parent holds no landmark, stopping below body. */
  private static Element outermostWithoutLandmark(Aria aria, Element e, Element body, Map<Element, Boolean> memo) {
    Element cur = e;
    while (cur.parent() != null && cur.parent() != body && !containsLandmark(aria, cur.parent(), memo)) cur = cur.parent();
    return cur;
  }

  private static boolean containsLandmark(Aria aria, Element e, Map<Element, Boolean> memo) {
    Boolean known = memo.get(e);
    if (known != null) return known;
    boolean holds = Landmarks.landmark(aria, e).isPresent();
    for (Node n : e.children()) {
      if (holds) break;
      if (n instanceof Element c && containsLandmark(aria, c, memo)) holds = true;
    }
    memo.put(e, holds);
    return holds;
  }
}
