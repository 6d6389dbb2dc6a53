package org.curbcut.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every rule Curbcut has, in a stable order. Each concern's package contributes its list. */
public final class RuleCatalog {
  private static final List<Rule> ALL = build();

  private RuleCatalog() {}

  private static List<Rule> build() {
    List<Rule> all = new ArrayList<>();
    all.addAll(org.curbcut.internal.rules.text.TextRules.all());
    all.addAll(org.curbcut.internal.rules.structure.StructureRules.all());
    all.addAll(org.curbcut.internal.rules.aria.AriaRules.all());
    all.addAll(org.curbcut.internal.rules.visual.VisualRules.all());
    all.addAll(org.curbcut.internal.rules.widgets.WidgetRules.all());
    Set<String> ids = new HashSet<>();
    for (Rule r : all) {
      if (!ids.add(r.meta().id())) throw new IllegalStateException("duplicate rule id " + r.meta().id());
    }
    return Collections.unmodifiableList(all);
  }

  /** Every rule, in catalog order. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The rule with this id. */
  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.meta().id().equals(id)).findFirst();
  }

  /** The rules that implement an ACT rule id. */
  public static List<Rule> forAct(String actId) {
    return ALL.stream().filter(r -> r.meta().act().contains(actId)).toList();
  }
}
