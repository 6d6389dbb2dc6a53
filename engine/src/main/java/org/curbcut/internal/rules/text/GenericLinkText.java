package org.curbcut.internal.rules.text;

import java.util.Set;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.GenericLinkTexts;
import org.curbcut.snapshot.Element;

/**
 * Link texts that tell nothing by themselves ("click here", "read more"; {@link GenericLinkTexts}),
 * and whether a link has the programmatically determined context
 * that WCAG 2.4.4 lets such a text lean on: its paragraph, list item, table cell with its header
 * cells, heading, a description (aria-describedby, title), or a heading before it in the part of
 * the page it belongs to (its section, card, list item or the page: technique H80).
 */
final class GenericLinkText {
  /** Ancestors whose text is a link's context (ACT "programmatically determined link context"). */
  private static final Set<String> CONTEXT_ELEMENTS = Set.of("p", "li", "td", "th", "dd", "dt", "caption", "figcaption",
      "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "label", "legend");
  private static final Set<String> CONTEXT_ROLES = Set.of("paragraph", "listitem", "cell", "gridcell", "heading",
      "rowheader", "columnheader");
  /**
   * The part of a page a link belongs to (a section, a card, a list item, the page itself): a
   * heading before the link inside the nearest one is the "preceding heading" of H80.
   */
  private static final Set<String> PARTS = Set.of("article", "section", "aside", "nav", "main", "header", "footer",
      "li", "td", "th", "figure", "form", "dialog", "body");
  /** The parts that end the search for a preceding heading: a section of the page, or the page. */
  private static final Set<String> SECTIONS = Set.of("article", "section", "aside", "nav", "main", "dialog", "body");

  private GenericLinkText() {}

  /** The name in the form the word list uses: lower case, words separated by one space. */
  static String normalise(String name) {
    return GenericLinkTexts.normalise(name);
  }

  /** True when the whole name is a generic link text. */
  static boolean isGeneric(String name) {
    return GenericLinkTexts.isGeneric(name);
  }

  /** True for an element whose text is a link's programmatically determined context (a paragraph, list item, cell…). */
  static boolean isContextElement(String name) {
    return CONTEXT_ELEMENTS.contains(name);
  }

  /** Whether anything around the link can say what its generic text is about. */
  static boolean hasContext(Aria aria, Element link) {
    if (!aria.description(link).isEmpty()) return true;
    String own = TextChecks.normalize(link.textContent());
    boolean inSection = false;
    for (Element a = link.parent(); a != null; a = a.parent()) {
      boolean context = a.isHtml() && CONTEXT_ELEMENTS.contains(a.name())
          || aria.role(a).map(CONTEXT_ROLES::contains).orElse(false);
      if (context && hasOtherText(a, own)) return true;
      // a table cell's context includes its header cells
      if (a.is("td") && a.closest("table").map(t -> t.descendants().anyMatch(d -> d.is("th"))).orElse(false)) return true;
      // a heading before the link in its card, list item or section; not beyond the nearest section
      if (!inSection && a.isHtml() && PARTS.contains(a.name())) {
        if (headingBefore(aria, a, link)) return true;
        inSection = SECTIONS.contains(a.name());
      }
    }
    return false;
  }

  private static boolean hasOtherText(Element context, String own) {
    String all = TextChecks.normalize(context.textContent());
    return normalise(all.replace(own, " ")).length() > 0;
  }

  /** A heading inside {@code item} that comes before the link in document order. */
  private static boolean headingBefore(Aria aria, Element item, Element link) {
    for (Element d : item.descendants().toList()) {
      if (d == link) return false;
      if ((org.curbcut.internal.standards.HtmlStandards.get().isHeading(d.name()) || aria.explicitRole(d).map("heading"::equals).orElse(false))
          && !TextChecks.normalize(d.textContent()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

}
