package org.curbcut.internal.rules.visual;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.curbcut.rules.Diagnostic;
import org.curbcut.rules.Impact;
import org.curbcut.rules.Level;
import org.curbcut.rules.MessageKey;
import org.curbcut.rules.Outcomes;
import org.curbcut.rules.Rule;
import org.curbcut.rules.RuleContext;
import org.curbcut.rules.RuleMeta;
import org.curbcut.rules.UnreadStyleSheets;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Tri;

/**
 * ACT oj04fd "Element in sequential focus order has visible focus" (WCAG 2.4.7, AA).
 * Applicability: an element in sequential focus navigation. Expectation: some pixel changes when
 * it is focused.
 *
 * <p>Static reading: browsers draw a focus ring by default. It passes when no author style removes
 * the outline (no {@code outline: none/0} on the element, at rest or in a {@code :focus} rule) and
 * the page's style is fully known. It fails when an author rule removes the outline in the focused
 * state and nothing else can show focus: no other declaration in a {@code :focus},
 * {@code :focus-visible} or {@code :focus-within} rule that concerns the element, its ancestors or
 * descendants, and no focus event handler on it or its ancestors nor inline script that mentions
 * focus. Anything between is cantTell.
 */
public final class FocusVisible implements Rule {
  private static final java.util.regex.Pattern PSEUDO_ELEMENT =
      java.util.regex.Pattern.compile("::?(before|after|marker|placeholder|selection)\\b");
  private static final java.util.regex.Pattern EMPTY_PARENS = java.util.regex.Pattern.compile("\\(\\s*\\)");
  private static final java.util.regex.Pattern EMPTY_COMPOUND =
      java.util.regex.Pattern.compile("(^|[\\s>+~])(?=$|[\\s>+~])");
  static final MessageKey<Diagnostic> NO_INDICATOR = MessageKey.of("no-indicator");
  static final MessageKey<Diagnostic> UNKNOWN_INDICATOR = MessageKey.of("unknown-indicator");
  static final MessageKey<Diagnostic> UNKNOWN_STYLE = MessageKey.of("unknown-style");
  static final MessageKey<Diagnostic> UNKNOWN_FOCUSABLE = MessageKey.of("unknown-focusable");
  static final MessageKey<Diagnostic> UNKNOWN_OUTLINE = MessageKey.of("unknown-outline");
  static final MessageKey<UnreadStyleSheets> UNREAD_SHEETS = UnreadSheetTargets.messageKey();
  private static final RuleMeta META = RuleMeta.of(FocusVisible.class, "focus-visible", List.of("oj04fd"),
      List.of("2.4.7"), Level.AA, Impact.SERIOUS)
      .withMessages(NO_INDICATOR, UNKNOWN_INDICATOR, UNKNOWN_STYLE, UNKNOWN_FOCUSABLE, UNKNOWN_OUTLINE, UNREAD_SHEETS);
  private static final Pattern FOCUS = Pattern.compile(":(focus-visible|focus-within|focus|-moz-focusring)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_FOCUS_VISIBLE = Pattern.compile(":not\\(\\s*:focus-visible\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> HANDLERS = Set.of("onfocus", "onfocusin", "onblur", "onfocusout");

  @Override
  public RuleMeta meta() {
    return META;
  }

  /** What the focus rules of a page say about one element. */
  private static final class Focus {
    boolean removes;
    boolean removesUncertain;
    boolean alternative;
  }

  @Override
  public void evaluate(RuleContext ctx, Outcomes out) {
    Map<Page, PageFocus> pages = new IdentityHashMap<>();
    UnreadSheetTargets unread = new UnreadSheetTargets();
    for (Element e : ctx.allElements()) {
      Tri inOrder = ctx.aria().isInTabOrder(e);
      if (inOrder.isFalse()) continue;
      if (inOrder.isUnknown()) {
        out.cantTell(e, UNKNOWN_FOCUSABLE);
        continue;
      }
      Page page = e.page() == null ? ctx.page() : e.page();
      PageFocus pf = pages.computeIfAbsent(page, PageFocus::new);
      Focus f = pf.focus(e);
      Tri staticRemoval = removesAtRest(pf.styles, e);
      boolean removed = f.removes || staticRemoval.isTrue();
      boolean maybeRemoved = f.removesUncertain || staticRemoval.isUnknown();
      if (!removed && !maybeRemoved) {
        if (page.isStyleComplete()) out.passed(e);
        else if (!unread.add(e)) out.cantTell(e, UNKNOWN_STYLE);
        continue;
      }
      if (!removed && !f.removesUncertain) {
        // only the outline at rest is unknown: the element's own reason, else the page's unread sheets
        if (outlineUnknownBecause(e).isPresent() || !unread.add(e)) out.cantTell(e, UNKNOWN_OUTLINE);
        continue;
      }
      boolean scripted = pf.scriptMentionsFocus || hasFocusHandler(e);
      // a sheet that was not read may hold another focus style
      if (removed && !f.alternative && !scripted && page.unreadStyleSheets().isEmpty()) {
        out.failed(e, NO_INDICATOR);
      } else {
        out.cantTell(e, UNKNOWN_INDICATOR);
      }
    }
    unread.report(out, UNREAD_SHEETS);
  }

  /** Why the static cascade cannot know the element's outline (a media query, a selector ...), if it says. */
  private static java.util.Optional<org.curbcut.snapshot.UnknownStyle> outlineUnknownBecause(Element e) {
    for (String prop : List.of("outline", "outline-style", "outline-width")) {
      var why = org.curbcut.snapshot.Rendering.unknownBecause(e, prop);
      if (why.isPresent()) return why;
    }
    return java.util.Optional.empty();
  }

  private static boolean hasFocusHandler(Element e) {
    for (Element x = e; x != null; x = x.composedParent()) {
      for (String h : HANDLERS) if (x.has(h)) return true;
    }
    return false;
  }

  /** Whether the cascaded style at rest already removes the outline (which also applies when focused). */
  private static Tri removesAtRest(Styles st, Element e) {
    Tri result = Tri.FALSE;
    for (String prop : List.of("outline", "outline-style", "outline-width")) {
      Styles.Decl d = st.get(e, prop);
      if (!d.certain()) {
        if (prop.equals("outline")) result = Tri.UNKNOWN;
        continue;
      }
      if (d.declared() && removesOutline(prop, d.lower())) return Tri.TRUE;
    }
    return result;
  }

  private static final Set<String> STYLES = Set.of("none", "hidden", "solid", "dotted", "dashed", "double", "groove",
      "ridge", "inset", "outset", "auto");

  /** Whether a declaration leaves no visible outline (no style, zero width or a transparent colour). */
  static boolean removesOutline(String prop, String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return switch (prop) {
      case "outline" -> {
        if (v.equals("initial") || v.equals("unset") || v.equals("revert") || v.equals("inherit")) yield false;
        String style = "none"; // the shorthand resets an omitted style to none
        boolean zero = false;
        boolean transparent = false;
        for (String t : Css.tokens(v)) {
          if (STYLES.contains(t)) style = t;
          else if (t.equals("0") || t.equals("0px")) zero = true;
          else if (t.equals("transparent")) transparent = true;
        }
        yield style.equals("none") || style.equals("hidden") || zero || transparent;
      }
      case "outline-style" -> v.equals("none") || v.equals("hidden");
      case "outline-width" -> v.equals("0") || v.equals("0px");
      case "outline-color" -> v.equals("transparent");
      default -> false;
    };
  }

  /** The focus-related style rules of a page and the elements they concern. */
  private static final class PageFocus {
    final Styles styles;
    final boolean scriptMentionsFocus;
    private final List<AuthorSheets.Rule> rules;
    private final Map<String, Matched> selected = new HashMap<>();
    private final Map<String, Selector> selectors = new HashMap<>();

    PageFocus(Page page) {
      styles = new Styles(page);
      rules = AuthorSheets.of(page).rules().stream().filter(r -> FOCUS.matcher(r.selectors()).find()).toList();
      boolean mentions = false;
      for (Element s : page.elements()) {
        if (s.is("script") && !s.has("src") && s.startTag().isKnown() && s.endTag().isKnown()) {
          String body = page.text().substring(s.startTag().end().offset(), Math.max(s.startTag().end().offset(),
              s.endTag().start().offset()));
          if (body.toLowerCase(Locale.ROOT).contains("focus")) mentions = true;
        }
      }
      scriptMentionsFocus = mentions;
    }

    Focus focus(Element e) {
      Focus f = new Focus();
      for (AuthorSheets.Rule r : rules) {
        boolean conditional = !r.conditions().stream().allMatch(c -> c.startsWith("@layer"));
        for (String selector : r.selectorList()) {
          Selector sel = selectors.computeIfAbsent(selector, Selector::new);
          if (!sel.focus) continue;
          if (sel.notFocusVisible) continue; // mouse focus only
          String stripped = sel.stripped;
          boolean lastCompound = sel.lastCompound;
          Matched matched = select(e.page() == null ? null : e.page(), stripped);
          if (matched == null) {
            f.alternative = true; // a focus rule we cannot match may concern this element
            continue;
          }
          boolean self = matched.contains(e);
          boolean related = self || matched.hasAncestorOf(e) || matched.hasDescendantOf(e);
          if (!related) continue;
          boolean scriptDependent = sel.scriptDependent;
          for (Map.Entry<String, Styles.InlineDecl> d : r.declarations().entrySet()) {
            boolean removal = d.getKey().startsWith("outline") && removesOutline(d.getKey(), d.getValue().value());
            if (removal && self && lastCompound && !sel.focusWithin) {
              if (conditional || scriptDependent) f.removesUncertain = true;
              else f.removes = true;
            } else if (!removal && !d.getKey().equals("transition") && !d.getKey().startsWith("transition-")
                && !d.getKey().equals("outline-offset")) {
              f.alternative = true;
            }
          }
        }
      }
      return f;
    }

    private Matched select(Page page, String selector) {
      if (page == null) return null;
      return selected.computeIfAbsent(selector, s -> {
        try {
          return new Matched(page.select(s));
        } catch (IllegalArgumentException unreadable) {
          return null;
        }
      });
    }
  }

  /** What a selector of a focus rule says, read once per page. */
  private static final class Selector {
    final boolean focus;
    final boolean notFocusVisible;
    final String stripped;
    final boolean lastCompound;
    final boolean scriptDependent;
    final boolean focusWithin;

    Selector(String selector) {
      focus = FOCUS.matcher(selector).find();
      notFocusVisible = focus && NOT_FOCUS_VISIBLE.matcher(selector).find();
      stripped = focus ? strip(selector) : null;
      lastCompound = focus && isInLastCompound(selector);
      String lower = selector.toLowerCase(Locale.ROOT);
      scriptDependent = lower.contains(":not(");
      focusWithin = lower.contains("focus-within");
    }
  }

  /** The elements a selector matches, with set lookups for "is one of them", "under one", "above one". */
  private static final class Matched {
    private final Set<Element> matched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private Set<Element> ancestorsOfMatched;

    Matched(List<Element> elements) {
      matched.addAll(elements);
    }

    boolean contains(Element e) {
      return matched.contains(e);
    }

    /** Some matched element is a (composed-tree) ancestor of {@code e}. */
    boolean hasAncestorOf(Element e) {
      if (matched.isEmpty()) return false;
      for (Element x = e.composedParent(); x != null; x = x.composedParent()) if (matched.contains(x)) return true;
      return false;
    }

    /** Some matched element is a (composed-tree) descendant of {@code e}. */
    boolean hasDescendantOf(Element e) {
      if (ancestorsOfMatched == null) {
        Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element m : matched) {
          for (Element x = m.composedParent(); x != null && out.add(x); x = x.composedParent()) { }
        }
        ancestorsOfMatched = out;
      }
      return ancestorsOfMatched.contains(e);
    }
  }

  /** The selector without focus pseudo-classes and pseudo-elements, for matching the element at rest. */
  static String strip(String selector) {
    String s = FOCUS.matcher(selector).replaceAll("");
    s = PSEUDO_ELEMENT.matcher(s).replaceAll("");
    s = EMPTY_PARENS.matcher(s).replaceAll("(*)").trim();
    s = EMPTY_COMPOUND.matcher(s).replaceAll("$1*");
    return s.isBlank() ? "*" : s;
  }

  /** Whether the focus pseudo-class is in the subject (last) compound of the selector. */
  static boolean isInLastCompound(String selector) {
    String s = selector.trim();
    int lastCombinator = Math.max(Math.max(s.lastIndexOf(' '), s.lastIndexOf('>')), Math.max(s.lastIndexOf('+'), s.lastIndexOf('~')));
    return FOCUS.matcher(s.substring(lastCombinator + 1)).find();
  }
}
