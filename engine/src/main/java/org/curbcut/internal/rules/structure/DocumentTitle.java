package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Optional;
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

/**
 * ACT 2779a5 "HTML page has non-empty title".
 * Applicability: the {@code html} document element of an HTML page. Expectation 1: the document
 * has at least one {@code title} element (in the HTML namespace, not in a template or SVG);
 * expectation 2: the first one has text that is not only white space. When an inline script
 * mentions the title, it may set one at run time: cantTell instead of failed.
 */
public final class DocumentTitle implements Rule {
  static final MessageKey<Diagnostic> MISSING = MessageKey.of("missing");
  static final MessageKey<Diagnostic> EMPTY = MessageKey.of("empty");
  static final MessageKey<Diagnostic> MISSING_SCRIPT = MessageKey.of("missing-script");
  /**
   * What a script that gives the page its title writes: document.title, a title element it creates,
   * or title markup it inserts. The word "title" alone (og:title, data-title) is not evidence. As
   * one regular expression, {@code document\s*\.\s*title|createelement\s*\(\s*['"]title['"]|<title};
   * each alternative starts with a word, so the rest of it is tried only where its word occurs.
   */
  private static final java.util.regex.Pattern AFTER_DOCUMENT = java.util.regex.Pattern.compile("\\s*\\.\\s*title");
  private static final java.util.regex.Pattern AFTER_CREATE = java.util.regex.Pattern.compile("\\s*\\(\\s*['\"]title['\"]");
  static final MessageKey<Diagnostic> EMPTY_SCRIPT = MessageKey.of("empty-script");
  private static final RuleMeta META = RuleMeta.of(DocumentTitle.class, "document-title",
      List.of("2779a5"), List.of("2.4.2"), Level.A, Impact.SERIOUS)
      .withMessages(MISSING, EMPTY, MISSING_SCRIPT, EMPTY_SCRIPT);

  @Override
  public RuleMeta meta() {
    return META;
  }

  /** The first title element of an HTML page, as browsers pick it. */
  static Optional<Element> firstTitle(Page page) {
    return page.elements().stream()
        .filter(e -> e.is("title") && !Markup.inTemplate(e) && e.containingShadowRoot() == null)
        .filter(e -> e.ancestors().allMatch(Element::isHtml))
        .findFirst();
  }

  /**
   * Whether the (lower-case) script text writes the title (see {@link #AFTER_DOCUMENT}): the answer
   * of the regular expression's find, which tried its three alternatives at every position of
   * megabytes of script.
   */
  static boolean setsTitle(String scripts) {
    return scripts.contains("<title") || followedBy(scripts, "document", AFTER_DOCUMENT)
        || followedBy(scripts, "createelement", AFTER_CREATE);
  }

  private static boolean followedBy(String s, String word, java.util.regex.Pattern rest) {
    java.util.regex.Matcher m = rest.matcher(s);
    for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
      if (m.region(i + word.length(), s.length()).lookingAt()) return true;
    }
    return false;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Page page = ctx.page();
    if (!Markup.isHtmlPage(page)) return;
    Element root = page.root();
    Optional<Element> title = firstTitle(page);
    boolean scriptMaySet = setsTitle(Markup.inlineScriptTextLowerCase(ctx, page));
    if (title.isEmpty()) {
      if (scriptMaySet) out.cantTell(root, MISSING_SCRIPT);
      else out.failed(root, MISSING);
    } else if (Markup.isWhitespace(title.get().textContent())) {
      if (scriptMaySet) out.cantTell(title.get(), EMPTY_SCRIPT);
      else out.failed(title.get(), EMPTY);
    } else {
      out.passed(title.get());
    }
  }
}
