package org.curbcut.internal.aria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Namespace;

/**
 * Accname step 2E, "Host language label": the native text alternatives of HTML-AAM (section 4.1,
 * "Accessible name computations by HTML element") and SVG-AAM.
 */
final class HostLanguage {
  /** A native text alternative; {@code stop} ends the computation even when the text is empty (alt=""). */
  record Result(String text, boolean stop) {}

  private final NameComputation computation;
  private final AccnameTree tree;

  HostLanguage(NameComputation computation, AccnameTree tree) {
    this.computation = computation;
    this.tree = tree;
  }

  /** The native text alternative of the current node, or null when the host language gives none. */
  Result label(Element e, NameComputation.Walk walk) {
    if (e.namespace() == Namespace.SVG) return svg(e);
    if (!e.isHtml()) return null;
    switch (e.name()) {
      case "input" -> {
        return input(e, walk);
      }
      case "img" -> {
        // alt="" is the author saying "no name": it stops the computation (no title fallback),
        // except for an image reached directly through aria-labelledby (browsers use its title)
        boolean stop = walk.root() || walk.inContent();
        return e.attr("alt").map(alt -> new Result(alt, stop)).orElse(null);
      }
      case "area" -> {
        return e.attr("alt").map(alt -> new Result(alt, false)).orElse(null);
      }
      case "fieldset" -> {
        return firstChild(e, "legend").map(c -> new Result(computation.nativeLabelContent(c, walk, false), false)).orElse(null);
      }
      case "figure" -> {
        return firstChild(e, "figcaption").map(c -> new Result(computation.nativeLabelContent(c, walk, false), false)).orElse(null);
      }
      case "table" -> {
        return firstChild(e, "caption").map(c -> new Result(computation.nativeLabelContent(c, walk, false), false)).orElse(null);
      }
      case "optgroup", "option" -> {
        return e.attr("label").map(l -> new Result(l, false)).orElse(null);
      }
      default -> {
        // the other labelable elements (button, meter, output, progress, select, textarea)
        return HtmlStandards.get().isLabelable(e.name()) ? labels(e, walk) : null;
      }
    }
  }

  private Result input(Element e, NameComputation.Walk walk) {
    String type = e.token("type").orElse("text");
    switch (type) {
      case "hidden" -> {
        return null;
      }
      case "button", "submit", "reset" -> {
        Result labelled = labels(e, walk);
        if (labelled != null && !NameComputation.normalize(labelled.text()).isEmpty()) return labelled;
        Optional<String> value = e.attr("value");
        if (value.isPresent()) return new Result(value.get(), false);
        if (type.equals("submit")) return new Result("Submit", false);
        if (type.equals("reset")) return new Result("Reset", false);
        return null;
      }
      case "image" -> {
        Result labelled = labels(e, walk);
        if (labelled != null && !NameComputation.normalize(labelled.text()).isEmpty()) return labelled;
        Optional<String> alt = NameComputation.nonBlank(e.attr("alt"));
        if (alt.isPresent()) return new Result(alt.get(), false);
        Optional<String> value = NameComputation.nonBlank(e.attr("value"));
        if (value.isPresent()) return new Result(value.get(), false);
        if (NameComputation.nonBlank(e.attr("title")).isPresent()) return null; // 2I gives the title
        return new Result("Submit", false);
      }
      default -> {
        return labels(e, walk);
      }
    }
  }

  /** The {@code <label>} elements of a labelable control, their texts joined by spaces. */
  private Result labels(Element control, NameComputation.Walk walk) {
    List<Element> labels = tree.labelsOf(control);
    if (labels.isEmpty()) return null;
    List<String> parts = new ArrayList<>();
    for (Element label : labels) {
      String text = NameComputation.normalize(computation.nativeLabelContent(label, walk, walk.root()));
      if (!text.isEmpty()) parts.add(text);
    }
    return new Result(String.join(" ", parts), false);
  }

  /** SVG-AAM: the first {@code <title>} child is the name of an SVG element. */
  private Result svg(Element e) {
    for (Element c : e.childElements().toList()) {
      if (c.namespace() == Namespace.SVG && c.name().equals("title")) {
        return new Result(c.textContent(), false);
      }
    }
    return null;
  }

  private static Optional<Element> firstChild(Element e, String name) {
    return e.childElements().filter(c -> c.is(name)).findFirst();
  }
}
