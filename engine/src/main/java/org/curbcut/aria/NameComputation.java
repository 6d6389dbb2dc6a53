package org.curbcut.aria;

import java.util.Optional;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/** The accessible name and description computation (accname 1.2). FIRST CUT, being replaced. */
final class NameComputation {
  private final Aria aria;

  NameComputation(Aria aria) {
    this.aria = aria;
  }

  AccessibleName name(Element e) {
    Optional<String> label = e.attr("aria-label").filter(s -> !s.isBlank());
    if (label.isPresent()) return new AccessibleName(label.get().trim(), NameSource.ARIA_LABEL, Tri.TRUE);
    Optional<String> alt = e.attr("alt").filter(s -> !s.isBlank());
    if (alt.isPresent()) return new AccessibleName(alt.get().trim(), NameSource.HOST_LANGUAGE, Tri.TRUE);
    if (aria.role(e).map(aria::allowsNameFromContent).orElse(false)) {
      String text = e.textContent().replaceAll("\\s+", " ").trim();
      if (!text.isEmpty()) return new AccessibleName(text, NameSource.CONTENTS, Tri.TRUE);
    }
    Optional<String> title = e.attr("title").filter(s -> !s.isBlank());
    if (title.isPresent()) return new AccessibleName(title.get().trim(), NameSource.TOOLTIP, Tri.TRUE);
    return AccessibleName.NONE;
  }

  AccessibleName description(Element e) {
    return AccessibleName.NONE;
  }
}
