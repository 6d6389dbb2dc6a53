package org.curbcut.internal.rules.structure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Name;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * ACT c4a8a4 "HTML page title is descriptive".
 * Applicability: the first {@code title} element of an HTML page, when it has text. Expectation:
 * it describes the page. Whether it does needs a person (cantTell), except for titles that are
 * certainly placeholders (data file {@code placeholder-titles.txt}: "Untitled Document", a file
 * name, a framework's starter title), which fail.
 */
public final class DocumentTitleDescriptive implements Rule {
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern FILE_NAME_TITLE =
      java.util.regex.Pattern.compile("[\\w.-]+\\.(html?|php|aspx?|jsp)");
  static final MessageKey<Name> PLACEHOLDER = MessageKey.of("placeholder", Name.class, d -> new Object[] {d.text()});
  static final MessageKey<Name> CHECK = MessageKey.of("check", Name.class, d -> new Object[] {d.text()});
  private static final RuleMeta META = RuleMeta.of(DocumentTitleDescriptive.class, "document-title-descriptive",
      List.of("c4a8a4"), List.of("2.4.2"), Level.A, Impact.MODERATE)
      .withMessages(PLACEHOLDER, CHECK);
  private static final Set<String> PLACEHOLDERS = Set.copyOf(Markup.dataLines("placeholder-titles.txt").stream()
      .map(s -> s.toLowerCase(Locale.ROOT)).toList());

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    if (!Markup.isHtmlPage(ctx.page())) return;
    Optional<Element> title = DocumentTitle.firstTitle(ctx.page());
    if (title.isEmpty() || Markup.isWhitespace(title.get().textContent())) return;
    String text = WHITE_SPACE.matcher(title.get().textContent().strip()).replaceAll(" ");
    if (isPlaceholder(text)) out.failed(title.get(), PLACEHOLDER, new Name(text));
    else out.cantTell(title.get(), CHECK, new Name(text));
  }

  static boolean isPlaceholder(String title) {
    String t = title.toLowerCase(Locale.ROOT).strip();
    if (PLACEHOLDERS.contains(t)) return true;
    return FILE_NAME_TITLE.matcher(t).matches();
  }
}
