package org.curbcut.internal.fixers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.Repair;
import org.curbcut.fix.SourceEdits;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.rules.RuleResult;
import org.curbcut.rules.UnknownAttributes;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.standards.AriaStandards;
import org.curbcut.internal.standards.AttributeSpec;
import org.curbcut.internal.standards.RoleSpec;
import org.curbcut.internal.standards.ValueType;

/** Repairs of invalid ARIA: misspelled attributes, invalid values, invalid roles, missing required states. */
final class AriaFixers {
  /** Misspellings seen on real sites, and what was meant. */
  private static final Map<String, String> ATTRIBUTE_TYPOS = Map.ofEntries(
      Map.entry("aria-labeledby", "aria-labelledby"), Map.entry("aria-labelby", "aria-labelledby"),
      Map.entry("aria-lablledby", "aria-labelledby"), Map.entry("aria-lable", "aria-label"),
      Map.entry("aria-labl", "aria-label"), Map.entry("aria-describeby", "aria-describedby"),
      Map.entry("aria-descibedby", "aria-describedby"), Map.entry("aria-expaned", "aria-expanded"),
      Map.entry("aria-hiden", "aria-hidden"), Map.entry("aria-haspop", "aria-haspopup"),
      Map.entry("aria-control", "aria-controls"), Map.entry("aria-selcted", "aria-selected"));
  private static final Map<String, String> ROLE_TYPOS = Map.of(
      "btn", "button", "nav", "navigation", "image", "img", "text-box", "textbox", "check-box", "checkbox",
      "drop-down", "listbox", "modal", "dialog", "tabs", "tablist", "header", "banner", "footer", "contentinfo");

  private AriaFixers() {}

  static List<Fixer> all() {
    return List.of(new ValidAttr(), new ValidAttrValue(), new ValidRole(), new RequiredAttr());
  }

  /** aria-valid-attr: renames a misspelled ARIA attribute. */
  static final class ValidAttr implements Fixer {
    @Override
    public String rule() {
      return "aria-valid-attr";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element e = failure.target();
      // the first attribute the rule found WAI-ARIA does not define
      String unknown = failure.diagnostic(UnknownAttributes.class).flatMap(d -> d.attributes().stream().findFirst()).orElse(null);
      for (Attribute a : e.attributes()) {
        String name = a.name().toLowerCase(Locale.ROOT);
        if (!name.equals(unknown)) continue;
        String meant = ATTRIBUTE_TYPOS.get(name);
        if (meant == null || e.has(meant) || !a.nameRange().isKnown()) {
          return FixerSupport.needsPerson(rule(), e, "aria.unknown-attribute", name);
        }
        Edit rename = new Edit(a.nameRange().start().offset(), a.nameRange().end().offset(), meant);
        return new Repair(rule(), e, List.of(rename), FixContext.message("change.rename-attribute", name, meant), meant,
            FixContext.message("aria.typo"), Confidence.LIKELY);
      }
      return FixerSupport.needsPerson(rule(), e, "aria.unknown-attribute", "?");
    }
  }

  /** aria-valid-attr-value: maps yes/no/1/0 and stray case or spaces to the ARIA token. */
  static final class ValidAttrValue implements Fixer {
    @Override
    public String rule() {
      return "aria-valid-attr-value";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element e = failure.target();
      for (Attribute a : e.attributes()) {
        Optional<AttributeSpec> spec = AriaStandards.get().attribute(a.name().toLowerCase(Locale.ROOT));
        if (spec.isEmpty()) continue;
        Optional<String> fixed = normalise(spec.get(), a.value());
        if (fixed.isPresent() && !fixed.get().equals(a.value())) {
          return FixerSupport.setAttribute(rule(), e, a.name(), fixed.get(),
              FixContext.message("aria.value-normalised", a.value(), a.name()), Confidence.LIKELY);
        }
      }
      return FixerSupport.needsPerson(rule(), e, "aria.value-needs-person");
    }

    static Optional<String> normalise(AttributeSpec spec, String raw) {
      String v = raw.trim().toLowerCase(Locale.ROOT);
      ValueType t = spec.type();
      if (t == ValueType.TRUE_FALSE || t == ValueType.TRUE_FALSE_UNDEFINED || t == ValueType.TRISTATE) {
        if (List.of("yes", "1", "on", "true").contains(v)) return Optional.of("true");
        if (List.of("no", "0", "off", "false").contains(v)) return Optional.of("false");
        if (t == ValueType.TRISTATE && v.equals("mixed")) return Optional.of("mixed");
        return Optional.empty();
      }
      if (t == ValueType.TOKEN && spec.allowedValues().contains(v)) return Optional.of(v);
      return Optional.empty();
    }
  }

  /** aria-roles: corrects a common role misspelling, else removes a role no browser understands. */
  static final class ValidRole implements Fixer {
    @Override
    public String rule() {
      return "aria-roles";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element e = failure.target();
      String raw = e.attrOr("role", "").trim().toLowerCase(Locale.ROOT);
      String meant = ROLE_TYPOS.get(raw);
      if (meant != null) {
        return FixerSupport.setAttribute(rule(), e, "role", meant, FixContext.message("aria.role-typo", raw), Confidence.NEEDS_REVIEW);
      }
      boolean anyValid = false;
      for (String token : AsciiWhitespace.split(raw)) {
        if (AriaStandards.get().role(token).filter(r -> !r.isAbstract()).isPresent()) anyValid = true;
      }
      if (anyValid) return FixerSupport.needsPerson(rule(), e, "aria.role-needs-person", raw);
      Optional<Edit> remove = SourceEdits.removeAttribute(e, "role");
      if (remove.isEmpty()) return FixerSupport.notInSource(rule(), e);
      return new Repair(rule(), e, List.of(remove.get()), FixContext.message("change.remove-role", raw), "",
          FixContext.message("aria.role-removed"), Confidence.LIKELY);
    }
  }

  /** aria-required-attr: adds the state a role cannot work without, at its default. */
  static final class RequiredAttr implements Fixer {
    private static final Map<String, String> DEFAULTS = Map.of(
        "aria-checked", "false", "aria-expanded", "false", "aria-selected", "false", "aria-level", "2");

    @Override
    public String rule() {
      return "aria-required-attr";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element e = failure.target();
      Optional<String> role = ctx.aria().explicitRole(e);
      Optional<RoleSpec> spec = role.flatMap(r -> AriaStandards.get().role(r));
      if (spec.isEmpty()) return FixerSupport.needsPerson(rule(), e, "aria.required-needs-person", "?");
      for (String attr : spec.get().requiredAttributes()) {
        if (e.has(attr)) continue;
        String value = DEFAULTS.get(attr);
        if (value == null) return FixerSupport.needsPerson(rule(), e, "aria.required-needs-person", attr);
        Confidence c = attr.equals("aria-level") ? Confidence.NEEDS_REVIEW : Confidence.LIKELY;
        return FixerSupport.setAttribute(rule(), e, attr, value, FixContext.message("aria.required-default", attr, role.get()), c);
      }
      return FixerSupport.needsPerson(rule(), e, "aria.required-needs-person", "?");
    }
  }
}
