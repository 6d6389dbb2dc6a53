package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;

/** meta-viewport: removes {@code user-scalable=no} and a {@code maximum-scale} below 2, keeping the rest. */
final class MetaViewportFixer implements Fixer {
  @Override
  public String rule() {
    return "meta-viewport";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    Element meta = failure.target();
    String content = meta.attrOr("content", "");
    List<String> kept = new ArrayList<>();
    for (String part : content.split("[,;]")) {
      String p = part.trim();
      if (p.isEmpty()) continue;
      String[] kv = p.split("=", 2);
      String key = kv[0].trim().toLowerCase(Locale.ROOT);
      String value = kv.length > 1 ? kv[1].trim().toLowerCase(Locale.ROOT) : "";
      if (key.equals("user-scalable") && (value.equals("no") || value.equals("0"))) continue;
      if (key.equals("maximum-scale") && belowTwo(value)) continue;
      kept.add(p);
    }
    String fixed = String.join(", ", kept);
    if (fixed.equals(content.trim())) return FixerSupport.needsPerson(rule(), meta, "viewport.unknown");
    return FixerSupport.setAttribute(rule(), meta, "content", fixed, FixContext.message("viewport.provenance"),
        Confidence.CERTAIN);
  }

  private static boolean belowTwo(String v) {
    try {
      return Double.parseDouble(v) < 2;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
