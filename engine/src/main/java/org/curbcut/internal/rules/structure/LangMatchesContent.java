package org.curbcut.internal.rules.structure;

import java.util.List;
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
 * ACT off6ek "HTML element language subtag matches language".
 * Applicability: an element in the body with a {@code lang} attribute from which some perceivable
 * text inherits its language. Expectation: the primary subtag matches the language of that text.
 * Decided only on strong evidence ({@link TextLanguage}): an element whose own text is natural
 * language of at least {@value TextLanguage#MIN_WORDS} words that confirm or rule out its
 * language, or a text that is the language's own name (a language menu); other short phrases,
 * names, Lorem ipsum and code are cantTell.
 */
public final class LangMatchesContent implements Rule {
  static final MessageKey<AttributeValue> CHECK = MessageKey.of("check", AttributeValue.class,
      d -> new Object[] {d.value()});
  static final MessageKey<AttributeValue> MISMATCH = MessageKey.of("mismatch", AttributeValue.class,
      d -> new Object[] {d.value()});
  private static final RuleMeta META = RuleMeta.of(LangMatchesContent.class, "lang-matches-content",
      List.of("off6ek"), List.of("3.1.2"), Level.AA, Impact.MODERATE)
      .withMessages(CHECK, MISMATCH);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : LangScopes.langElementsInBody(ctx)) {
      if (LangScopes.hasPerceivableText(ctx, e).isFalse()) continue;
      AttributeValue declared = new AttributeValue("lang", e.attrOr("lang", "").trim());
      Tri matches = Tri.UNKNOWN;
      if (LanguageTags.hasKnownPrimary(declared.value())) {
        TextLanguage.Sample sample = LangScopes.sample(ctx.aria(), e);
        matches = TextLanguage.isOwnName(sample, declared.value()) ? Tri.TRUE
            : TextLanguage.matches(sample, LanguageTags.primarySubtag(declared.value()));
      }
      switch (matches) {
        case TRUE -> out.passed(e);
        case FALSE -> out.failed(e, MISMATCH, declared);
        case UNKNOWN -> out.cantTell(e, CHECK, declared);
      }
    }
  }
}
