package org.curbcut.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.curbcut.internal.aria.Aria;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * What the rules of one audit evaluate: the page, its ARIA semantics, the documents nested in it,
 * and what rules compute once and share (a page's landmark model, its contrast answers), kept
 * here under typed {@link Key keys} for as long as the audit lasts. Nothing outlives the audit:
 * two audits of the same page, on two threads or one after the other, share no state.
 *
 * <p>A context belongs to one audit on one thread. A repair run keeps the context of its first
 * audit for its fixers, so they reuse what the rules computed.
 */
public final class RuleContext {
  private final Page page;
  private final Aria aria;
  private final Deadline deadline;
  private final Map<Page, Map<Key<?>, Object>> memo = new IdentityHashMap<>();
  private List<Element> allElements;

  /** A context for auditing the page with no deadline. */
  public RuleContext(Page page) {
    this(page, Deadline.NONE);
  }

  /**
   * @param page the page to audit
   * @param deadline when the audit must stop; rules and long computations ask {@link #checkDeadline()}
   */
  public RuleContext(Page page, Deadline deadline) {
    this.page = Objects.requireNonNull(page, "page");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    // the ARIA computations check the deadline too: they are the loops every page pays for
    this.aria = deadline == Deadline.NONE ? Aria.of(page) : Aria.of(page, deadline::check);
  }

  /** The page being audited. */
  public Page page() {
    return page;
  }

  /** ARIA semantics of the audited page. */
  public Aria aria() {
    return aria;
  }

  /** ARIA semantics of any document of this audit (the page, or the page of an {@code <iframe srcdoc>}). */
  public Aria aria(Page document) {
    return aria.forPage(document);
  }

  /** When this audit must stop. */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * Throws {@link Deadline.Exceeded} when the audit's time is up or it was cancelled. Cheap: loops
   * over every element may call it each time round.
   */
  public void checkDeadline() {
    deadline.check();
  }

  /** The page's elements followed by those of its srcdoc iframes (each element knows its own page). */
  public List<Element> allElements() {
    if (allElements == null) {
      List<Element> out = new ArrayList<>(page.elements());
      collectFrames(page, out, 0);
      allElements = out;
    }
    return allElements;
  }

  private static void collectFrames(Page p, List<Element> out, int depth) {
    for (Element e : p.elements()) {
      Page doc = e.contentDocument();
      if (doc == null || depth > 8) continue;
      out.addAll(doc.elements());
      collectFrames(doc, out, depth + 1);
    }
  }

  /**
   * What {@code compute} gives for the audited page, computed on first use and kept for the rest
   * of the audit.
   */
  public <T> T memo(Key<T> key, Supplier<T> compute) {
    return memo(key, page, compute);
  }

  /**
   * What {@code compute} gives for one document of this audit (the page or a srcdoc frame's
   * page), computed on first use and kept for the rest of the audit.
   */
  public <T> T memo(Key<T> key, Page document, Supplier<T> compute) {
    Map<Key<?>, Object> forPage = memo.computeIfAbsent(document, p -> new HashMap<>());
    Object known = forPage.get(key);
    if (known != null) {
      @SuppressWarnings("unchecked") // a key is declared with its value's type, and only that type is put under it
      T typed = (T) known;
      return typed;
    }
    T value = Objects.requireNonNull(compute.get(), "a memo is never null");
    forPage.put(key, value);
    return value;
  }

  /**
   * The name and type of one thing rules share through {@link #memo}; one constant per thing,
   * declared by the code that computes it. Keys compare by identity.
   *
   * @param <T> the type of the value
   */
  public static final class Key<T> {
    private final String name;

    private Key(String name) {
      this.name = name;
    }

    /** A new key; {@code name} is for debugging only (two keys of one name are still two keys). */
    public static <T> Key<T> of(String name) {
      return new Key<>(name);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
