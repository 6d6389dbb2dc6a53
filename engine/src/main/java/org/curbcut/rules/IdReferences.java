package org.curbcut.rules;

import java.util.List;

/**
 * Id references that lead nowhere, to more than one element, or to the wrong kind of element:
 * ARIA relations and label {@code for} (aria-valid-idref), table cell {@code headers}
 * (td-headers-attr), a skip link's fragment (skip-link-target).
 *
 * @param references the broken references, in the element's order
 */
public record IdReferences(List<Reference> references) implements Diagnostic {
  public IdReferences {
    references = List.copyOf(references);
  }

  /** One reference: {@code aria-labelledby} → {@code "title"}. */
  public static IdReferences of(String attribute, String value) {
    return new IdReferences(List.of(new Reference(attribute, value)));
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
