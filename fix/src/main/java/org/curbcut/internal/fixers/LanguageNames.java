package org.curbcut.internal.fixers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a language written in a way {@code lang} does not accept — an English name
 * ("English"), an ISO 639-2 code ("eng", "ger"), or a locale with an underscore ("en_GB") — as the
 * BCP 47 tag its author meant. The names and codes are the JDK's ISO 639 data, not a list of ours.
 */
final class LanguageNames {
  private static final Pattern UNDERSCORE_LOCALE = Pattern.compile("([A-Za-z]{2,3})_([A-Za-z]{2}|\\d{3})");
  private static final Map<String, String> BY_NAME_OR_CODE = build();

  private LanguageNames() {}

  private static Map<String, String> build() {
    Map<String, String> out = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      Locale l = Locale.forLanguageTag(code);
      String name = l.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.equals(code)) out.putIfAbsent(name, code);
      try {
        String three = l.getISO3Language();
        if (!three.isEmpty() && !three.equals(code)) out.putIfAbsent(three, code);
      } catch (java.util.MissingResourceException ignored) {
        // no three-letter code for this language
      }
    }
    // ISO 639-2/B bibliographic codes that differ from the terminology codes the JDK gives
    Map<String, String> bibliographic = Map.of("ger", "de", "fre", "fr", "dut", "nl", "chi", "zh", "cze", "cs",
        "gre", "el", "per", "fa", "rum", "ro", "slo", "sk", "wel", "cy");
    bibliographic.forEach(out::putIfAbsent);
    return Map.copyOf(out);
  }

  /** The tag meant by a value, when the value is a language name, a three-letter code or an underscore locale. */
  static Optional<String> tagFor(String written) {
    String v = written.strip();
    var m = UNDERSCORE_LOCALE.matcher(v);
    if (m.matches()) {
      String base = BY_NAME_OR_CODE.getOrDefault(m.group(1).toLowerCase(Locale.ROOT), m.group(1).toLowerCase(Locale.ROOT));
      if (!isTwoLetterLanguage(base)) return Optional.empty();
      return Optional.of(base + "-" + m.group(2).toUpperCase(Locale.ROOT));
    }
    return Optional.ofNullable(BY_NAME_OR_CODE.get(v.toLowerCase(Locale.ROOT)));
  }

  private static boolean isTwoLetterLanguage(String code) {
    for (String c : Locale.getISOLanguages()) if (c.equals(code)) return true;
    return false;
  }
}
