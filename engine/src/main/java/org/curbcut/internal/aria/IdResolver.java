package org.curbcut.internal.aria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * The one resolver of ID references ({@code aria-labelledby}, {@code for}, {@code headers} …) for
 * one document: an id names the first element with that id in the referring element's own tree
 * (the document, a shadow root, or the inert content of a {@code template}), as
 * {@code getElementById} on the reference's root finds it. Built once per document in one pass,
 * so a lookup costs a hash probe however many elements share an id. Obtain through
 * {@link Aria#ids()}; a document of a srcdoc iframe has its own.
 */
public final class IdResolver {
  /** The document's own tree (light DOM outside templates). */
  private static final Object DOCUMENT = new Object();

  private final Page page;
  /** Each element's tree: {@link #DOCUMENT}, its shadow root, or its nearest template ancestor. */
  private final Object[] scopes;
  /** Elements by tree and id, in tree order. */
  private final Map<Object, Map<String, List<Element>>> byScope = new HashMap<>();
  /** Per ID reference attribute: target → the elements whose attribute names it, in tree order. */
  private final Map<String, Map<Element, List<Element>>> referrers = new ConcurrentHashMap<>();

  IdResolver(Page page) {
    this.page = page;
    List<Element> elements = page.elements();
    scopes = new Object[elements.size()];
    for (Element e : elements) {
      Element p = e.parent();
      Object scope;
      if (p != null) scope = p.is("template") ? p : scopes[p.order()];
      else if (e.containingShadowRoot() != null) scope = e.containingShadowRoot();
      else scope = DOCUMENT;
      scopes[e.order()] = scope;
      Optional<String> id = e.id();
      if (id.isPresent()) {
        byScope.computeIfAbsent(scope, k -> new HashMap<>()).computeIfAbsent(id.get(), k -> new ArrayList<>(1)).add(e);
      }
    }
  }

  /** The tree of an element of this document: a key that two elements of one tree share. */
  Object scopeOf(Element e) {
    return e.page() == page ? scopes[e.order()] : null;
  }

  /** The element {@code id} names from {@code from}: the first with that id in {@code from}'s tree. */
  public Optional<Element> target(Element from, String id) {
    List<Element> all = all(from, id);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * The element with this id in the document's own tree (not in a shadow root or a template): what
   * {@code document.getElementById} and a URL fragment find.
   */
  public Optional<Element> documentTarget(String id) {
    Map<String, List<Element>> ids = byScope.get(DOCUMENT);
    List<Element> all = ids == null ? List.of() : ids.getOrDefault(id, List.of());
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every element with this id in {@code from}'s tree, in tree order (more than one: a duplicate id). */
  public List<Element> all(Element from, String id) {
    if (id.isEmpty() || from.page() != page) return List.of();
    Map<String, List<Element>> ids = byScope.get(scopes[from.order()]);
    return ids == null ? List.of() : ids.getOrDefault(id, List.of());
  }

  /**
   * The elements an ID reference list attribute of {@code from} names (split on ASCII whitespace),
   * those that exist, in attribute order, each once. Also right for a single ID reference.
   */
  public List<Element> targets(Element from, String attribute) {
    Optional<String> value = from.attr(attribute);
    if (value.isEmpty()) return List.of();
    List<String> ids = AsciiWhitespace.split(value.get());
    if (ids.size() == 1) return target(from, ids.get(0)).map(List::of).orElse(List.of());
    Map<Element, Boolean> out = new LinkedHashMap<>();
    for (String id : ids) target(from, id).ifPresent(t -> out.putIfAbsent(t, Boolean.TRUE));
    return new ArrayList<>(out.keySet());
  }

  /** The elements whose {@code attribute} names {@code target} (as {@link #targets} resolves it), in tree order. */
  public List<Element> referrers(Element target, String attribute) {
    return referrers.computeIfAbsent(attribute, this::indexReferrers).getOrDefault(target, List.of());
  }

  private Map<Element, List<Element>> indexReferrers(String attribute) {
    Map<Element, List<Element>> out = new IdentityHashMap<>();
    for (Element e : page.elements()) {
      if (!e.has(attribute)) continue;
      for (Element t : targets(e, attribute)) out.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
    }
    return out;
  }
}
