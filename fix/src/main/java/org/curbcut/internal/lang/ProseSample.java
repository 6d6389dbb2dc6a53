package org.curbcut.internal.lang;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.curbcut.internal.standards.AriaStandards;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.internal.standards.RoleSpec;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Text;

/**
 * The running text of a page, the only text its language can be told from. A detector asked about
 * the start of a page's text gets its menus, headlines and names ("TMZ Our TV Shows Enter your
 * Zip Code ... HOLLYWOOD NEW YORK" comes back German, at full confidence: Lingua's confidence is
 * relative to the other languages, not a measure of the evidence). So the sample is taken from
 * blocks that hold sentences, outside navigation, headers, footers, forms and code, and is only
 * offered for detection when it looks like prose: enough words, mostly lower-case as sentences
 * are, and not the placeholder Latin of templates.
 */
public final class ProseSample {
  /** Words a block's own text needs to count as running text. */
  private static final int BLOCK_WORDS = 6;
  /** Words (or, in scripts written without spaces, letters) the whole sample needs. */
  private static final int MIN_WORDS = 20;
  private static final int MIN_UNSPACED_LETTERS = 60;
  /** Running text in a cased script has mostly lower-case words; menus and headlines do not. */
  private static final double MIN_LOWER_SHARE = 0.4;
  private static final int MAX_CHARS = 600;

  /** Why a text is not a sample to detect a language from. */
  public enum Refusal {
    TOO_LITTLE, PLACEHOLDER
  }

  private ProseSample() {}

  /**
   * The page's running text, up to a few hundred characters, whitespace squashed; may be empty.
   *
   * @param role the ARIA role of an element (banners, footers and navigation are not prose)
   */
  public static String of(Page page, Function<Element, Optional<String>> role) {
    String blocks = collect(page, role, true);
    // a page whose sentences are broken up by <br> and <font> (legacy sites) has no block of
    // running text: then all of its content's text, which refusal() still has to accept
    return refusal(blocks).isEmpty() ? blocks : collect(page, role, false);
  }

  private static String collect(Page page, Function<Element, Optional<String>> role, boolean sentencesOnly) {
    StringBuilder out = new StringBuilder();
    for (Element e : page.elements()) {
      if (out.length() >= MAX_CHARS) break;
      String own = ownText(e);
      if (own.isEmpty()) continue;
      if (sentencesOnly && words(own) < BLOCK_WORDS && unspacedLetters(own) < BLOCK_WORDS * 3) continue;
      if (outsideProse(e, role)) continue;
      if (out.length() > 0) out.append(' ');
      out.append(own);
    }
    return out.length() > MAX_CHARS ? out.substring(0, MAX_CHARS) : out.toString();
  }

  /** Empty when the sample is running text a language can be told from; else why not. */
  public static Optional<Refusal> refusal(String sample) {
    String lower = sample.toLowerCase(Locale.ROOT);
    if (lower.contains("lorem ipsum") || lower.contains("dolor sit amet") || lower.contains("consectetur adipiscing")) {
      return Optional.of(Refusal.PLACEHOLDER);
    }
    if (unspacedLetters(sample) >= MIN_UNSPACED_LETTERS) return Optional.empty();
    int words = 0;
    int cased = 0;
    int lower0 = 0;
    for (String w : sample.split("\\s+")) {
      if (w.codePoints().noneMatch(Character::isLetter)) continue;
      words++;
      int first = w.codePoints().filter(Character::isLetter).findFirst().getAsInt();
      if (Character.isUpperCase(first) || Character.isLowerCase(first)) cased++;
      if (Character.isLowerCase(first)) lower0++;
    }
    if (words < MIN_WORDS) return Optional.of(Refusal.TOO_LITTLE);
    if (cased > words / 2 && lower0 < MIN_LOWER_SHARE * cased) return Optional.of(Refusal.TOO_LITTLE);
    return Optional.empty();
  }

  /** The element's own text (its text children, not its descendants'), whitespace squashed. */
  private static String ownText(Element e) {
    StringBuilder b = new StringBuilder();
    for (Node n : e.children()) {
      if (n instanceof Text t) b.append(t.data()).append(' ');
    }
    return b.toString().replaceAll("\\s+", " ").trim();
  }

  /**
   * Inside the head, code, script, a control or a link, a landmark other than the main content
   * (navigation, banner, footer, complementary, search, form), a widget (menus, toolbars), or
   * hidden content.
   */
  private static boolean outsideProse(Element e, Function<Element, Optional<String>> role) {
    HtmlStandards html = HtmlStandards.get();
    for (Element up = e; up != null; up = up.parent()) {
      String name = up.name();
      if (up.is("head") || html.hasUnrenderedText(name) || html.isMonospace(name) || html.isInteractiveContent(name)) return true;
      if (up.has("hidden") || up.attrOr("aria-hidden", "").equals("true")) return true;
      Optional<RoleSpec> spec = role.apply(up).flatMap(AriaStandards.get()::role);
      if (spec.isPresent() && isApart(spec.get())) return true;
    }
    return false;
  }

  /**
   * A landmark that is not the main content or a named region; a composite widget (menus, tab
   * lists, listboxes), a command (buttons, links, menu items), an input or a toolbar. Not a
   * widget as such: ARIA makes table rows and cells widgets, and legacy pages set all their text
   * in layout tables.
   */
  private static boolean isApart(RoleSpec r) {
    if (r.is("landmark")) return !r.is("main") && !r.is("region");
    return r.is("composite") || r.is("command") || r.is("input") || r.is("toolbar");
  }

  private static int words(String s) {
    int n = 0;
    for (String w : s.split("\\s+")) if (w.codePoints().anyMatch(Character::isLetter)) n++;
    return n;
  }

  /** Letters of scripts written without spaces between words (Chinese, Japanese, Thai). */
  private static int unspacedLetters(String s) {
    return (int) s.codePoints().filter(c -> {
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
          || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI;
    }).count();
  }
}
