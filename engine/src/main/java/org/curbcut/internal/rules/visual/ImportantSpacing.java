package org.curbcut.internal.rules.visual;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.TextSpacing;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/**
 * The shared shape of the three ACT text-spacing rules (WCAG 1.4.12): applicable to an HTML element
 * with a visible text node child whose computed value of the property comes from an
 * {@code !important} declaration in a {@code style} attribute (its own, or an ancestor's when the
 * value is inherited); expectation: the computed value is at least a factor of the font size.
 * Users override text spacing with their own style sheets, which an important author declaration
 * in a style attribute defeats.
 */
abstract class ImportantSpacing implements Rule {
  static final MessageKey<TextSpacing> TOO_SMALL = MessageKey.of("too-small", TextSpacing.class,
      d -> new Object[] {d.value(), Contrast.format(d.fontSizes()), Contrast.format(d.minimum())});
  static final MessageKey<TextSpacing> UNKNOWN_VALUE = MessageKey.of("unknown-value", TextSpacing.class,
      d -> new Object[] {d.value()});
  static final MessageKey<TextSpacing> UNKNOWN_WRAP = MessageKey.of("unknown-wrap", TextSpacing.class,
      d -> new Object[] {d.value(), Contrast.format(d.fontSizes())});
  static final MessageKey<Diagnostic> UNKNOWN_FONT_SIZE = MessageKey.of("unknown-font-size");
  static final MessageKey<Diagnostic> UNKNOWN_VISIBILITY = MessageKey.of("unknown-visibility");
  /** The messages every text-spacing rule reports. */
  static final List<MessageKey<?>> MESSAGES = List.of(TOO_SMALL, UNKNOWN_VALUE, UNKNOWN_WRAP, UNKNOWN_FONT_SIZE,
      UNKNOWN_VISIBILITY);

  /** Where the computed value comes from and what it is. */
  record Source(Element from, String value, boolean importantInline) {}

  abstract String property();

  /** The minimum as a factor of the font size. */
  abstract double minimum();

  /**
   * The computed value in px for a target with font size {@code targetFont}; empty when unknown.
   *
   * @param value the winning declared value (lower case)
   * @param sourceFont the font size of the element that declares it
   */
  abstract Optional<Double> pixels(String value, double sourceFont, double targetFont, double rootFont);

  /** Extra applicability (e.g. soft wrap breaks for line height): TRUE applies, FALSE not, UNKNOWN cantTell. */
  Tri applies(Styles styles, Element e, String text, double fontSize) {
    return Tri.TRUE;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    java.util.Map<Page, Styles> styles = new java.util.IdentityHashMap<>();
    java.util.Map<Element, Optional<Source>> sources = new java.util.IdentityHashMap<>();
    for (Element e : ctx.allElements()) {
      if (!e.isHtml()) continue;
      StringBuilder text = new StringBuilder();
      for (Node n : e.children()) {
        if (n instanceof Text t && !t.isWhitespace()) text.append(t.data());
      }
      if (text.length() == 0) continue;
      Tri visible = Rendering.isVisible(e);
      if (visible.isFalse()) continue;
      Styles st = styles.computeIfAbsent(e.page() == null ? ctx.page() : e.page(), Styles::new);
      Optional<Source> source = source(st, e, sources);
      if (source.isEmpty() || !source.get().importantInline()) continue;
      if (visible.isUnknown()) {
        out.cantTell(e, UNKNOWN_VISIBILITY);
        continue;
      }
      Optional<Double> font = st.fontSize(e);
      Optional<Double> sourceFont = st.fontSize(source.get().from());
      Optional<Double> rootFont = st.fontSize(e.page() == null ? ctx.page().root() : e.page().root());
      if (font.isEmpty() || sourceFont.isEmpty() || rootFont.isEmpty()) {
        out.cantTell(e, UNKNOWN_FONT_SIZE);
        continue;
      }
      Tri applies = applies(st, e, text.toString(), font.get());
      if (applies.isFalse()) continue;
      Optional<Double> px = pixels(source.get().value(), sourceFont.get(), font.get(), rootFont.get());
      if (px.isEmpty()) {
        out.cantTell(e, UNKNOWN_VALUE, new TextSpacing(property(), source.get().value(), null, minimum()));
        continue;
      }
      double ratio = px.get() / font.get();
      boolean enough = ratio >= minimum() - 1e-9;
      TextSpacing found = new TextSpacing(property(), source.get().value(), ratio, minimum());
      if (enough) out.passed(e);
      else if (applies.isUnknown()) out.cantTell(e, UNKNOWN_WRAP, found);
      else out.failed(e, TOO_SMALL, found);
    }
  }

  /** Follows inheritance to the declaration that gives the element its computed value. */
  Optional<Source> source(Styles st, Element e) {
    return source(st, e, new java.util.IdentityHashMap<>());
  }

  /**
   * {@link #source(Styles, Element)} memoised in {@code memo} (one map per page run): an element
   * that inherits shares the answer of the element it inherits from.
   */
  Optional<Source> source(Styles st, Element e, java.util.Map<Element, Optional<Source>> memo) {
    java.util.List<Element> walked = new java.util.ArrayList<>();
    Optional<Source> result = Optional.empty();
    for (Element x = e; x != null; x = x.composedParent()) {
      Optional<Source> known = memo.get(x);
      if (known != null) {
        result = known;
        break;
      }
      walked.add(x);
      Optional<Source> here = step(st, x);
      if (here != null) {
        result = here;
        break;
      }
    }
    for (Element x : walked) memo.put(x, result);
    return result;
  }

  /** One step of {@link #source}: the answer decided at {@code x}, or null to continue upwards. */
  private Optional<Source> step(Styles st, Element x) {
    String prop = property();
    Styles.InlineDecl inline = st.inline(x).get(prop);
    String value;
    boolean importantInline;
    if (inline != null && inline.important()) {
      value = inline.value().trim().toLowerCase(Locale.ROOT);
      importantInline = true;
    } else {
      Styles.Decl d = st.get(x, prop);
      if (!d.certain()) return Optional.empty();
      if (!d.declared()) return null;
      value = d.lower();
      importantInline = false;
    }
    if (value.equals("inherit") || value.equals("unset")) return null;
    return Optional.of(new Source(x, value, importantInline));
  }

  /** A spacing length (letter-spacing, word-spacing): normal is 0, em resolves at the declaring element. */
  static Optional<Double> spacing(String value, double sourceFont, double rootFont) {
    if (value.equals("normal") || value.equals("initial") || value.equals("revert") || value.equals("revert-layer")) {
      return Optional.of(0.0);
    }
    return Css.lengthPx(value, sourceFont, rootFont);
  }
}
