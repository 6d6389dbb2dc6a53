package org.curbcut.internal.rules.aria;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.curbcut.internal.aria.IdResolver;
import org.curbcut.internal.standards.AriaStandards;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.IdReferences;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Element;

/**
 * Id references that lead nowhere or somewhere ambiguous (no ACT rule; axe-core's
 * duplicate-id-aria and the idref part of aria-valid-attr-value).
 * Applicability: every HTML or SVG element with a non-empty {@code aria-labelledby},
 * {@code aria-describedby}, {@code aria-owns}, {@code aria-controls}, {@code aria-activedescendant},
 * {@code aria-errormessage}, {@code aria-details} or {@code aria-flowto}, and every {@code label}
 * with a non-empty {@code for}. Expectations: (1) some id of each reference exists in the same
 * document and tree scope (a reference with none is broken; browsers skip single missing ids of a
 * list); (2) no referenced id belongs to more than one element there, for labels and
 * aria-labelledby, aria-describedby, aria-owns and aria-activedescendant (which element is meant
 * is then ambiguous). A collapsed control ({@code aria-expanded="false"}) whose aria-controls
 * target is missing gives cantTell: popups are often created when opened.
 */
public final class AriaValidIdref implements Rule {
  static final MessageKey<IdReferences> MISSING = MessageKey.of("missing", IdReferences.class,
      d -> new Object[] {AriaAttributes.join(d.references().stream().map(r -> r.attribute() + "=\"" + r.value() + "\"").toList())});
  static final MessageKey<IdReferences> DUPLICATE = MessageKey.of("duplicate", IdReferences.class,
      d -> new Object[] {AriaAttributes.join(d.references().stream().map(r -> r.attribute() + " → " + r.value()).toList())});
  static final MessageKey<Diagnostic> COLLAPSED_CONTROLS = MessageKey.of("collapsedControls");
  private static final RuleMeta META = RuleMeta.of(AriaValidIdref.class, "aria-valid-idref",
      List.of(), List.of("1.3.1", "4.1.2"), Level.A, Impact.SERIOUS)
      .withMessages(MISSING, DUPLICATE, COLLAPSED_CONTROLS);
  private static final List<String> ATTRIBUTES = AriaStandards.get().idReferenceAttributes();
  private static final Set<String> UNIQUE_NEEDED = Set.of("for", "aria-labelledby", "aria-describedby", "aria-owns",
      "aria-activedescendant");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    for (Element e : ctx.allElements()) {
      if (!AriaAttributes.isHtmlOrSvg(e)) continue;
      List<String> attrs = new ArrayList<>();
      for (String a : ATTRIBUTES) if (e.attr(a).map(v -> !v.isBlank()).orElse(false)) attrs.add(a);
      if (e.is("label") && e.attr("for").map(v -> !v.isBlank()).orElse(false)) attrs.add("for");
      if (attrs.isEmpty()) continue;
      List<IdReferences.Reference> broken = new ArrayList<>();
      List<IdReferences.Reference> duplicated = new ArrayList<>();
      boolean mayBeCreatedLater = false;
      for (String a : attrs) {
        String value = e.attrOr(a, "").trim();
        List<String> ids = a.equals("for") ? List.of(value) : AsciiWhitespace.split(value);
        IdResolver refs = ctx.aria(e.page()).ids();
        boolean anyFound = false;
        Set<String> dups = new LinkedHashSet<>();
        for (String id : ids) {
          List<Element> targets = refs.all(e, id);
          if (!targets.isEmpty()) anyFound = true;
          if (targets.size() > 1 && UNIQUE_NEEDED.contains(a)) dups.add(id);
        }
        if (!anyFound) {
          if (a.equals("aria-controls") && e.token("aria-expanded").orElse("").equals("false")) mayBeCreatedLater = true;
          else broken.add(new IdReferences.Reference(a, value));
        }
        for (String d : dups) duplicated.add(new IdReferences.Reference(a, d));
      }
      if (!broken.isEmpty()) out.failed(e, MISSING, new IdReferences(IdReferences.Problem.MISSING, broken));
      else if (!duplicated.isEmpty()) out.failed(e, DUPLICATE, new IdReferences(IdReferences.Problem.DUPLICATE, duplicated));
      else if (mayBeCreatedLater) out.cantTell(e, COLLAPSED_CONTROLS);
      else out.passed(e);
    }
  }
}
