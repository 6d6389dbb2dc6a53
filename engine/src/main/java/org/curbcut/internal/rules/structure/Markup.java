package org.curbcut.internal.rules.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.rules.commons.Scripting;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.snapshot.Attribute;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/** Small reusable checks the structure rules share: scripts, perceivable text, data files. */
final class Markup {
  private Markup() {}

  /** True for the document element of an HTML page (not SVG/XML). */
  static boolean isHtmlPage(Page page) {
    return page.isHtmlDocument() && page.root() != null && page.root().is("html");
  }

  /** True when the element sits inside a {@code template} (inert content, not in the document). */
  static boolean inTemplate(Element e) {
    return e.inTemplate();
  }

  /** The raw text of an element whose content the snapshot does not keep (script, style). */
  static String rawText(Element e) {
    return Scripting.rawText(e);
  }

  /** Script facts of a page: several rules ask on every page, so each audit computes them once. */
  private static final RuleContext.Key<String> SCRIPT_TEXT = RuleContext.Key.of("inline-script-text");
  private static final RuleContext.Key<String> SCRIPT_TEXT_LOWER = RuleContext.Key.of("inline-script-text-lower-case");

  /** Inline script text of the page (script elements without src) and every on* handler attribute. */
  static String inlineScriptText(RuleContext ctx, Page page) {
    return ctx.memo(SCRIPT_TEXT, page, () -> collectInlineScriptText(page));
  }

  /** {@link #inlineScriptText} lower-cased ({@link Locale#ROOT}), which rules search for words: once per audit. */
  static String inlineScriptTextLowerCase(RuleContext ctx, Page page) {
    return ctx.memo(SCRIPT_TEXT_LOWER, page, () -> inlineScriptText(ctx, page).toLowerCase(Locale.ROOT));
  }

  private static String collectInlineScriptText(Page page) {
    StringBuilder sb = new StringBuilder();
    Scripting.LowerCaseText lower = new Scripting.LowerCaseText(page);
    for (Element e : page.elements()) {
      if (e.is("script") && isJavaScript(e) && !e.has("src")) sb.append(Scripting.rawText(e, lower)).append('\n');
      for (Attribute a : e.attributes()) {
        if (a.name().toLowerCase(Locale.ROOT).startsWith("on")) sb.append(a.value()).append('\n');
        if (a.name().equalsIgnoreCase("href") && a.value().trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
          sb.append(a.value()).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** True when some script can run on the page: a script element (inline or external) or an event handler attribute. */
  static boolean hasScripting(RuleContext ctx, Page page) {
    return Scripting.present(ctx, page);
  }

  private static boolean isJavaScript(Element script) {
    return Scripting.isJavaScript(script);
  }

  /** Unicode white space, including the no-break space (the ACT definition of whitespace). */
  static boolean isWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // the white space between tags, most of it, without the two Unicode look-ups
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') continue;
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') return false;
    }
    return true;
  }

  /**
   * Whether the content of the element (a text node's parent) is perceivable: visible, or included
   * in the accessibility tree. FALSE only when both are certainly not the case.
   */
  static Tri perceivable(Aria aria, Element e) {
    return Rendering.isVisible(e).or(aria.isHiddenFromAT(e).not());
  }

  /** Visible and included in the accessibility tree. */
  static Tri visibleAndExposed(Aria aria, Element e) {
    return Rendering.isVisible(e).and(aria.isHiddenFromAT(e).not());
  }

  private static final java.util.regex.Pattern OFF_SCREEN_OFFSET =
      java.util.regex.Pattern.compile("^-(\\d+(?:\\.\\d+)?)(px|em|rem)$");

  /**
   * True when the element is positioned far outside the page (absolute or fixed, with top, left
   * or right at -500px or less): a technique to hide content from sight.
   */
  static boolean offScreen(Element e) {
    for (Element x = e; x != null; x = x.composedParent()) {
      String position = Rendering.style(x, "position").declared().orElse("").strip().toLowerCase(Locale.ROOT);
      if (!position.equals("absolute") && !position.equals("fixed")) continue;
      for (String side : new String[] {"top", "left", "right"}) {
        String v = Rendering.style(x, side).declared().orElse("").strip().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = OFF_SCREEN_OFFSET.matcher(v);
        if (m.find()) {
          double px = Double.parseDouble(m.group(1)) * (m.group(2).equals("px") ? 1 : 16);
          if (px >= 500) return true;
        }
      }
    }
    return false;
  }

  /** Pre-order walk of the light tree and declarative shadow trees (the flat tree, roughly). */
  static void walk(Element root, Consumer<Node> sink) {
    List<Node> stack = new ArrayList<>();
    stack.add(root);
    while (!stack.isEmpty()) {
      Node n = stack.remove(stack.size() - 1);
      sink.accept(n);
      if (n instanceof Element e) {
        // the shadow root's children come first, then the light children: pushed in reverse
        // (without copying the lists, which was most of the walk's cost)
        List<Node> kids = e.children();
        for (int i = kids.size() - 1; i >= 0; i--) stack.add(kids.get(i));
        if (e.shadowRoot() != null) {
          List<Node> shadow = e.shadowRoot().children();
          for (int i = shadow.size() - 1; i >= 0; i--) stack.add(shadow.get(i));
        }
      }
    }
  }

  private static final RuleContext.Key<Map<Element, List<Text>>> PAGE_TEXTS = RuleContext.Key.of("page-texts");

  /**
   * {@link #texts(Element)} of a page's root or body element, computed once per audit (unmodifiable):
   * six rules list all of a page's text, and each walked the whole tree again. Only for those two
   * elements, so the audit keeps at most two lists per page.
   */
  static List<Text> pageTexts(RuleContext ctx, Element rootOrBody) {
    Page page = rootOrBody.page();
    Map<Element, List<Text>> byElement = ctx.memo(PAGE_TEXTS, page, IdentityHashMap::new);
    return byElement.computeIfAbsent(rootOrBody, e -> Collections.unmodifiableList(texts(e)));
  }

  /** Non-whitespace text nodes under the element, in tree order. */
  static List<Text> texts(Element root) {
    List<Text> out = new ArrayList<>();
    walk(root, n -> {
      if (n instanceof Text t && !isWhitespace(t.data()) && t.parent() != null
          && !(t.parent().isHtml() && HtmlStandards.get().hasUnrenderedText(t.parent().name()))) {
        out.add(t);
      }
    });
    return out;
  }

  /** The explicit role tokens of the role attribute, lower-case. */
  static List<String> roleTokens(Element e) {
    return AsciiWhitespace.split(e.attrOr("role", "").toLowerCase(Locale.ROOT));
  }

  /** The element's computed role (explicit, else implicit per HTML-AAM), from the ARIA layer. */
  static Optional<String> role(Aria aria, Element e) {
    return aria.role(e);
  }

  /** Lines of a data file in this package's resources, without comments and blank lines. */
  static List<String> dataLines(String name) {
    try (InputStream in = Markup.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing data file " + name);
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for a form control disabled by HTML (its disabled attribute, a disabled fieldset or optgroup). */
  static boolean isDisabled(Element e) {
    return Aria.isDisabledControl(e);
  }

  /** Disabled by HTML, or marked {@code aria-disabled="true"} (which leaves it focusable). */
  static boolean isDisabledOrAriaDisabled(Element e) {
    return e.token("aria-disabled").orElse("").equals("true") || isDisabled(e);
  }

  /** True when the element or an ancestor is inert (the inert attribute). */
  static boolean isInert(Element e) {
    return e.isInert();
  }
}
