package org.curbcut.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes plain values as JSON text: maps (in their own order) as objects, lists as arrays,
 * strings, numbers, booleans and null. The bench writes its figures by hand because a JSON library
 * has its home in the engine, fix and cli modules only (the architecture fences). Doubles are
 * written with at most three decimals; NaN and infinities, which JSON cannot hold, as null.
 */
public final class JsonText {
  private JsonText() {}

  /** The value as JSON text, pretty-printed with two-space indentation. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Double || value instanceof Float) {
      number(((Number) value).doubleValue(), out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> m) {
      object(m, out, indent);
    } else if (value instanceof List<?> l) {
      array(l, out, indent);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> m, StringBuilder out, String indent) {
    if (m.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + "  ";
    out.append("{\n");
    for (Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<?, ?> e = it.next();
      out.append(inner);
      string(String.valueOf(e.getKey()), out);
      out.append(": ");
      write(e.getValue(), out, inner);
      out.append(it.hasNext() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private static void array(List<?> l, StringBuilder out, String indent) {
    if (l.isEmpty()) {
      out.append("[]");
      return;
    }
    // short arrays of plain values stay on one line (rule ids per page), others get a line each
    boolean flat = l.stream().noneMatch(v -> v instanceof Map || v instanceof List);
    String inner = indent + "  ";
    out.append(flat ? "[" : "[\n");
    for (int i = 0; i < l.size(); i++) {
      if (!flat) out.append(inner);
      write(l.get(i), out, inner);
      if (i < l.size() - 1) out.append(flat ? ", " : ",\n");
    }
    out.append(flat ? "]" : "\n" + indent + "]");
  }

  private static void number(double d, StringBuilder out) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.append("null");
      return;
    }
    BigDecimal b = BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
    out.append(b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString());
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // control characters, and the line separators some JavaScript parsers reject
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
