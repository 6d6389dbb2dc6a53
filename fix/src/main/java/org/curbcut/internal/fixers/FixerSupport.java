package org.curbcut.internal.fixers;

import java.util.List;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.NotRepairable;
import org.curbcut.fix.Repair;
import org.curbcut.snapshot.Element;

/** Small helpers the fixers share. */
final class FixerSupport {
  private FixerSupport() {}

  /** A repair that sets one attribute, or not-repairable when the element has no source position. */
  static FixAttempt setAttribute(String rule, Element target, String attr, String value, String provenance,
                                 Confidence confidence) {
    Optional<Edit> edit = org.curbcut.fix.SourceEdits.setAttribute(target, attr, value);
    if (edit.isEmpty()) return notInSource(rule, target);
    String change = FixContext.message("change.set-attribute", attr, value, target.name());
    return new Repair(rule, target, List.of(edit.get()), change, value, provenance, confidence);
  }

  static NotRepairable notInSource(String rule, Element target) {
    return new NotRepairable(rule, target, FixContext.message("not-in-source", target.name()));
  }

  static NotRepairable needsPerson(String rule, Element target, String key, Object... args) {
    return new NotRepairable(rule, target, FixContext.message(key, args));
  }

  /** Text with runs of white space folded, trimmed. */
  static String squash(String s) {
    return s.replaceAll("[\\s\\u00a0]+", " ").trim();
  }

  /** A short label: at most {@code max} characters, cut at a word. */
  static String shorten(String s, int max) {
    String t = squash(s);
    if (t.length() <= max) return t;
    int cut = t.lastIndexOf(' ', max - 1);
    return t.substring(0, cut > max / 2 ? cut : max - 1).trim() + "…";
  }
}
