package org.curbcut.internal.aria;

import java.util.Locale;
import java.util.Optional;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Element;

/**
 * The {@code ::marker} of a list item, which browsers put in front of the item's text in name from
 * content (wpt tentative). Only the default markers (disc for {@code ul}/{@code menu}, decimal for
 * {@code ol}) can be read statically; author {@code ::marker} rules are not modelled, so any name
 * that includes a marker is unknown.
 */
final class ListMarker {
  private ListMarker() {}

  /** The marker text of a list item ("• ", "3. "), or empty when it has none. */
  static Optional<String> of(Element li) {
    if (!li.is("li")) return Optional.empty();
    Optional<String> display = Rendering.style(li, "display").declared().map(v -> v.trim().toLowerCase(Locale.ROOT));
    if (display.isPresent() && !display.get().startsWith("list-item")) return Optional.empty();
    String type = Rendering.style(li, "list-style-type").declared().or(() -> Rendering.style(li, "list-style").declared())
        .map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse("");
    if (type.equals("none")) return Optional.empty();
    Element list = li.parent();
    if (list == null || !list.isHtml() || !HtmlStandards.get().isListElement(list.name())) return Optional.empty();
    if (list.is("ol")) return Optional.of(ordinal(li, list) + ". ");
    return Optional.of("\u2022 ");
  }

  private static int ordinal(Element li, Element ol) {
    var items = ol.childElements().filter(c -> c.is("li")).toList();
    boolean reversed = ol.has("reversed");
    int n = reversed ? intAttr(ol, "start").orElse(items.size()) : intAttr(ol, "start").orElse(1);
    for (Element item : items) {
      Optional<Integer> value = intAttr(item, "value");
      if (value.isPresent()) n = value.get();
      if (item == li) return n;
      n += reversed ? -1 : 1;
    }
    return n;
  }

  private static Optional<Integer> intAttr(Element e, String name) {
    try {
      return e.attr(name).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt);
    } catch (NumberFormatException ex) {
      return Optional.empty();
    }
  }
}
