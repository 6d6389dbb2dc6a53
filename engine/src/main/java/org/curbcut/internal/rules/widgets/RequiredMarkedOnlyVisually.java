package org.curbcut.internal.rules.widgets;

import java.util.List;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.Labels;
import org.curbcut.internal.rules.commons.Fields;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.Diagnostic;
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

/**
 * required-marked-only-visually (WCAG 1.3.1 and 3.3.2, no ACT rule). Applicability: a rendered
 * form field with a required marker people see — an asterisk or "(required)" in its label, or an
 * element right before or after it that holds only such a marker. Expectation 1: the field is
 * required for assistive technology too ({@code required} or {@code aria-required="true"}).
 */
public final class RequiredMarkedOnlyVisually implements Rule {
  static final MessageKey<Diagnostic> NOT_PROGRAMMATIC = MessageKey.of("not-programmatic");
  private static final RuleMeta META = RuleMeta.of(RequiredMarkedOnlyVisually.class, "required-marked-only-visually",
      List.of(), List.of("1.3.1", "3.3.2"), Level.A, Impact.SERIOUS)
      .withMessages(NOT_PROGRAMMATIC);
  private static final Pattern MARKER_ONLY = Pattern.compile("\\s*(\\*|\\(\\s*required\\s*\\)|required)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL_MARKER = Pattern.compile("(^\\s*\\*)|((?<![0-9*])\\*\\s*:?\\s*$)|\\(\\s*required\\s*\\)", Pattern.CASE_INSENSITIVE);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!e.isHtml() || !HtmlStandards.get().isFieldElement(e.name()) || !Fields.isValueInputType(e.token("type").orElse(""))) continue;
      Labels labels = ctx.aria(e.page()).labels();
      if (Rendering.isRendered(e).isFalse() || !hasVisibleMarker(labels, e)) continue;
      boolean programmatic = e.has("required") || e.token("aria-required").orElse("").equals("true");
      if (programmatic) out.passed(e);
      else out.failed(e, NOT_PROGRAMMATIC);
    }
  }

  private static boolean hasVisibleMarker(Labels labels, Element field) {
    for (Element label : labels.labelsOf(field)) {
      if (LABEL_MARKER.matcher(label.textContent()).find()) return true;
    }
    // a label written for the field's id stands next to it even when the id repeats
    for (Element label : labels.labelsNaming(field)) {
      if (LABEL_MARKER.matcher(label.textContent()).find()) return true;
    }
    return markerSibling(field, -1) || markerSibling(field, +1);
  }

  /** The nearest non-blank sibling in that direction holds only a required marker. */
  private static boolean markerSibling(Element field, int direction) {
    Element parent = field.parent();
    if (parent == null) return false;
    List<Node> kids = parent.children();
    for (int i = field.indexInParent() + direction; i >= 0 && i < kids.size(); i += direction) {
      Node n = kids.get(i);
      if (n instanceof Text t) {
        if (t.isWhitespace()) continue;
        return MARKER_ONLY.matcher(t.data()).matches();
      }
      Element sib = (Element) n;
      return !(sib.isHtml() && HtmlStandards.get().isFieldElement(sib.name())) && MARKER_ONLY.matcher(sib.textContent()).matches()
          && Rendering.isVisible(sib).isTrue();
    }
    return false;
  }
}
