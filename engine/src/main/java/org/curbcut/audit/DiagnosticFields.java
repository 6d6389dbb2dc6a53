package org.curbcut.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.curbcut.rules.Diagnostic;
import org.curbcut.snapshot.Element;

/**
 * A {@link Diagnostic} as reports show it, holding no DOM: its kind and its fields in the order of
 * the record's components. A field's value is a String, Integer, Long, Double or Boolean; an
 * element becomes its CSS selector, an enum constant its name in lower-case kebab
 * ({@code not-header}), a list a list and a nested record a map of its fields.
 * Fields that are null (absent) are left out.
 *
 * @param kind the diagnostic's {@link Diagnostic#kind()}, e.g. {@code first-row-headers}
 * @param fields field name → value, in record order
 */
public record DiagnosticFields(String kind, Map<String, Object> fields) {
  /** The components of each record class, read once (reflection builds a new array per call). */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  public DiagnosticFields {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The report form of a diagnostic, elements named by {@code selector}. */
  public static DiagnosticFields of(Diagnostic d, Function<Element, String> selector) {
    return new DiagnosticFields(d.kind(), fieldsOf((Record) d, selector));
  }

  private static Map<String, Object> fieldsOf(Record r, Function<Element, String> selector) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : COMPONENTS.get(r.getClass())) {
      if (c.getName().equals("kind")) {
        throw new IllegalStateException(r.getClass() + ": the field name \"kind\" is the diagnostic's own");
      }
      Object v = value(read(c, r), selector);
      if (v != null) out.put(c.getName(), v);
    }
    return out;
  }

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }

  private static Object value(Object v, Function<Element, String> selector) {
    if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
        || v instanceof Double) {
      return v;
    }
    if (v instanceof Element e) return selector.apply(e);
    if (v instanceof Enum<?> en) return en.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object x : list) out.add(value(x, selector));
      return Collections.unmodifiableList(out);
    }
    if (v instanceof Record nested) return Collections.unmodifiableMap(fieldsOf(nested, selector));
    throw new IllegalArgumentException("a diagnostic field cannot hold a " + v.getClass().getName());
  }
}
