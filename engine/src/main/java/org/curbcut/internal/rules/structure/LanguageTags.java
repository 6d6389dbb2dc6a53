package org.curbcut.internal.rules.structure;

import java.util.Locale;
import org.curbcut.internal.standards.LanguageSubtags;

/**
 * Language tags (BCP 47): the "known primary language tag" of the ACT rules, i.e. a primary
 * language subtag that the IANA Language Subtag Registry lists ({@link LanguageSubtags}).
 */
final class LanguageTags {
  private static final java.util.regex.Pattern PRIMARY_SHAPE = java.util.regex.Pattern.compile("[a-z]{2,3}");

  private LanguageTags() {}

  /** The primary language subtag of a tag, lower-case: everything before the first hyphen, trimmed. */
  static String primarySubtag(String tag) {
    String t = tag.trim().toLowerCase(Locale.ROOT);
    int dash = t.indexOf('-');
    return dash < 0 ? t : t.substring(0, dash);
  }

  /** True when the tag's primary language subtag is in the registry. */
  static boolean hasKnownPrimary(String tag) {
    String p = primarySubtag(tag);
    if (!PRIMARY_SHAPE.matcher(p).matches()) return false;
    return LanguageSubtags.isPrimaryLanguage(p);
  }
}
