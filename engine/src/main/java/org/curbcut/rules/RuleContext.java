package org.curbcut.rules;

import java.util.ArrayList;
import java.util.List;
import org.curbcut.aria.Aria;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/** What a rule evaluates: the page, its ARIA semantics, and the documents nested in it. */
public final class RuleContext {
  private final Page page;
  private final Aria aria;
  private List<Element> allElements;

  public RuleContext(Page page) {
    this.page = page;
    this.aria = Aria.of(page);
  }

  public Page page() {
    return page;
  }

  public Aria aria() {
    return aria;
  }

  /** The page's elements followed by those of its srcdoc iframes (each element knows its own page). */
  public List<Element> allElements() {
    if (allElements == null) {
      List<Element> out = new ArrayList<>(page.elements());
      for (Element e : page.elements()) {
        if (e.contentDocument() != null) out.addAll(new RuleContext(e.contentDocument()).allElements());
      }
      allElements = out;
    }
    return allElements;
  }
}
