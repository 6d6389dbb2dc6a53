package org.curbcut.internal.fixers;

import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.internal.lang.LanguageDetection;
import org.curbcut.internal.lang.ProseSample;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/**
 * html-has-lang and html-lang-valid: sets {@code lang} on {@code <html>}. An invalid value that
 * names a language in another way ({@code lang="english"}, {@code "eng"}, {@code "en_GB"}) is
 * rewritten as the tag the author meant; otherwise the value is the language Lingua detects in the
 * page's running text (not its menus and headlines, not placeholder Latin), only when it is
 * confident.
 */
final class HtmlLangFixer implements Fixer {
  private final String rule;

  HtmlLangFixer(String rule) {
    this.rule = rule;
  }

  @Override
  public String rule() {
    return rule;
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element html = ctx.page().root();
    String written = html.attrOr("lang", "").strip();
    Optional<String> meant = LanguageNames.tagFor(written);
    if (!written.isEmpty() && meant.isPresent()) {
      return FixerSupport.setAttribute(rule, html, "lang", meant.get(),
          FixContext.message("lang.from-written", written), Confidence.LIKELY);
    }
    String sample = ProseSample.of(ctx.page(), ctx.aria()::role);
    Optional<ProseSample.Refusal> refusal = ProseSample.refusal(sample);
    if (refusal.isPresent()) {
      String key = refusal.get() == ProseSample.Refusal.PLACEHOLDER ? "lang.placeholder" : "lang.no-prose";
      return FixerSupport.needsPerson(rule, html, key);
    }
    Optional<LanguageDetection.Guess> guess = LanguageDetection.detect(sample);
    if (guess.isEmpty()) return FixerSupport.needsPerson(rule, html, "lang.unsure");
    LanguageDetection.Guess g = guess.get();
    return FixerSupport.setAttribute(rule, html, "lang", g.tag(),
        FixContext.message("lang.detected", g.englishName(), Math.round(g.confidence() * 100)), Confidence.LIKELY);
  }
}
