package org.curbcut.rules;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.curbcut.snapshot.Element;

/** What {@link RuleResult#movedTo} does to a diagnostic: the kinds that name an element get the mapped one. */
final class Diagnostics {
  /** The kinds none of whose components is an element: carried over as they are. */
  private static final Set<Class<?>> WITHOUT_ELEMENTS = withoutElements();

  private Diagnostics() {}

  /**
   * The diagnostic about the mapped elements; itself when it names none; null when an element it
   * names does not map, or for a kind that names an element and is not known here (so a kind added
   * later is re-computed, never carried over with the old page's element).
   */
  static Diagnostic movedTo(Diagnostic d, UnaryOperator<Element> map) {
    if (WITHOUT_ELEMENTS.contains(d.getClass())) return d;
    if (d instanceof EnclosingLandmark x) {
      return mapped(x.landmark(), map) ? new EnclosingLandmark(x.role(), moved(x.landmark(), map)) : null;
    }
    if (d instanceof ErrorMessage x) {
      return mapped(x.message(), map) ? new ErrorMessage(moved(x.message(), map), x.text()) : null;
    }
    if (d instanceof FirstRowHeaders x) {
      return mapped(x.row(), map) ? new FirstRowHeaders(moved(x.row(), map), x.evidence()) : null;
    }
    if (d instanceof FocusableContent x) {
      return mapped(x.element(), map) ? new FocusableContent(x.role(), moved(x.element(), map)) : null;
    }
    if (d instanceof Label x) {
      return mapped(x.control(), map) ? new Label(x.text(), moved(x.control(), map)) : null;
    }
    return null;
  }

  /** True when the element is absent (nothing to map) or has an image under {@code map}. */
  private static boolean mapped(Element e, UnaryOperator<Element> map) {
    return e == null || map.apply(e) != null;
  }

  private static Element moved(Element e, UnaryOperator<Element> map) {
    return e == null ? null : map.apply(e);
  }

  private static Set<Class<?>> withoutElements() {
    Set<Class<?>> out = new HashSet<>();
    for (Class<?> kind : Diagnostic.class.getPermittedSubclasses()) {
      if (holdsNoElement(kind, 0)) out.add(kind);
    }
    return out;
  }

  /**
   * True for a type whose values cannot hold an element: primitives, strings, numbers, enums,
   * records of such, lists of such. Anything else counts as one that may (not carried over).
   */
  private static boolean holdsNoElement(Type type, int depth) {
    if (depth > 4) return false;
    if (type instanceof ParameterizedType p) {
      return p.getRawType() == List.class && holdsNoElement(p.getActualTypeArguments()[0], depth + 1);
    }
    if (!(type instanceof Class<?> c)) return false;
    if (c.isPrimitive() || c == String.class || c == Boolean.class || c.isEnum()) return true;
    if (Number.class.isAssignableFrom(c) && c.getName().startsWith("java.lang.")) return true;
    if (!c.isRecord()) return false;
    for (RecordComponent part : c.getRecordComponents()) {
      if (!holdsNoElement(part.getGenericType(), depth + 1)) return false;
    }
    return true;
  }
}
