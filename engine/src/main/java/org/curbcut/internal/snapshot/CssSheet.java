package org.curbcut.internal.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deliberately small CSS reader for author style sheets: style rules, their selectors and
 * declarations, and whether each rule applies for certain (top level, {@code @media screen/all},
 * {@code @layer}) or only possibly ({@code @media} queries, {@code @supports}, {@code @container}).
 * It does not validate values; the cascade treats anything it cannot read as unknown.
 */
final class CssSheet {
  /** One style rule. {@code certain} is false inside conditional group rules. */
  record StyleRule(String selectors, List<Declaration> declarations, boolean certain) {}

  /** One declaration, property lower-cased, {@code !important} removed from the value. */
  record Declaration(String property, String value, boolean important) {}

  final List<StyleRule> rules = new ArrayList<>();
  /** An {@code @import} or another construct that may hold rules we did not read. */
  boolean incomplete;

  static CssSheet parse(String css) {
    CssSheet sheet = new CssSheet();
    sheet.readBlock(CssText.stripComments(css), true);
    return sheet;
  }

  private void readBlock(String css, boolean certain) {
    int i = 0;
    int n = css.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(css.charAt(i)) || css.charAt(i) == ';')) i++;
      if (i >= n) break;
      if (css.startsWith("<!--", i) || css.startsWith("-->", i)) {
        i += css.startsWith("<!--", i) ? 4 : 3;
        continue;
      }
      if (css.charAt(i) == '@') {
        int brace = CssText.indexOfTopLevel(css, i, '{');
        int semi = CssText.indexOfTopLevel(css, i, ';');
        if (semi >= 0 && (brace < 0 || semi < brace)) {
          String at = css.substring(i, semi).toLowerCase(Locale.ROOT);
          if (at.startsWith("@import")) incomplete = true;
          i = semi + 1;
          continue;
        }
        if (brace < 0) break;
        int close = CssText.matchingBrace(css, brace);
        String prelude = css.substring(i, brace).trim().toLowerCase(Locale.ROOT);
        String body = css.substring(brace + 1, close < 0 ? n : close);
        if (prelude.startsWith("@media")) {
          String query = prelude.substring(6).trim();
          if (query.equals("print") || query.equals("speech")) {
            // never applies on a screen
          } else {
            boolean always = query.isEmpty() || query.equals("all") || query.equals("screen");
            readBlock(body, certain && always);
          }
        } else if (prelude.startsWith("@layer")) {
          readBlock(body, certain);
        } else if (prelude.startsWith("@supports") || prelude.startsWith("@container") || prelude.startsWith("@scope")
            || prelude.startsWith("@document")) {
          readBlock(body, false);
        }
        // @font-face, @keyframes, @page, @counter-style ... hold no style rules
        i = close < 0 ? n : close + 1;
        continue;
      }
      int brace = CssText.indexOfTopLevel(css, i, '{');
      if (brace < 0) break;
      int close = CssText.matchingBrace(css, brace);
      String selectors = css.substring(i, brace).trim();
      String body = css.substring(brace + 1, close < 0 ? n : close);
      if (body.indexOf('{') >= 0) {
        // CSS nesting: we do not resolve nested selectors, so what they say is unknown
        incomplete = true;
      }
      rules.add(new StyleRule(selectors, parseDeclarations(body), certain));
      i = close < 0 ? n : close + 1;
    }
  }

  /** Declarations of a rule body or a {@code style} attribute. */
  static List<Declaration> parseDeclarations(String body) {
    List<Declaration> out = new ArrayList<>();
    for (String part : CssText.splitTopLevel(CssText.stripComments(body), ';')) {
      int colon = part.indexOf(':');
      if (colon <= 0) continue;
      String prop = part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = part.substring(colon + 1).trim();
      boolean important = false;
      String lower = value.toLowerCase(Locale.ROOT);
      int bang = lower.lastIndexOf("!important");
      if (bang < 0) bang = lower.replace("! ", "!").lastIndexOf("!important");
      if (bang >= 0) {
        important = true;
        value = value.substring(0, value.lastIndexOf('!')).trim();
      }
      if (prop.isEmpty() || value.isEmpty()) continue;
      out.add(new Declaration(prop, value, important));
    }
    return out;
  }
}
