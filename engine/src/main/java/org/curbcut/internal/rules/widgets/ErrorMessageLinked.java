package org.curbcut.internal.rules.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.IdResolver;
import org.curbcut.internal.rules.commons.Fields;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.ErrorMessage;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;
import org.curbcut.snapshot.Tri;

/**
 * error-message-linked (WCAG 3.3.1, no ACT rule). Applicability: a rendered form field with an
 * error message shown next to it — an element in the field's container that looks like an error
 * (a class or id token containing "error" or "invalid", such as {@code field-error} or
 * {@code invalid-feedback}, or {@code role="alert"}), holds text, is not a label, and is visible
 * per the static cascade. The container is the nearest wrapping div, p, li or fieldset whose only
 * field is this one (and that holds no heading, landmark or navigation); without one, the elements
 * after the field (or after its wrapping label) up to the next field or label. Expectation 1: the field's {@code aria-describedby}, or its
 * {@code aria-errormessage} together with {@code aria-invalid="true"}, references the message (or
 * an element around it or inside it). Text inside a label is not a candidate: it is announced with
 * the field's name.
 *
 * <p>Messages that are hidden until a script shows them are not shown now: inapplicable, and
 * cantTell where the cascade cannot say (a style sheet that was not read: without a browser's
 * computed style, every message on such a page is cantTell). A missing {@code aria-invalid}
 * is not a second failure: one failure per field, and the repair sets both. The structure rule
 * form-field-error-message covers the other direction (aria-invalid without a message).
 */
public final class ErrorMessageLinked implements Rule {
  static final MessageKey<ErrorMessage> UNLINKED = MessageKey.of("unlinked", ErrorMessage.class,
      d -> new Object[] {shorten(d.text())});
  static final MessageKey<Diagnostic> MAYBE_SHOWN = MessageKey.of("maybe-shown");
  private static final RuleMeta META = RuleMeta.of(ErrorMessageLinked.class, "error-message-linked",
      List.of(), List.of("3.3.1"), Level.A, Impact.SERIOUS)
      .withMessages(UNLINKED, MAYBE_SHOWN);
  private static final Pattern ERROR_TOKEN = Pattern.compile(".*(error|invalid).*");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!isField(e) || Rendering.isRendered(e).isFalse() || ctx.aria().isHiddenFromAT(e).isTrue()) continue;
      IdResolver ids = ctx.aria(e.page()).ids();
      List<Element> shown = new ArrayList<>();
      boolean unknown = false;
      for (Element m : messages(e)) {
        Tri visible = shown(m);
        if (visible.isTrue()) shown.add(m);
        else if (visible.isUnknown()) unknown = true;
      }
      if (shown.isEmpty()) {
        if (unknown) out.cantTell(e, MAYBE_SHOWN);
        continue;
      }
      if (shown.stream().anyMatch(m -> isLinked(ids, e, m))) out.passed(e);
      else out.failed(e, UNLINKED, new ErrorMessage(shown.get(0), collapse(shown.get(0).textContent())));
    }
  }

  /**

   * Whether the message is shown now. Without a browser's computed style, a page whose style
   * sheets were not all read may hide it in the sheet that is missing (Bootstrap's
   * invalid-feedback is display:none until the field is marked invalid): unknown then.
   */
  static Tri shown(Element message) {
    Tri visible = Rendering.isVisible(message);
    boolean staticOnly = message.page() != null && message.page().renderFacts().isEmpty();
    if (visible.isTrue() && staticOnly && !message.page().isStyleComplete()) return Tri.UNKNOWN;
    return visible;
  }

  static boolean isField(Element e) {
    if (e.is("select", "textarea")) return !e.has("disabled");
    return e.is("input") && Fields.isValueInputType(e.token("type").orElse("")) && !e.has("disabled");
  }

  /** The elements next to the field that look like error messages (outermost ones, in document order). */
  static List<Element> messages(Element field) {
    List<Element> found = new ArrayList<>();
    for (Element c : candidates(field)) {
      if (found.stream().anyMatch(f -> isInside(c, f))) continue;
      if (looksLikeError(c)) found.add(c);
    }
    return found;
  }

  private static List<Element> candidates(Element field) {
    Element wrapper = field.ancestors().filter(a -> a.is("div", "p", "li", "fieldset", "form", "body")).findFirst()
        .filter(a -> a.is("div", "p", "li", "fieldset")).orElse(null);
    if (wrapper != null && isFieldContainer(wrapper)) {
      return wrapper.descendants().filter(d -> d != field && !d.is("label", "legend") && d.closest("label").isEmpty()
          && d.descendants().noneMatch(x -> x == field)).toList();
    }
    Element anchor = field.parent() != null && field.parent().is("label") ? field.parent() : field;
    Element parent = anchor.parent();
    if (parent == null) return List.of();
    List<Element> out = new ArrayList<>();
    List<Node> kids = parent.children();
    for (int i = anchor.indexInParent() + 1; i < kids.size(); i++) {
      if (kids.get(i) instanceof Text) continue;
      Element sib = (Element) kids.get(i);
      if (sib.is("label") || isField(sib) || sib.descendants().anyMatch(d -> d.is("label") || isField(d))) break;
      out.add(sib);
      out.addAll(sib.descendants().toList());
    }
    return out;
  }

  /**
   * A wrapper that holds this one field and what goes with it: no other field, and nothing a page
   * section would hold (a heading, navigation, more than two links), so a page-wide error banner in
   * a header that also holds a search field is not taken for the search field's message.
   */
  private static boolean isFieldContainer(Element wrapper) {
    int fields = 0;
    int links = 0;
    for (Element d : wrapper.descendants().toList()) {
      if (isField(d)) fields++;
      if (d.is("a") && d.has("href")) links++;
      if (d.is("h1", "h2", "h3", "h4", "h5", "h6", "nav", "form", "header", "footer", "main", "section", "article")) return false;
    }
    return fields == 1 && links <= 2;
  }

  private static boolean looksLikeError(Element e) {
    if (e.is("input", "select", "textarea", "button", "label", "script", "style", "template", "option")) return false;
    boolean signal = WidgetSignals.tokenMatches(e, ERROR_TOKEN) || e.token("role").orElse("").equals("alert");
    return signal && !e.textContent().isBlank();
  }

  private static boolean isLinked(IdResolver ids, Element field, Element message) {
    List<Element> targets = new ArrayList<>(ids.targets(field, "aria-describedby"));
    if (field.token("aria-invalid").orElse("").equals("true")) targets.addAll(ids.targets(field, "aria-errormessage"));
    for (Element target : targets) {
      if (target == message || isInside(target, message) || isInside(message, target)) return true;
    }
    return false;
  }

  /** True when {@code inner} is a descendant of {@code outer}. */
  private static boolean isInside(Element inner, Element outer) {
    return inner.ancestors().anyMatch(a -> a == outer);
  }

  private static String collapse(String text) {
    return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
  }

  private static String shorten(String text) {
    String t = collapse(text);
    return t.length() <= 80 ? t : t.substring(0, 79) + "…";
  }
}
