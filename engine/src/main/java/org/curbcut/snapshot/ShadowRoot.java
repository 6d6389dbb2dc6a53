package org.curbcut.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A shadow root attached to a host element, from a declarative shadow root
 * ({@code <template shadowrootmode="open|closed">}).
 */
public final class ShadowRoot {
  private final Element host;
  private final String mode;
  private final boolean delegatesFocus;
  final List<Node> children = new ArrayList<>();
  /** How many element children were attached so far (while the page is built). */
  int elementChildCount;

  ShadowRoot(Element host, String mode, boolean delegatesFocus) {
    this.host = host;
    this.mode = mode;
    this.delegatesFocus = delegatesFocus;
  }

  /** The element this shadow root is attached to. */
  public Element host() {
    return host;
  }

  /** "open" or "closed". */
  public String mode() {
    return mode;
  }

  /** True when focusing the host moves focus into the shadow tree ({@code shadowrootdelegatesfocus}). */
  public boolean delegatesFocus() {
    return delegatesFocus;
  }

  /** The shadow tree's top-level nodes, in order (unmodifiable). */
  public List<Node> children() {
    return Collections.unmodifiableList(children);
  }
}
