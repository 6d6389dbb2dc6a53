package org.curbcut.snapshot;

import java.util.Map;
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

  public ElementMemo(Page page) {
    this.page = page;
    this.slots = new AtomicReferenceArray<>(page == null ? 0 : page.elements.size());
  }

  /** The stored answer, or null. */
  public V get(Element e) {
    if (e.page == page && e.order < slots.length()) return slots.getAcquire(e.order);
    return others.get(e);
  }

  /** Stores an answer (non-null). */
  public void put(Element e, V value) {
    if (e.page == page && e.order < slots.length()) slots.setRelease(e.order, value);
    else others.put(e, value);
  }
}
