package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.curbcut.snapshot.Page;

/**
 * The author style rules of a page as written ({@link Page#styleSheets()}), with the conditional
 * group rules around each one. The snapshot's cascade resolves what applies at rest; this reading
 * serves the rules that must look at what it leaves out: {@code @media (orientation)} blocks,
 * {@code :focus} rules, pseudo-elements.
 */
final class AuthorSheets {
  /**
   * One style rule.
   *
   * @param selectors the selector list as written
   * @param declarations the declarations (later wins, important beats normal)
   * @param conditions the preludes of the enclosing at-rules, outermost first, lower case
   *     (e.g. {@code "@media (orientation: portrait)"})
   */
  record Rule(String selectors, Map<String, Styles.InlineDecl> declarations, List<String> conditions) {
    /** The selectors of the list, trimmed. */
    List<String> selectorList() {
      List<String> out = new ArrayList<>();
      for (String s : Css.splitTopLevel(selectors, ',')) {
        if (!s.isBlank()) out.add(s.trim());
      }
      return out;
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  private AuthorSheets() {}

  static AuthorSheets of(Page page) {
    AuthorSheets sheets = new AuthorSheets();
    for (String css : page.styleSheets()) sheets.read(Css.stripComments(css), List.of());
    return sheets;
  }

  static AuthorSheets parse(String css) {
    AuthorSheets sheets = new AuthorSheets();
    sheets.read(Css.stripComments(css), List.of());
    return sheets;
  }

  List<Rule> rules() {
    return Collections.unmodifiableList(rules);
  }

  private void read(String css, List<String> conditions) {
    int i = 0;
    int n = css.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(css.charAt(i)) || css.charAt(i) == ';')) i++;
      if (i >= n) break;
      if (css.startsWith("<!--", i) || css.startsWith("-->", i)) {
        i += css.startsWith("<!--", i) ? 4 : 3;
        continue;
      }
      int brace = org.curbcut.internal.snapshot.CssText.indexOfTopLevel(css, i, '{');
      if (css.charAt(i) == '@') {
        int semi = org.curbcut.internal.snapshot.CssText.indexOfTopLevel(css, i, ';');
        if (semi >= 0 && (brace < 0 || semi < brace)) {
          i = semi + 1;
          continue;
        }
      }
      if (brace < 0) break;
      int close = org.curbcut.internal.snapshot.CssText.matchingBrace(css, brace);
      String prelude = css.substring(i, brace).trim();
      String body = css.substring(brace + 1, close < 0 ? n : close);
      if (prelude.startsWith("@")) {
        String p = prelude.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (p.startsWith("@media") || p.startsWith("@supports") || p.startsWith("@layer") || p.startsWith("@container")
            || p.startsWith("@scope") || p.startsWith("@document")) {
          List<String> inner = new ArrayList<>(conditions);
          inner.add(p);
          read(body, inner);
        }
      } else {
        rules.add(new Rule(prelude, Styles.parseDeclarations(body), List.copyOf(conditions)));
      }
      i = close < 0 ? n : close + 1;
    }
  }
}
