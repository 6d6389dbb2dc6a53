package org.curbcut.internal.standards;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The primary language subtags of the IANA Language Subtag Registry (BCP 47), read once from
 * {@code language-subtags.txt} next to this class, plus the registry's private-use range
 * {@code qaa..qtz}.
 */
public final class LanguageSubtags {
  private static final Set<String> PRIMARY = load();

  private LanguageSubtags() {}

  /** True when {@code subtag} (lower case) is a primary language subtag the registry lists. */
  public static boolean isPrimaryLanguage(String subtag) {
    if (subtag.length() == 3 && subtag.charAt(0) == 'q' && subtag.charAt(1) >= 'a' && subtag.charAt(1) <= 't'
        && subtag.charAt(2) >= 'a' && subtag.charAt(2) <= 'z') {
      return true; // qaa..qtz, reserved for private use
    }
    return PRIMARY.contains(subtag);
  }

  private static Set<String> load() {
    Set<String> out = new LinkedHashSet<>();
    for (String line : DataFiles.lines("language-subtags.txt")) {
      for (String t : AsciiWhitespace.split(line)) out.add(t.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }
}
