package org.curbcut.internal.rules.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.RuleContext;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Tri;

/** Checks shared by the rules of this package: inclusion in the accessibility tree, non-empty names. */
final class TextChecks {
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00a0]+");

  /** The name is certainly empty. */
  static final MessageKey<Diagnostic> MISSING = MessageKey.of("missing", t -> new Object[] {describe(t)});
  /** CSS may give the element a name the markup does not. */
  static final MessageKey<Diagnostic> NAME_UNKNOWN = MessageKey.of("name-unknown", t -> new Object[] {describe(t)});
  /** CSS may hide the element. */
  static final MessageKey<Diagnostic> MAYBE_HIDDEN = MessageKey.of("maybe-hidden", t -> new Object[] {describe(t)});
  /** The messages of {@link #expectName}, which every rule that calls it declares. */
  static final List<MessageKey<?>> NAME_MESSAGES = List.of(MISSING, NAME_UNKNOWN, MAYBE_HIDDEN);

  private TextChecks() {}

  /**
   * Whether the element is hidden from assistive technology. An {@code area} is hidden by the
   * user-agent style sheet ({@code display: none}) yet exposed through its image map, so for it
   * only {@code aria-hidden} and the state of its {@code map} count.
   */
  static Tri hidden(RuleContext ctx, Element e) {
    if (e.isHtml() && e.is("area")) {
      for (Element x = e; x != null; x = x.composedParent()) {
        if (x.token("aria-hidden").orElse("").equals("true")) return Tri.TRUE;
        if (x.is("map")) return ctx.aria().isHiddenFromAT(x);
      }
      return Tri.UNKNOWN;
    }
    return ctx.aria().isHiddenFromAT(e);
  }

  /** The computed (semantic) role, or "" when none. */
  static String role(RuleContext ctx, Element e) {
    return ctx.aria().role(e).orElse("");
  }

  /** True when the role attribute's first token is none or presentation. */
  static boolean explicitlyPresentational(Element e) {
    return e.attr("role").map(r -> AsciiWhitespace.firstToken(r).toLowerCase(Locale.ROOT))
        .map(Aria::isPresentational).orElse(false);
  }

  /**
   * The common expectation "a target included in the accessibility tree has a non-empty
   * accessible name": passed when it has one; failed ({@code missing}) when it certainly has none;
   * cantTell when CSS may change the name ({@code name-unknown}) or may hide the element
   * ({@code maybe-hidden}). Reports nothing for elements hidden from assistive technology.
   */
  static void expectName(RuleContext ctx, Element e, Outcomes out) {
    Tri hidden = hidden(ctx, e);
    if (hidden.isTrue()) return;
    expectName(ctx, e, ctx.aria().name(e), hidden, out);
  }

  /** As {@link #expectName(RuleContext, Element, Outcomes)} with a name already computed. */
  static void expectName(RuleContext ctx, Element e, AccessibleName name, Tri hidden, Outcomes out) {
    if (!name.isEmpty()) out.passed(e);
    else if (name.known() != Tri.TRUE) out.cantTell(e, NAME_UNKNOWN);
    else if (hidden.isUnknown()) out.cantTell(e, MAYBE_HIDDEN);
    else out.failed(e, MISSING);
  }

  /** A short description of the element for messages: {@code <img>}, {@code <div role="img">}. */
  static String describe(Element e) {
    StringBuilder sb = new StringBuilder("<").append(e.name());
    e.attr("role").filter(r -> !r.isBlank()).ifPresent(r -> sb.append(" role=\"").append(r.trim()).append('"'));
    if (e.isHtml() && e.is("input")) {
      e.attr("type").filter(t -> !t.isBlank()).ifPresent(t -> sb.append(" type=\"").append(t.trim()).append('"'));
    }
    e.id().filter(i -> !i.isBlank()).ifPresent(i -> sb.append(" id=\"").append(i).append('"'));
    return sb.append('>').toString();
  }

  /** The input type in lower case ("text" when missing or invalid is not distinguished). */
  static Optional<String> inputType(Element e) {
    if (!e.isHtml() || !e.is("input")) return Optional.empty();
    return Optional.of(e.token("type").orElse("text"));
  }

  /**
   * Where a link or frame leads: its {@code href} (SVG: also {@code xlink:href}) resolved
   * against the page's base URI and normalised; null when it has none (e.g. a scripted
   * {@code role=link}).
   */
  static String resolvedUrl(Element e, String attribute) {
    java.util.Optional<String> raw = e.attr(attribute).or(() -> attribute.equals("href") ? e.attr("xlink:href") : java.util.Optional.empty())
        .map(String::trim).filter(v -> !v.isEmpty());
    if (raw.isEmpty()) return null;
    String base = e.page() == null ? "" : e.page().baseUri();
    try {
      java.net.URI u = base == null || base.isBlank() ? new java.net.URI(raw.get()) : new java.net.URI(base).resolve(raw.get());
      return u.normalize().toString();
    } catch (Exception unparseable) {
      return raw.get();
    }
  }

  /** A tracking pixel or spacer: width and height attributes of at most 1. */
  static boolean tiny(Element e) {
    return size(e, "width") <= 1 && size(e, "height") <= 1;
  }

  private static double size(Element e, String attr) {
    try {
      return Double.parseDouble(e.attrOr(attr, "").trim().replace("px", ""));
    } catch (NumberFormatException unknown) {
      return Double.MAX_VALUE;
    }
  }

  /** A name for grouping: white space collapsed, lower case. */
  static String nameKey(String name) {
    return normalize(name).toLowerCase(Locale.ROOT);
  }

  /** Collapses white space and trims, for comparing names. */
  static String normalize(String s) {
    return SPACES.matcher(s).replaceAll(" ").trim();
  }
}
