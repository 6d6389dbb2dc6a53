package org.curbcut.internal.rules.structure;

import java.util.List;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT b5c3f8 "HTML page has lang attribute".
 * Applicability: the document element, when it is an HTML {@code html} element of a top-level page
 * (not of a srcdoc iframe). Expectation 1: it has a {@code lang} attribute whose value is not only
 * white space.
 */
public final class HtmlHasLang implements Rule {
  static final MessageKey<Diagnostic> MISSING = MessageKey.of("missing");
  private static final RuleMeta META = RuleMeta.of(HtmlHasLang.class, "html-has-lang",
      List.of("b5c3f8"), List.of("3.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(MISSING);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Element root = ctx.page().root();
    if (!ctx.page().isHtmlDocument() || !root.is("html")) return;
    boolean hasLang = root.attr("lang").map(v -> !v.isBlank()).orElse(false);
    if (hasLang) out.passed(root);
    else out.failed(root, MISSING);
  }
}
