package org.curbcut.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.curbcut.Curbcut;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import picocli.CommandLine.Option;

/** The options that say which rules run where, shared by {@code audit} and {@code fix} (a picocli mixin). */
final class RuleScope {
  @Option(names = "--level", paramLabel = "A|AA", defaultValue = "AA",
      description = "Highest WCAG level to check (default: ${DEFAULT-VALUE}); best practices are always checked.")
  String level;

  @Option(names = "--rules", paramLabel = "ID", split = ",", description = "Run only these rules (see 'curbcut rules').")
  List<String> rules = new ArrayList<>();

  @Option(names = "--exclude-rules", paramLabel = "ID", split = ",", description = "Do not run these rules.")
  List<String> excludeRules = new ArrayList<>();

  @Option(names = "--ignore", paramLabel = "SELECTOR",
      description = "Leave elements matching this CSS selector (and inside them) out; repeatable.")
  List<String> ignore = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "IMPACT", defaultValue = "minor",
      description = "Exit 1 when a failed finding has this impact or worse: minor, moderate, serious, critical "
          + "(default: ${DEFAULT-VALUE}, i.e. any failure).")
  String failOn;

  Level level() {
    return switch (level.strip().toUpperCase(Locale.ROOT)) {
      case "A" -> Level.A;
      case "AA" -> Level.AA;
      default -> throw new UsageError("invalid --level '" + level + "' (expected A or AA)");
    };
  }

  Impact failThreshold() {
    try {
      return Impact.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new UsageError("invalid --fail-on '" + failOn + "' (expected minor, moderate, serious or critical)");
    }
  }

  /** The audit options, after checking every selector and rule id (usage errors otherwise). */
  AuditOptions auditOptions() {
    for (String css : ignore) {
      try {
        Curbcut.parse("<p>").select(css);
      } catch (IllegalArgumentException e) {
        throw new UsageError("invalid --ignore selector '" + css + "'");
      }
    }
    AuditOptions options = new AuditOptions(level(), trimmed(rules), trimmed(excludeRules), ignore);
    try {
      new Auditor(options);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    return options;
  }

  private static List<String> trimmed(List<String> ids) {
    return ids.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
