package org.curbcut.internal.rules.visual;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.LinkContrast;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/**
 * Links in a block of text are distinguishable without colour (WCAG 1.4.1, A; no ACT rule;
 * technique G183 and failure F73).
 * Applicability: a visible link ({@code a[href]}) whose nearest block ancestor also holds text
 * outside links. Passed when the link is underlined (the browser default) or set apart by another
 * non-colour cue (border, background, font weight or style). Failed when it has no such cue and its
 * colour contrasts less than 3:1 with the surrounding text, so only a colour difference that many
 * people cannot see marks it. With 3:1 or more, G183 also needs a non-colour cue on hover and
 * focus, which a static reading cannot check: cantTell.
 */
public final class LinkInTextBlock implements Rule {
  static final MessageKey<LinkContrast> COLOUR_ONLY = MessageKey.of("colour-only", LinkContrast.class,
      d -> new Object[] {Contrast.format(d.ratio()), d.link(), d.text()});
  static final MessageKey<LinkContrast> CHECK_HOVER = MessageKey.of("check-hover", LinkContrast.class,
      d -> new Object[] {Contrast.format(d.ratio())});
  static final MessageKey<Diagnostic> UNKNOWN_STYLE = MessageKey.of("unknown-style");
  private static final RuleMeta META = RuleMeta.of(LinkInTextBlock.class, "link-in-text-block", List.of(),
      List.of("1.4.1"), Level.A, Impact.SERIOUS)
      .withMessages(COLOUR_ONLY, CHECK_HOVER, UNKNOWN_STYLE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Map<Page, Styles> styles = new IdentityHashMap<>();
    // the links of one block share its text: finding it once per block keeps a paragraph of many
    // links linear
    Map<Element, Optional<Element>> textParents = new IdentityHashMap<>();
    for (Element link : ctx.allElements()) {
      if (!link.is("a") || !link.has("href")) continue;
      if (link.textContent().strip().isEmpty()) continue;
      if (Rendering.isVisible(link).isFalse()) continue;
      Styles st = styles.computeIfAbsent(link.page() == null ? ctx.page() : link.page(), Styles::new);
      Optional<Element> block = block(st, link);
      if (block.isEmpty()) continue;
      Optional<Element> textParent = textParents.computeIfAbsent(block.get(), b -> surroundingTextParent(st, b));
      if (textParent.isEmpty()) continue;
      if (Rendering.isVisible(link).isUnknown()) {
        out.cantTell(link, UNKNOWN_STYLE);
        continue;
      }
      Tri cue = nonColourCue(st, link, textParent.get());
      if (cue.isTrue()) {
        out.passed(link);
        continue;
      }
      if (cue.isUnknown()) {
        out.cantTell(link, UNKNOWN_STYLE);
        continue;
      }
      List<Rgba> linkColors = colours(st, link);
      List<Rgba> textColors = colours(st, textParent.get());
      if (linkColors.isEmpty() || textColors.isEmpty()) {
        out.cantTell(link, UNKNOWN_STYLE);
        continue;
      }
      double max = 0;
      for (Rgba a : linkColors) for (Rgba b : textColors) max = Math.max(max, Contrast.ratio(a.over(Rgba.WHITE), b.over(Rgba.WHITE)));
      LinkContrast found = new LinkContrast(linkColors.get(0).hex(), textColors.get(0).hex(), max);
      if (max < 3) out.failed(link, COLOUR_ONLY, found);
      else out.cantTell(link, CHECK_HOVER, found);
    }
  }

  /** The nearest ancestor that is not an inline element (by user-agent default or declared display). */
  private static Optional<Element> block(Styles st, Element link) {
    for (Element x = link.composedParent(); x != null; x = x.composedParent()) {
      Styles.Decl display = st.get(x, "display");
      if (!display.certain()) return Optional.empty();
      if (display.declared()) {
        if (!display.lower().equals("inline") && !display.lower().equals("contents")) return Optional.of(x);
        continue;
      }
      if (!x.isHtml() || !HtmlStandards.get().isTextLevel(x.name())) return Optional.of(x);
    }
    return Optional.empty();
  }

  /**
   * The parent of the first text in the block's own line boxes (not inside nested blocks, which are
   * other blocks of text), outside any link, that holds a letter or digit.
   */
  private static Optional<Element> surroundingTextParent(Styles st, Element block) {
    List<Element> stack = new ArrayList<>();
    stack.add(block);
    while (!stack.isEmpty()) {
      Element e = stack.remove(stack.size() - 1);
      List<Node> kids = e.children();
      for (int i = kids.size() - 1; i >= 0; i--) {
        if (kids.get(i) instanceof Element c && !c.is("a", "button", "script", "style", "template", "svg", "select")
            && !Rendering.isVisible(c).isFalse() && isInline(st, c)) stack.add(c);
      }
      for (Node n : kids) {
        if (n instanceof Text t && t.data().codePoints().filter(Character::isLetterOrDigit).count() >= 3) return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Inline by declared display, or by the user-agent default when nothing is declared. */
  private static boolean isInline(Styles st, Element e) {
    Styles.Decl display = st.get(e, "display");
    if (display.declared()) return display.lower().startsWith("inline") || display.lower().equals("contents");
    return e.isHtml() && HtmlStandards.get().isTextLevel(e.name());
  }

  /** Whether the link (or an element inside it) differs from the text by something other than colour. */
  private static Tri nonColourCue(Styles st, Element link, Element text) {
    Tri result = Tri.FALSE;
    List<Element> parts = new ArrayList<>();
    parts.add(link);
    link.descendants().forEach(parts::add);
    for (Element x : parts) {
      for (String prop : List.of("text-decoration", "text-decoration-line")) {
        Styles.Decl d = st.get(x, prop);
        if (!d.certain()) return Tri.UNKNOWN;
        if (d.declared() && (d.lower().contains("underline") || d.lower().contains("overline")
            || d.lower().contains("line-through"))) return Tri.TRUE;
      }
      for (String prop : List.of("border-bottom", "border", "border-bottom-style", "box-shadow", "background-color",
          "background", "background-image")) {
        Styles.Decl d = st.get(x, prop);
        if (!d.certain()) return Tri.UNKNOWN;
        String v = d.lower();
        if (d.declared() && !(v.equals("none") || v.equals("0") || v.equals("transparent") || v.startsWith("none ")
            || v.equals("initial") || v.equals("unset") || v.equals("inherit"))) return Tri.TRUE;
      }
      if (Rendering.hasGeneratedContent(x)) result = Tri.UNKNOWN;
      if (x != link && x.is("img", "svg", "picture")) result = Tri.UNKNOWN;
    }
    // the user-agent underline stays unless the link's own declarations remove it
    Styles.Decl deco = st.get(link, "text-decoration");
    Styles.Decl line = st.get(link, "text-decoration-line");
    boolean removed = deco.declared() && deco.lower().startsWith("none") || line.declared() && line.lower().equals("none");
    if (!removed) return Tri.TRUE;
    Optional<Integer> lw = st.fontWeight(link);
    Optional<Integer> tw = st.fontWeight(text);
    if (lw.isEmpty() || tw.isEmpty()) return Tri.UNKNOWN;
    if (Math.abs(lw.get() - tw.get()) >= 300) return Tri.TRUE;
    Optional<Styles.Sourced> ls = st.inherited(link, "font-style", "normal");
    Optional<Styles.Sourced> ts = st.inherited(text, "font-style", "normal");
    if (ls.isEmpty() || ts.isEmpty()) return Tri.UNKNOWN;
    if (!ls.get().lower().equals(ts.get().lower())) return Tri.TRUE;
    return result;
  }

  /** The possible text colours of an element (two for a link in its default colours), empty when unknown. */
  private static List<Rgba> colours(Styles st, Element e) {
    Optional<Styles.Sourced> c = st.inherited(e, "color", "canvastext");
    if (c.isEmpty()) return List.of();
    String v = c.get().lower();
    if (v.equals(UserAgent.LINK)) return List.of(CssColor.parse("#0000ee").orElseThrow(), CssColor.parse("#551a8b").orElseThrow());
    if (v.equals("canvastext")) return List.of(Rgba.BLACK);
    return CssColor.parse(v).map(List::of).orElse(List.of());
  }
}
