package org.curbcut.aria;

import java.util.Optional;
import org.curbcut.snapshot.Element;

/**
 * The native roles the name computation needs (HTML-AAM) for the controls whose value is embedded
 * in a label (accname 2C) and for text fields. Used only when {@link Aria#role} gives no role.
 */
final class NativeRoles {
  private NativeRoles() {}

  static Optional<String> implicit(Element e) {
    if (!e.isHtml()) return Optional.empty();
    return Optional.ofNullable(switch (e.name()) {
      case "input" -> input(e);
      case "textarea" -> "textbox";
      case "select" -> e.has("multiple") || sizeOver1(e) ? "listbox" : "combobox";
      case "option" -> "option";
      case "progress" -> "progressbar";
      case "meter" -> "meter";
      case "td" -> "cell";
      case "th" -> "columnheader";
      default -> null;
    });
  }

  private static boolean sizeOver1(Element select) {
    try {
      return Integer.parseInt(select.attrOr("size", "0").trim()) > 1;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String input(Element e) {
    String type = e.token("type").orElse("text");
    boolean list = e.has("list");
    return switch (type) {
      case "text", "", "email", "tel", "url" -> list ? "combobox" : "textbox";
      case "search" -> list ? "combobox" : "searchbox";
      case "password" -> "textbox";
      case "number" -> "spinbutton";
      case "range" -> "slider";
      case "checkbox" -> "checkbox";
      case "radio" -> "radio";
      case "button", "submit", "reset", "image" -> "button";
      default -> type.matches("date|datetime-local|month|time|week|color|file|hidden") ? null : "textbox";
    };
  }
}
