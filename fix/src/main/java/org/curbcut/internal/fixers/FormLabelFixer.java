package org.curbcut.internal.fixers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.Repair;
import org.curbcut.fix.SourceEdits;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Text;

/**
 * form-field-name: labels a field from the visible text right before it (referenced with
 * aria-labelledby when it is an element, so the label stays one piece of text), else from its
 * placeholder, else from its name attribute (a guess, needs review).
 */
final class FormLabelFixer implements Fixer {
  private static final int MAX_LABEL = 80;

  @Override
  public String rule() {
    return "form-field-name";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element field = failure.target();
    Optional<Node> before = visibleTextBefore(field);
    if (before.isPresent()) {
      if (before.get() instanceof Element labelEl) {
        String text = clean(labelEl.textContent());
        String id = labelEl.id().orElse(null);
        String provenance = FixContext.message("label.text-before", text);
        if (id != null && ctx.page().allById(id).size() == 1) {
          return FixerSupport.setAttribute(rule(), field, "aria-labelledby", id, provenance, Confidence.LIKELY);
        }
        String newId = freshId(ctx, field);
        Optional<List<Edit>> edits = SourceEdits.all(SourceEdits.setAttribute(labelEl, "id", newId),
            SourceEdits.setAttribute(field, "aria-labelledby", newId));
        if (edits.isEmpty() || labelEl.has("id")) return FixerSupport.setAttribute(rule(), field, "aria-label", text, provenance, Confidence.LIKELY);
        return new Repair(rule(), field, edits.get(), FixContext.message("change.labelledby", newId, text), text, provenance,
            Confidence.LIKELY);
      }
      String text = clean(((Text) before.get()).data());
      return FixerSupport.setAttribute(rule(), field, "aria-label", text, FixContext.message("label.text-before", text),
          Confidence.LIKELY);
    }
    Optional<String> placeholder = field.attr("placeholder").map(FormLabelFixer::clean).filter(s -> !s.isEmpty());
    if (placeholder.isPresent()) {
      return FixerSupport.setAttribute(rule(), field, "aria-label", placeholder.get(),
          FixContext.message("label.placeholder"), Confidence.LIKELY);
    }
    Optional<String> name = field.attr("name").map(FormLabelFixer::humanise).filter(s -> s.length() >= 3);
    if (name.isPresent()) {
      return FixerSupport.setAttribute(rule(), field, "aria-label", name.get(),
          FixContext.message("label.name-attribute", field.attrOr("name", "")), Confidence.NEEDS_REVIEW);
    }
    return FixerSupport.needsPerson(rule(), field, "label.needs-person");
  }

  /**
   * The text a sighted user reads as the field's label: the nearest preceding sibling with text
   * (stopping at other fields), or the previous table cell's text.
   */
  static Optional<Node> visibleTextBefore(Element field) {
    Element parent = field.parent();
    if (parent == null) return Optional.empty();
    List<Node> siblings = parent.children();
    for (int i = field.indexInParent() - 1; i >= 0; i--) {
      Node n = siblings.get(i);
      if (n instanceof Text t) {
        if (t.isWhitespace()) continue;
        return usable(clean(t.data())) ? Optional.of(t) : Optional.empty();
      }
      Element e = (Element) n;
      if (e.is("br")) continue;
      if (e.isHtml() && HtmlStandards.get().isFormControl(e.name()) || e.is("label") || e.descendants().anyMatch(FormLabelFixer::isField)) {
        return Optional.empty();
      }
      if (Rendering.isVisible(e).isFalse()) continue;
      return usable(clean(e.textContent())) ? Optional.of(e) : Optional.empty();
    }
    if (parent.is("td") && parent.parent() != null) {
      List<Element> cells = parent.parent().childElements().filter(c -> c.is("td", "th")).toList();
      int at = cells.indexOf(parent);
      if (at > 0 && cells.get(at - 1).descendants().noneMatch(FormLabelFixer::isField)
          && usable(clean(cells.get(at - 1).textContent()))) {
        return Optional.of(cells.get(at - 1));
      }
    }
    return Optional.empty();
  }

  private static boolean usable(String label) {
    return !label.isEmpty() && label.length() <= MAX_LABEL && label.codePoints().anyMatch(Character::isLetter);
  }

  /** The label text without a trailing colon or required-marker asterisk. */
  static String clean(String s) {
    return FixerSupport.squash(s).replaceAll("[\\s:*]+$", "").replaceAll("^\\*+\\s*", "").trim();
  }

  static String humanise(String name) {
    String words = name.replaceAll("\\[.*?]", " ").replaceAll("[-_.]+", " ")
        .replaceAll("([a-z])([A-Z])", "$1 $2").trim().toLowerCase(Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String freshId(FixContext ctx, Element field) {
    String base = "curbcut-label-" + field.attr("name").or(field::id).map(s -> s.replaceAll("[^A-Za-z0-9_-]", ""))
        .filter(s -> !s.isEmpty()).orElse(Integer.toString(field.order()));
    return FreshIds.take(ctx, base);
  }

  /** input, select, textarea: the fields whose label text a repair looks for. */
  private static boolean isField(Element e) {
    return e.isHtml() && HtmlStandards.get().isFieldElement(e.name());
  }
}
