package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.Aria;
import org.curbcut.rules.IdReferences;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Text;

/**
 * Real-site check (no ACT rule; axe-core "skip-link"), 2.4.1 Bypass Blocks: the in-page target of
 * a skip link exists. A skip link is an in-page link ({@code href="#id"}) whose text speaks of
 * skipping or of the main content, or which comes before any other content of the page. Failed
 * when no element has that id (or {@code a name}); cantTell when the page's body is mostly left
 * to scripts, which may render the target later.
 */
public final class SkipLinkTarget implements Rule {
  static final MessageKey<IdReferences> MISSING = MessageKey.of("missing", IdReferences.class,
      d -> new Object[] {d.references().get(0).value()});
  static final MessageKey<IdReferences> MISSING_SCRIPT = MessageKey.of("missing-script", IdReferences.class,
      d -> new Object[] {d.references().get(0).value()});
  private static final RuleMeta META = RuleMeta.of(SkipLinkTarget.class, "skip-link-target",
      List.of(), List.of("2.4.1"), Level.A, Impact.MODERATE)
      .withMessages(MISSING, MISSING_SCRIPT);
  private static final Pattern SKIP_WORDS = Pattern.compile("skip|jump|main content|go to content|to content");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Page page = ctx.page();
    if (!Markup.isHtmlPage(page)) return;
    Aria aria = ctx.aria();
    BypassModel model = BypassModel.of(ctx);
    int firstOther = Integer.MAX_VALUE;
    for (var n : model.content) {
      Element owner = n instanceof Element e ? e : n.parent();
      if (owner != null && owner.closest("a").isEmpty()) {
        firstOther = model.pos(n);
        break;
      }
    }
    boolean scriptRendered = Markup.hasScripting(ctx, page) && visibleTextLength(ctx, page) < 200;
    for (Element a : page.elements()) {
      if (!a.is("a") || Markup.inTemplate(a)) continue;
      String href = a.attrOr("href", "").strip();
      if (!href.startsWith("#") || href.length() < 2 || href.startsWith("#/") || href.startsWith("#!")) continue;
      String text = (a.textContent() + " " + a.attrOr("aria-label", "") + " " + a.attrOr("title", "")).toLowerCase(Locale.ROOT);
      boolean skip = SKIP_WORDS.matcher(text).find() || (model.pos(a) >= 0 && model.pos(a) < firstOther);
      if (!skip) continue;
      String fragment = href.substring(1);
      if (fragment.equalsIgnoreCase("top")) continue;
      if (model.target(fragment).isPresent()) out.passed(a);
      else if (scriptRendered) out.cantTell(a, MISSING_SCRIPT, IdReferences.of(IdReferences.Problem.MISSING, "href", fragment));
      else out.failed(a, MISSING, IdReferences.of(IdReferences.Problem.MISSING, "href", fragment));
    }
  }

  private static int visibleTextLength(RuleContext ctx, Page page) {
    if (page.body().isEmpty()) return 0;
    int n = 0;
    for (Text t : Markup.pageTexts(ctx, page.body().get())) n += t.data().strip().length();
    return n;
  }
}
