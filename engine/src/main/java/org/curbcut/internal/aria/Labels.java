package org.curbcut.internal.aria;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Node;
import org.curbcut.snapshot.Page;

/**
 * The one label↔control index of a document, as HTML defines a {@code label}'s labeled control:
 * with a {@code for} attribute, the element that id names (through {@link IdResolver}) when it
 * is labelable; without one, the label's first labelable descendant. Labelable elements are those
 * of {@link HtmlStandards#isLabelable}, an input of type hidden excepted. Built once per document
 * in one walk; obtain through {@link Aria#labels()}.
 */
public final class Labels {
  private final Map<Element, Element> controlOf = new IdentityHashMap<>();
  private final Map<Element, List<Element>> labelsOf = new IdentityHashMap<>();
  /** Labels by tree and {@code for} value, in tree order. */
  private final Map<Object, Map<String, List<Element>>> byFor = new HashMap<>();
  private final IdResolver ids;

  Labels(Page page, IdResolver ids) {
    this.ids = ids;
    // a label's first labelable descendant: walk each tree once, with the labels still waiting for one
    List<Element> labels = new ArrayList<>();
    Deque<Object> stack = new ArrayDeque<>();
    List<Element> waiting = new ArrayList<>();
    if (page.root() != null) stack.push(page.root());
    for (Element e : page.elements()) {
      if (e.shadowRoot() != null) pushChildren(stack, e.shadowRoot().children());
    }
    while (!stack.isEmpty()) {
      Object item = stack.pop();
      if (item instanceof Leave leave) {
        if (!waiting.isEmpty() && waiting.get(waiting.size() - 1) == leave.label()) waiting.remove(waiting.size() - 1);
        continue;
      }
      Element e = (Element) item;
      if (isLabelable(e) && !waiting.isEmpty()) {
        for (Element label : waiting) controlOf.put(label, e);
        waiting.clear();
      }
      if (e.is("label")) {
        labels.add(e);
        if (e.has("for")) {
          ids.target(e, e.attrOr("for", "")).filter(Labels::isLabelable).ifPresent(c -> controlOf.put(e, c));
        } else {
          waiting.add(e);
          stack.push(new Leave(e));
        }
      }
      pushChildren(stack, e.children());
    }
    // labels in tree order, per control
    labels.sort((a, b) -> Integer.compare(a.order(), b.order()));
    for (Element label : labels) {
      Element c = controlOf.get(label);
      if (c != null) labelsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(label);
      Optional<String> forValue = label.attr("for");
      if (forValue.isPresent()) {
        byFor.computeIfAbsent(ids.scopeOf(label), k -> new HashMap<>())
            .computeIfAbsent(forValue.get(), k -> new ArrayList<>()).add(label);
      }
    }
  }

  /** Marks the end of a label's subtree in the walk. */
  private record Leave(Element label) {}

  private static void pushChildren(Deque<Object> stack, List<Node> children) {
    for (int i = children.size() - 1; i >= 0; i--) {
      if (children.get(i) instanceof Element c) stack.push(c);
    }
  }

  /** True for an element a label can label: a labelable HTML element, not an input of type hidden. */
  public static boolean isLabelable(Element e) {
    if (!e.isHtml() || !HtmlStandards.get().isLabelable(e.name())) return false;
    return !(e.is("input") && e.token("type").orElse("").equals("hidden"));
  }

  /** The labels of a control, in tree order (empty for an element that is not labelable). */
  public List<Element> labelsOf(Element control) {
    return labelsOf.getOrDefault(control, List.of());
  }

  /**
   * The labels of {@code field}'s tree whose {@code for} attribute is {@code field}'s id, in tree
   * order, whether or not that id is unique: what the author wrote as the field's label. When an
   * id repeats, HTML gives such a label to the first element with the id only ({@link #labelsOf}),
   * yet it still stands next to the field it was written for.
   */
  public List<Element> labelsNaming(Element field) {
    Optional<String> id = field.id();
    if (id.isEmpty()) return List.of();
    Map<String, List<Element>> inTree = byFor.get(ids.scopeOf(field));
    return inTree == null ? List.of() : inTree.getOrDefault(id.get(), List.of());
  }

  /** The control a label labels, if any. */
  public Optional<Element> controlOf(Element label) {
    return Optional.ofNullable(controlOf.get(label));
  }
}
