package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
import org.curbcut.rules.AttributeValue;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT bf051a "HTML page lang attribute has valid language tag".
 * Applicability: the {@code html} document element of an HTML page with a non-empty {@code lang}
 * attribute. Expectation: the value has a known primary language tag (its primary language subtag
 * is in the IANA Language Subtag Registry).
 */
public final class HtmlLangValid implements Rule {
  static final MessageKey<AttributeValue> INVALID = MessageKey.of("invalid", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(HtmlLangValid.class, "html-lang-valid",
      List.of("bf051a"), List.of("3.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(INVALID);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    Element root = ctx.page().root();
    Optional<String> lang = root.attr("lang").filter(v -> !v.isEmpty());
    if (lang.isEmpty()) return;
    if (LanguageTags.hasKnownPrimary(lang.get())) out.passed(root);
    else out.failed(root, INVALID, new AttributeValue("lang", lang.get().trim()));
  }
}
