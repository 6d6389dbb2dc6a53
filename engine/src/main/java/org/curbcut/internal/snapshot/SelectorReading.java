package org.curbcut.internal.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * How the static cascade reads one selector of a rule's selector list, for the page at rest:
 * <ul>
 *   <li>{@link Kind#NEVER}: it matches no element box at rest (a state such as {@code :hover} or
 *       {@code :visited}, a pseudo-element other than {@code ::before}/{@code ::after}; not
 *       {@code :checked}, which a control checked by its markup is at rest);
 *   <li>{@link Kind#EXACT}: jsoup evaluates it as a browser would ({@code :link} and
 *       {@code :any-link} read as {@code :is(a, area)[href]}, {@code :where()} as {@code :is()});
 *   <li>{@link Kind#POSSIBLE}: a valid selector with parts static analysis cannot evaluate
 *       ({@code :lang()}, {@code :dir()}, {@code :disabled} ...): the query is a superset, those parts
 *       dropped, and what it matches may or may not be styled;
 *   <li>{@link Kind#UNREADABLE}: not even the superset can be read.
 * </ul>
 * A selector with a pseudo-class or pseudo-element this reading does not know may be invalid in
 * some browser, which then drops the whole list ({@link #listMayBeInvalid}).
 *
 * <p>One instance per cascade: it remembers which simple selectors jsoup can read.
 */
final class SelectorReading {
  enum Kind { NEVER, EXACT, POSSIBLE, UNREADABLE }

  /**
   * One selector as read: its kind, the jsoup query to match with (and its text, which
   * {@link SelectorIndex} reads), and the pseudo-element it styles.
   */
  record Read(Kind kind, Evaluator query, String queryText, String pseudoElement, boolean listMayBeInvalid) {}

  /** States that do not hold for the page at rest (before any interaction), so never match. */
  private static final Set<String> STATES = Set.of("hover", "focus", "focus-visible", "focus-within", "active",
      "visited", "target", "target-within", "invalid", "valid", "user-invalid", "user-valid",
      "placeholder-shown", "autofill", "-webkit-autofill", "indeterminate", "fullscreen", "-webkit-full-screen",
      "modal", "popover-open", "open", "picture-in-picture", "current", "past", "future", "drop", "-moz-focusring");
  /** Standard pseudo-classes jsoup does not evaluate (Selectors 4, HTML): valid, unknown at rest. */
  private static final Set<String> STANDARD = Set.of("lang", "dir", "defined", "enabled", "disabled", "required",
      "optional", "read-only", "read-write", "default", "in-range", "out-of-range", "blank", "local-link",
      "playing", "paused", "seeking", "muted", "volume-locked", "buffering", "stalled", "host", "host-context",
      "state", "has-slotted", "nth-child", "nth-last-child", "focus-within", "first", "left", "right");
  /** Pseudo-elements written with one colon for compatibility (CSS 2). */
  private static final Set<String> LEGACY_PSEUDO_ELEMENTS = Set.of("before", "after", "first-line", "first-letter");
  private static final Set<String> MODELLED_PSEUDO_ELEMENTS = Set.of("before", "after");
  private static final Set<String> KNOWN_PSEUDO_ELEMENTS = Set.of("before", "after", "placeholder", "marker",
      "selection", "first-line", "first-letter", "backdrop", "file-selector-button", "cue", "spelling-error",
      "grammar-error", "target-text", "part", "slotted", "highlight", "view-transition", "details-content");
  private static final String ANY = ":is(*)";
  private static final String CONTROLS = String.join(", ",
      new java.util.TreeSet<>(org.curbcut.internal.standards.HtmlStandards.get().set("disableableElements")));
  /**
   * Pseudo-classes only elements of a kind can match: a superset query of those elements (the
   * state itself, such as a fieldset's disabling its descendants, is not evaluated).
   */
  private static final Map<String, String> SUPERSETS = Map.of(
      "disabled", ":is(" + CONTROLS + ")",
      "enabled", ":is(" + CONTROLS + ")",
      "required", ":is(input, select, textarea)",
      "optional", ":is(input, select, textarea)",
      "read-only", ":is(*)",
      "read-write", ":is(*)",
      "in-range", "input",
      "out-of-range", "input",
      "default", ":is(button, input, option)",
      // at rest: a checkbox or radio button with the checked attribute (the last of its group), an
      // option selected by its attribute or as the first of its select
      "checked", ":is(input[checked], option)");
  private static final String LINK = ":is(a, area)[href]";

  /** Whether jsoup parses a simple selector (attribute or pseudo-class) on its own, by its text. */
  private final Map<String, Boolean> readable = new HashMap<>();

  /** Reads one (trimmed, non-empty) selector of a list. */
  Read read(String selector) {
    List<String> parts = parts(selector);
    String pseudoElement = null;
    boolean mayBeInvalid = false;
    boolean approximate = false;
    StringBuilder exact = new StringBuilder();
    StringBuilder superset = new StringBuilder();
    for (int k = 0; k < parts.size(); k++) {
      String part = parts.get(k);
      if (part.startsWith(":")) {
        boolean element = part.startsWith("::");
        String name = name(part);
        if (element || LEGACY_PSEUDO_ELEMENTS.contains(name)) {
          if (k != parts.size() - 1 || pseudoElement != null) return new Read(Kind.NEVER, null, null, null, true);
          if (!KNOWN_PSEUDO_ELEMENTS.contains(name)) mayBeInvalid = true;
          if (!MODELLED_PSEUDO_ELEMENTS.contains(name)) return new Read(Kind.NEVER, null, null, name, mayBeInvalid);
          pseudoElement = name;
          continue;
        }
        if (STATES.contains(name)) return new Read(Kind.NEVER, null, null, null, false);
        if (isVendor(name) && !isReadable(part)) {
          // -moz-placeholder, -ms-fullscreen ...: states or boxes of one browser, which the others drop
          return new Read(Kind.NEVER, null, null, null, true);
        }
        String superOnly = SUPERSETS.get(name);
        if (superOnly != null && part.length() == name.length() + 1) {
          approximate = true;
          superset.append(superOnly);
          continue;
        }
        String rewritten = rewrite(part, name);
        if (rewritten != null) {
          exact.append(rewritten);
          superset.append(rewritten);
        } else if (isReadable(part)) {
          exact.append(part);
          superset.append(part);
        } else {
          if (!STANDARD.contains(name) && !name.equals("not") && !name.equals("is") && !name.equals("has")) {
            mayBeInvalid = true;
          }
          approximate = true;
          superset.append(ANY);
        }
      } else if (part.startsWith("[")) {
        String attr = withoutCaseFlag(part);
        if (isReadable(attr)) {
          exact.append(attr);
          superset.append(attr);
          if (!attr.equals(part) && part.matches("(?s).*\\s[sS]\\s*]$")) approximate = true; // jsoup compares without case
        } else {
          approximate = true;
          superset.append(ANY);
        }
      } else {
        exact.append(part);
        superset.append(part);
      }
    }
    String query = (approximate ? superset : exact).toString().trim();
    if (query.isEmpty() || endsWithCombinator(query)) query = query + "*";
    Evaluator evaluator = parse(query);
    if (evaluator == null) return new Read(Kind.UNREADABLE, null, null, pseudoElement, mayBeInvalid);
    return new Read(approximate ? Kind.POSSIBLE : Kind.EXACT, evaluator, query, pseudoElement, mayBeInvalid);
  }

  /** A pseudo-class browsers evaluate the same as a query jsoup reads, or null. */
  private String rewrite(String part, String name) {
    switch (name) {
      case "link", "any-link" -> {
        return part.length() == name.length() + 1 ? LINK : null;
      }
      case "scope" -> {
        return ":root";
      }
      case "where" -> {
        String is = ":is" + part.substring(":where".length());
        return isReadable(is) ? is : null;
      }
      case "not" -> {
        // :not(:hover) holds for the page at rest
        String inner = part.substring(5, part.length() - 1).trim().toLowerCase(Locale.ROOT);
        return inner.startsWith(":") && STATES.contains(name(inner)) && parts(inner).size() == 1 ? ANY : null;
      }
      default -> {
        return null;
      }
    }
  }

  private static boolean isVendor(String name) {
    return name.startsWith("-moz-") || name.startsWith("-ms-") || name.startsWith("-o-") || name.startsWith("-webkit-");
  }

  private boolean isReadable(String simple) {
    return readable.computeIfAbsent(simple, s -> parse("*" + s) != null);
  }

  private static Evaluator parse(String query) {
    try {
      return QueryParser.parse(query);
    } catch (IllegalArgumentException | IllegalStateException unreadable) { // SelectorParseException is one
      return null;
    }
  }

  /** {@code [type=a i]}: jsoup compares attribute values without case anyway; the flag is dropped. */
  private static String withoutCaseFlag(String attribute) {
    return attribute.replaceFirst("(?s)\\s+[iIsS]\\s*]$", "]");
  }

  private static boolean endsWithCombinator(String q) {
    char c = q.charAt(q.length() - 1);
    return c == '>' || c == '+' || c == '~' || Character.isWhitespace(c);
  }

  /** The lower-case name of a pseudo-class or pseudo-element part ({@code :nth-child(2)} gives nth-child). */
  private static String name(String part) {
    int start = part.startsWith("::") ? 2 : 1;
    int end = start;
    while (end < part.length() && part.charAt(end) != '(') end++;
    return part.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /**
   * Splits a selector into its top-level pseudo-classes and pseudo-elements ({@code :name} with
   * any parenthesised argument), attribute selectors, and the text between them.
   */
  static List<String> parts(String selector) {
    List<String> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    int n = selector.length();
    while (i < n) {
      char c = selector.charAt(i);
      if (c == '\\' && i + 1 < n) {
        text.append(c).append(selector.charAt(i + 1));
        i += 2;
      } else if (c == ':' || c == '[') {
        if (text.length() > 0) out.add(text.toString());
        text.setLength(0);
        int end = c == '[' ? closing(selector, i, '[', ']') : pseudoEnd(selector, i);
        out.add(selector.substring(i, end));
        i = end;
      } else {
        text.append(c);
        i++;
      }
    }
    if (text.length() > 0) out.add(text.toString());
    return out;
  }

  private static int pseudoEnd(String s, int colon) {
    int i = colon + 1;
    if (i < s.length() && s.charAt(i) == ':') i++;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_')) i++;
    if (i < s.length() && s.charAt(i) == '(') return closing(s, i, '(', ')');
    return i;
  }

  /** The index after the bracket that closes the one at {@code open}, aware of quotes (the end when unclosed). */
  private static int closing(String s, int open, char o, char c) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quote != 0) {
        if (ch == '\\') i++;
        else if (ch == quote) quote = 0;
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == o) {
        depth++;
      } else if (ch == c && --depth == 0) {
        return i + 1;
      }
    }
    return s.length();
  }
}
