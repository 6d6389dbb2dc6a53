package org.curbcut.fix;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.curbcut.snapshot.Page;

/**
 * The words repairs write into a page (a skip link's text, a field's hint, a frame's title), in
 * the page's language when Curbcut has them in it, else in English. A screen reader reads them in
 * the page's voice: English words on a German page are mispronounced as well as foreign. Kept
 * apart from the repair messages, which are for the person running Curbcut, in
 * {@code org/curbcut/fix/page-texts*.properties}.
 */
public final class PageTexts {
  /** The languages with a bundle of their own; others get English. */
  public static final Set<String> LANGUAGES = Set.of("en", "de", "es", "fr");

  private final Locale locale;
  private final ResourceBundle bundle;

  private PageTexts(Locale locale) {
    this.locale = locale;
    // no fallback to the machine's default locale: a page in an unknown language gets English
    this.bundle = ResourceBundle.getBundle("org.curbcut.fix.page-texts", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The texts for the language of the page's root element ({@code lang}, else {@code xml:lang}). */
  public static PageTexts of(Page page) {
    String lang = page.root().attr("lang").or(() -> page.root().attr("xml:lang")).orElse("");
    return forLanguage(lang);
  }

  /** The texts for a BCP 47 language tag; English when its primary language has no bundle. */
  public static PageTexts forLanguage(String tag) {
    String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return new PageTexts(LANGUAGES.contains(primary) && !primary.equals("en") ? Locale.forLanguageTag(primary) : Locale.ROOT);
  }

  /** The language the texts are in, as a primary language subtag. */
  public String language() {
    return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
  }

  /** A text, formatted with the language's conventions. */
  public String text(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no page text " + key, e);
    }
    return new MessageFormat(pattern, locale).format(args);
  }
}
