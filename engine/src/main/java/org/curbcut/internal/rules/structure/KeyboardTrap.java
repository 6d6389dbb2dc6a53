package org.curbcut.internal.rules.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.internal.aria.Aria;
import org.curbcut.internal.aria.IdResolver;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;

/**
 * ACT 80af7b "Focusable element has no keyboard trap" (composite of a1b64e, standard navigation,
 * and ebe86a, non-standard navigation). Applicability: a focusable element. Expectation: focus
 * can move away from it with the keyboard. Only scripts (and plugins) can trap focus: a page with
 * neither passes. Inline blur handlers that move focus back in a cycle ({@code this.focus()},
 * a sibling, or an element by id) are a trap: a handler that refocuses its own element fails when
 * the page has no other script or key handler that could offer a way out; longer cycles and
 * other cases are cantTell. Any other script: cantTell.
 */
public final class KeyboardTrap implements Rule {
  static final MessageKey<Diagnostic> TRAP = MessageKey.of("trap");
  static final MessageKey<Diagnostic> TRAP_MAYBE_ESCAPABLE = MessageKey.of("trap-maybe-escapable");
  static final MessageKey<Diagnostic> SCRIPT = MessageKey.of("script");
  private static final RuleMeta META = RuleMeta.of(KeyboardTrap.class, "keyboard-trap",
      List.of("80af7b", "a1b64e", "ebe86a"), List.of("2.1.2"), Level.A, Impact.CRITICAL)
      .withMessages(TRAP, TRAP_MAYBE_ESCAPABLE, SCRIPT);
  private static final Pattern FOCUS_CALL = Pattern.compile(
      "(this(?:\\.(nextElementSibling|previousElementSibling))?|document\\.getElementById\\(\\s*['\"]([^'\"]+)['\"]\\s*\\))\\.focus\\(\\s*\\)");
  /** Whether an element without blur handlers could match (it cannot: kept to skip them exactly). */
  private static final boolean EMPTY_HANDLER_MATCHES = FOCUS_CALL.matcher(";").find();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Page page = ctx.page();
    if (!page.isHtmlDocument()) return;
    Aria aria = ctx.aria();
    List<Element> focusable = new ArrayList<>();
    for (Element e : page.elements()) {
      if (Markup.inTemplate(e) || Markup.isDisabled(e) || Markup.isInert(e)) continue;
      Tri f = aria.isFocusable(e).and(Rendering.isRendered(e)).and(Rendering.isVisibilityHidden(e).not());
      if (!f.isFalse()) focusable.add(e);
    }
    if (focusable.isEmpty()) return;
    Set<Element> trapped = trappedByBlurHandlers(page, aria.ids());
    Set<Element> selfLoops = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : trapped) {
      if (FOCUS_CALL.matcher(e.attrOr("onblur", "") + ";" + e.attrOr("onfocusout", "")).results()
          .anyMatch(r -> r.group(2) == null && r.group(3) == null)) {
        selfLoops.add(e);
      }
    }
    if (!trapped.isEmpty()) {
      boolean escapePossible = hasOtherScript(page);
      for (Element e : trapped) {
        // a handler that refocuses its own element traps both Tab and Shift+Tab; a longer cycle may
        // still let Shift+Tab out (ACT 80af7b Passed Example 7), so it is cantTell
        boolean selfLoop = selfLoops.contains(e);
        if (escapePossible || !selfLoop) out.cantTell(e, TRAP_MAYBE_ESCAPABLE);
        else out.failed(e, TRAP);
      }
      return;
    }
    boolean plugins = page.elements().stream().anyMatch(e -> e.isHtml() && HtmlStandards.get().isPluginElement(e.name()));
    boolean frames = page.elements().stream().anyMatch(e -> e.is("iframe") && !e.has("srcdoc") && e.has("src"));
    if (Markup.hasScripting(ctx, page) || plugins || frames) {
      out.cantTell(page.root(), SCRIPT);
      return;
    }
    for (Element e : focusable) out.passed(e);
  }

  /** Elements on a cycle of inline blur handlers that move focus back (a trap for Tab and Shift+Tab). */
  static Set<Element> trappedByBlurHandlers(Page page, IdResolver ids) {
    Map<Element, Element> next = new IdentityHashMap<>();
    for (Element e : page.elements()) {
      Optional<String> blur = e.attr("onblur");
      Optional<String> focusOut = e.attr("onfocusout");
      if (blur.isEmpty() && focusOut.isEmpty() && !EMPTY_HANDLER_MATCHES) continue;
      String handler = blur.orElse("") + ";" + focusOut.orElse("");
      Matcher m = FOCUS_CALL.matcher(handler);
      if (!m.find()) continue;
      Element target;
      if (m.group(3) != null) target = ids.documentTarget(m.group(3)).orElse(null);
      else if ("nextElementSibling".equals(m.group(2))) target = sibling(e, 1);
      else if ("previousElementSibling".equals(m.group(2))) target = sibling(e, -1);
      else target = e;
      if (target != null) next.put(e, target);
    }
    Set<Element> trapped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element start : next.keySet()) {
      Set<Element> seen = new HashSet<>();
      Element cur = start;
      while (cur != null && seen.add(cur)) {
        cur = next.get(cur);
        if (cur == start) {
          trapped.addAll(seen);
          break;
        }
      }
    }
    return trapped;
  }

  private static Element sibling(Element e, int dir) {
    if (e.parent() == null) return null;
    return (dir > 0 ? e.nextElementSibling() : e.previousElementSibling()).orElse(null);
  }

  /** Scripts or key handlers beyond the blur handlers: they might offer a way out. */
  private static boolean hasOtherScript(Page page) {
    for (Element e : page.elements()) {
      if (e.is("script")) return true;
      for (Attribute a : e.attributes()) {
        String n = a.name().toLowerCase(Locale.ROOT);
        if (n.startsWith("on") && !n.equals("onblur") && !n.equals("onfocusout")) return true;
      }
    }
    return false;
  }
}
