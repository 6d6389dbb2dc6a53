package org.curbcut.fix;

import java.util.List;
import org.curbcut.snapshot.Element;

/**
 * One repair, with its provenance.
 *
 * @param rule the rule whose failure it repairs
 * @param target the element repaired
 * @param edits the changes to the original text
 * @param change what changed, in words ("added alt=\"\" to the spacer image")
 * @param value the value chosen (alt text, label text, language), or empty
 * @param provenance where the value came from ("label text taken from the visible text before the field")
 * @param confidence how sure the repair is
 */
public record Repair(String rule, Element target, List<Edit> edits, String change, String value, String provenance,
                     Confidence confidence) implements FixAttempt {
  /** Keeps its own copy of the edits. */
  public Repair {
    edits = List.copyOf(edits);
  }
}
