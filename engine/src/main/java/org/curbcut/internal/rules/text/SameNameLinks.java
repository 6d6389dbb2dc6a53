package org.curbcut.internal.rules.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.SameName;
import org.curbcut.snapshot.Element;

/**
 * Shared by the "links with identical names" rules: links (role link or inheriting from it)
 * known to be included in the accessibility tree, with a non-empty name, grouped by name (and by
 * whatever else {@code groupBy} adds). A set whose links all lead to the same resolved URL
 * passes; any other set needs a person to compare the destinations.
 */
final class SameNameLinks {
  /** A set whose links lead to different URLs: arguments the name and how many links share it. */
  static final MessageKey<SameName> NEEDS_PERSON = MessageKey.of("needs-person", SameName.class,
      d -> new Object[] {d.name(), d.count()});

  private SameNameLinks() {}

  static void evaluate(RuleContext ctx, Outcomes out, Function<Element, Object> groupBy) {
    Map<List<Object>, List<Element>> sets = new LinkedHashMap<>();
    Map<Element, String> names = new java.util.IdentityHashMap<>();
    for (Element e : ctx.allElements()) {
      if (!RoleFacts.isA(TextChecks.role(ctx, e), "link")) continue;
      if (!TextChecks.hidden(ctx, e).isFalse()) continue;
      AccessibleName name = ctx.aria().name(e);
      if (name.isEmpty()) continue;
      names.put(e, TextChecks.normalize(name.value()));
      List<Object> key = new ArrayList<>();
      key.add(TextChecks.nameKey(name.value()));
      key.add(groupBy.apply(e));
      sets.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    for (List<Element> set : sets.values()) {
      if (set.size() < 2) continue;
      String first = TextChecks.resolvedUrl(set.get(0), "href");
      boolean same = first != null && set.stream().allMatch(l -> Objects.equals(first, TextChecks.resolvedUrl(l, "href")));
      for (Element e : set) {
        if (same) out.passed(e);
        else out.cantTell(e, NEEDS_PERSON, new SameName(names.get(e), set.size()));
      }
    }
  }
}
