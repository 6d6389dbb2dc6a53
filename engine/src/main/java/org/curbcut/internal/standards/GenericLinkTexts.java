package org.curbcut.internal.standards;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Link texts that say nothing by themselves about where a link leads ("click here", "read more":
 * WCAG failure F84 and technique G91; data file {@code generic-link-texts.txt}). The link-purpose
 * rules fail such a name without context; repairs never take one as a name.
 */
public final class GenericLinkTexts {
  /** Punctuation, arrows and ellipses around "Read more »". */
  private static final Pattern NOISE = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> TEXTS = load();

  private GenericLinkTexts() {}

  /** The name in the form the word list uses: lower case, words separated by one space. */
  public static String normalise(String name) {
    return NOISE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** True when the whole name is a generic link text. */
  public static boolean isGeneric(String name) {
    return TEXTS.contains(normalise(name));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String line : DataFiles.lines("generic-link-texts.txt")) out.add(normalise(line));
    return Set.copyOf(out);
  }
}
