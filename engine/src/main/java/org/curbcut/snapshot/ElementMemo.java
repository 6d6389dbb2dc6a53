package org.curbcut.snapshot;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A table of answers per element of one page, for caches of derived facts (roles, visibility).
 * Elements of the page are looked up by their document order (an array slot, no hashing); elements
 * of other pages (srcdoc documents) fall back to a concurrent map. Safe to share between threads:
 * values should be immutable, and a value computed twice is simply stored twice.
 *
 * @param <V> the answer type; null means "not computed yet"
 */
public final class ElementMemo<V> {
  private final Page page;
  private final AtomicReferenceArray<V> slots;
  private final Map<Element, V> others = new ConcurrentHashMap<>();

  /** A memo with one empty slot per element of the page (none for a null page). */
  public ElementMemo(Page page) {
    this.page = page;
    this.slots = new AtomicReferenceArray<>(page == null ? 0 : page.elements.size());
  }

  /** The stored answer, or null. */
  public V get(Element e) {
    if (e.page == page && e.order < slots.length()) return slots.getAcquire(e.order);
    return others.get(e);
  }

  /**
   * The answer for an element whose answer follows from its own markup and its composed parent's
   * answer ({@code parentAnswer} is null for a root). Computes top-down, once per element, without
   * recursion: a walk to the root for every element was quadratic on deep pages.
   */
  public V inherit(Element e, BiFunction<Element, V, V> fromParent) {
    V known = get(e);
    if (known != null) return known;
    ArrayDeque<Element> chain = new ArrayDeque<>();
    V above = null;
    for (Element x = e; x != null; x = x.composedParent()) {
      V v = get(x);
      if (v != null) {
        above = v;
        break;
      }
      chain.push(x);
    }
    while (!chain.isEmpty()) {
      Element x = chain.pop();
      above = Objects.requireNonNull(fromParent.apply(x, above), "an answer is never null");
      put(x, above);
    }
    return above;
  }

  /** Stores an answer (non-null). */
  public void put(Element e, V value) {
    if (e.page == page && e.order < slots.length()) slots.setRelease(e.order, value);
    else others.put(e, value);
  }
}
