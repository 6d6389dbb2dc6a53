package org.curbcut.internal.rules.structure;

import java.util.Locale;
import java.util.Set;

/**
 * Language tags (BCP 47): the "known primary language tag" of the ACT rules, i.e. a primary
 * language subtag that the IANA Language Subtag Registry lists (data file {@code language-subtags.txt}).
 */
final class LanguageTags {
  private static final java.util.regex.Pattern PRIMARY_SHAPE = java.util.regex.Pattern.compile("[a-z]{2,3}");
  private static final Set<String> PRIMARY = Markup.dataTokens("language-subtags.txt");

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
    if (p.length() == 3 && p.charAt(0) == 'q' && p.charAt(1) >= 'a' && p.charAt(1) <= 't') return true; // qaa..qtz private use
    return PRIMARY.contains(p);
  }
}
