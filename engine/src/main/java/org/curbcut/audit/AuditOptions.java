package org.curbcut.audit;

import java.util.List;
import java.util.Objects;
import org.curbcut.rules.Level;
import org.curbcut.snapshot.Device;

/**
 * What to audit.
 *
 * @param level the highest WCAG level wanted (A or AA); best practices are always included
 * @param rules rule ids to run (empty: all)
 * @param excludeRules rule ids not to run
 * @param ignore CSS selectors of elements (and their descendants) to leave out of the findings
 * @param device the screen the page is audited for: its media queries are evaluated for it
 *     ({@link Device#DEFAULT}, a 1280×800 desktop screen, unless said)
 */
public record AuditOptions(Level level, List<String> rules, List<String> excludeRules, List<String> ignore,
                           Device device) {
  /** Keeps its own copies of the lists. */
  public AuditOptions {
    rules = List.copyOf(rules);
    excludeRules = List.copyOf(excludeRules);
    ignore = List.copyOf(ignore);
    Objects.requireNonNull(device, "device");
  }

  /** For the default device. */
  public AuditOptions(Level level, List<String> rules, List<String> excludeRules, List<String> ignore) {
    this(level, rules, excludeRules, ignore, Device.DEFAULT);
  }

  /** Every rule up to WCAG AA, nothing ignored, on the default device. */
  public static AuditOptions defaults() {
    return new AuditOptions(Level.AA, List.of(), List.of(), List.of(), Device.DEFAULT);
  }

  /** The same options for another device (a viewport of {@code WIDTHxHEIGHT}: {@link Device#viewport}). */
  public AuditOptions withDevice(Device other) {
    return new AuditOptions(level, rules, excludeRules, ignore, other);
  }
}
