package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.curbcut.internal.aria.Aria;
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
 * Real-site check (no ACT rule; WCAG failure of H58), 3.1.2 Language of Parts: a passage in
 * another language than the page's is marked with {@code lang}. Applicability: a paragraph-like
 * block (p, li, blockquote, dd, td, th, caption, figcaption, with no such block inside) that
 * inherits its language from the {@code html} element, on a page whose own text does not already
 * contradict that language ({@code html-lang-matches-content} reports that). Expectation: the
 * block's text is in the page's language. Decided on strong evidence only ({@link TextLanguage}):
 * a block of natural-language text of at least {@value TextLanguage#MIN_WORDS} words whose
 * function words or writing system rule the page's language out fails; a block whose text
 * confirms it passes; anything else (short, mixed, names, code, Lorem ipsum, close relatives) is
 * not reported, since nearly every short block would otherwise ask a person.
 */
public final class LangOfParts implements Rule {
  static final MessageKey<AttributeValue> OTHER_LANGUAGE = MessageKey.of("other-language", AttributeValue.class,
      d -> new Object[] {LanguageTags.primarySubtag(d.value())});
  private static final RuleMeta META = RuleMeta.of(LangOfParts.class, "lang-of-parts",
      List.of(), List.of("3.1.2"), Level.AA, Impact.MODERATE)
      .withMessages(OTHER_LANGUAGE);
  private static final Set<String> BLOCKS = Set.of("p", "li", "blockquote", "dd", "td", "th", "caption", "figcaption");
  private static final String[] BLOCK_NAMES = BLOCKS.toArray(new String[0]);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    Element root = ctx.page().root();
    Optional<String> lang = root.attr("lang").or(() -> root.attr("xml:lang")).filter(LanguageTags::hasKnownPrimary);
    if (lang.isEmpty()) return;
    Aria aria = ctx.aria();
    String primary = LanguageTags.primarySubtag(lang.get());
    if (TextLanguage.matches(LangScopes.pageSample(ctx), primary).isFalse()) return;
    AttributeValue declared = new AttributeValue("lang", lang.get().trim());
    for (Element e : ctx.page().elements()) {
      if (!e.isHtml() || !BLOCKS.contains(e.name()) || Markup.inTemplate(e)) continue;
      if (LangScopes.languageOwner(e) != root || aria.isHiddenFromAT(e).isTrue()) continue;
      if (e.descendants().anyMatch(d -> d.is(BLOCK_NAMES))) continue;
      TextLanguage.Sample sample = LangScopes.sample(aria, e, root);
      Tri matches = TextLanguage.matches(sample, primary);
      if (matches.isTrue()) out.passed(e);
      else if (matches.isFalse()) out.failed(e, OTHER_LANGUAGE, declared);
    }
  }
}
