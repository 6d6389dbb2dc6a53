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
import org.curbcut.snapshot.Tri;

/**
 * ACT ucwvc8 "HTML page language subtag matches default language".
 * Applicability: the {@code html} element of a page whose {@code lang} has a known primary
 * language tag and which has content in that language (text not inside another lang, or a title).
 * Expectation: the primary subtag matches the page's default language. Decided only on strong
 * evidence ({@link TextLanguage}): at least {@value TextLanguage#MIN_WORDS} words of natural-language
 * text in the page's own language scope, whose writing system or function words confirm the
 * language or rule it out; a short text, Lorem ipsum, code, a language without a word list or a
 * close relative of the declared one is cantTell.
 */
public final class HtmlLangMatchesContent implements Rule {
  static final MessageKey<AttributeValue> CHECK = MessageKey.of("check", AttributeValue.class,
      d -> new Object[] {LanguageTags.primarySubtag(d.value())});
  static final MessageKey<AttributeValue> MISMATCH = MessageKey.of("mismatch", AttributeValue.class,
      d -> new Object[] {LanguageTags.primarySubtag(d.value())});
  static final MessageKey<AttributeValue> PLACEHOLDER = MessageKey.of("placeholder", AttributeValue.class,
      d -> new Object[] {LanguageTags.primarySubtag(d.value())});
  private static final RuleMeta META = RuleMeta.of(HtmlLangMatchesContent.class, "html-lang-matches-content",
      List.of("ucwvc8"), List.of("3.1.1"), Level.A, Impact.SERIOUS)
      .withMessages(CHECK, MISMATCH, PLACEHOLDER);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    Element root = ctx.page().root();
    Optional<String> lang = root.attr("lang").filter(LanguageTags::hasKnownPrimary);
    if (lang.isEmpty()) return;
    boolean hasTitle = ctx.page().elements().stream()
        .anyMatch(e -> e.is("title") && !Markup.isWhitespace(e.textContent()));
    Tri content = LangScopes.pageHasPerceivableText(ctx);
    if (!hasTitle && content.isFalse()) return;
    AttributeValue declared = new AttributeValue("lang", lang.get().trim());
    TextLanguage.Sample sample = LangScopes.pageSample(ctx);
    switch (TextLanguage.matches(sample, LanguageTags.primarySubtag(lang.get()))) {
      case TRUE -> out.passed(root);
      case FALSE -> out.failed(root, MISMATCH, declared);
      case UNKNOWN -> out.cantTell(root, sample.kind() == TextLanguage.Kind.LOREM_IPSUM ? PLACEHOLDER : CHECK, declared);
    }
  }
}
