package org.curbcut.internal.rules.text;

import java.util.List;
import java.util.Locale;
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
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Tri;

/**
 * Advisory (no ACT rule; technique G201), 3.2.5 Change on Request (AAA): a link that opens a new
 * window or tab says so. Applicability: a link with an href and a non-empty name, included in the
 * accessibility tree, whose target ({@code target}, else the page's {@code <base target>}) is
 * {@code _blank} or a name no frame of the page has. Expectation: its name or description warns
 * ("opens in a new window", "new tab", an icon whose alt says so; data file
 * {@code new-window-warnings.txt}). Being AAA, it runs only in audits that ask for AAA, so it never
 * counts as an A/AA failure. A name CSS may change is cantTell.
 */
public final class LinkNewWindow implements Rule {
  static final MessageKey<Diagnostic> NO_WARNING = MessageKey.of("no-warning", t -> new Object[] {TextChecks.describe(t)});
  static final MessageKey<Diagnostic> UNKNOWN = MessageKey.of("unknown", t -> new Object[] {TextChecks.describe(t)});
  private static final RuleMeta META = RuleMeta.of(LinkNewWindow.class, "link-new-window",
      List.of(), List.of("3.2.5"), Level.AAA, Impact.MINOR)
      .withMessages(NO_WARNING, UNKNOWN);
  /** The page's {@code <base target>}, "" when none: read once per page, not per link. */
  private static final RuleContext.Key<String> BASE_TARGET = RuleContext.Key.of("base-target");
  private static final List<String> WARNINGS = TextData.lines("new-window-warnings.txt");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !e.is("a", "area") || !e.has("href") || e.inTemplate()) continue;
      String base = ctx.memo(BASE_TARGET, e.page(), () -> baseTarget(e.page()).orElse(""));
      if (!RoleFacts.isA(TextChecks.role(ctx, e), "link") || !opensNewWindow(e, base)) continue;
      Tri hidden = TextChecks.hidden(ctx, e);
      Aria aria = ctx.aria();
      AccessibleName name = aria.name(e);
      if (hidden.isTrue() || name.isEmpty()) continue;
      String said = (name.value() + " " + aria.description(e).value()).toLowerCase(Locale.ROOT);
      if (WARNINGS.stream().anyMatch(said::contains)) out.passed(e);
      else if (name.known() != Tri.TRUE) out.cantTell(e, UNKNOWN);
      else out.failed(e, NO_WARNING);
    }
  }

  /** The link's browsing context is a new one: _blank, or a name that no frame of the page has. */
  static boolean opensNewWindow(Element link, String baseTarget) {
    String target = link.attr("target").orElse(baseTarget).trim().toLowerCase(Locale.ROOT);
    if (target.isEmpty() || target.equals("_self") || target.equals("_parent") || target.equals("_top")) return false;
    if (target.equals("_blank")) return true;
    Page page = link.page();
    return page == null || page.elements().stream()
        .noneMatch(f -> f.is("iframe", "frame", "object") && f.attrOr("name", "").trim().equalsIgnoreCase(target));
  }

  private static Optional<String> baseTarget(Page page) {
    if (page == null) return Optional.empty();
    return page.elements().stream().filter(b -> b.is("base") && b.has("target")).findFirst().flatMap(b -> b.attr("target"));
  }
}
