package org.curbcut.rules;

import java.util.List;

/**
 * Id references that lead nowhere, to more than one element, or to the wrong kind of element:
 * ARIA relations and label {@code for} (aria-valid-idref), table cell {@code headers}
 * (td-headers-attr), a skip link's fragment (skip-link-target).
 *
 * @param problem what is wrong with every one of the references
 * @param references the references, in the element's order
 */
public record IdReferences(Problem problem, List<Reference> references) implements Diagnostic {
  public IdReferences {
    references = List.copyOf(references);
  }

  /** One reference: {@code aria-labelledby} → {@code "title"}. */
  public static IdReferences of(Problem problem, String attribute, String value) {
    return new IdReferences(problem, List.of(new Reference(attribute, value)));
  }

  /** What is wrong with a reference. */
  public enum Problem {
    /** No element has the id (none of the ids, for a list). */
    MISSING,
    /** More than one element has the id, so which one is meant is ambiguous. */
    DUPLICATE,
    /** A {@code headers} id that names no element of the cell's table. */
    OUTSIDE_TABLE,
    /** A {@code headers} id that names the cell itself. */
    SELF,
    /** A {@code headers} id that names an element that is not a header cell. */
    NOT_HEADER
  }

  /**
   * One broken reference.
   *
   * @param attribute the attribute that refers ({@code href} for a fragment link)
   * @param value the id or ids it names: the attribute's whole value when none of them exists,
   *     the one id at fault otherwise (a duplicated id, a headers id that names no header cell)
   */
  public record Reference(String attribute, String value) {}
}
