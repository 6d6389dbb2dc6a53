package org.curbcut.internal.aria;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.ElementMemo;
import org.curbcut.snapshot.Namespace;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.RenderFacts;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;
import org.curbcut.internal.standards.AriaStandards;
import org.curbcut.internal.standards.AttributeSpec;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.internal.standards.RoleSpec;

/**
 * ARIA semantics for one page. Obtain with {@link #of(Page)}; results are cached per element.
 *
 * <p>Roles follow WAI-ARIA 1.2 and HTML-AAM: the explicit role is the first {@code role} token that
 * names a known, non-abstract role; otherwise the implicit role of the element. A presentational
 * role ({@code none}/{@code presentation}) is ignored when the element is focusable or carries a
 * global ARIA attribute (the presentational roles conflict resolution). Elements of a nested
 * srcdoc document can be asked too: each element answers from its own page.
 */
public final class Aria {
  /** How many {@link #tick()}s go by between two checks of the run's deadline (a power of two). */
  private static final int TICKS_PER_CHECK = 64;
  private static final Runnable NO_CHECK = () -> { };

  private final Page page;
  /** Throws when the run's time is up (the audit's deadline); shared by every document of the run. */
  private final Runnable checkpoint;
  /** Counts {@link #tick()}s; unsynchronised, so a shared instance may only check a little less often. */
  private int ticks;
  /** The semantics of every document of one run (this page and its srcdoc frames), by page. */
  private final Map<Page, Aria> run;
  private final AriaStandards standards = AriaStandards.get();
  private final HtmlStandards html = HtmlStandards.get();
  /*
   * Answers per element. A page never changes once built, so an answer never does either. The
   * memos are safe to share between threads; computations recurse, so they use get/put, never
   * computeIfAbsent.
   */
  private final ElementMemo<Optional<String>> roles;
  private final ElementMemo<Optional<String>> implicitRoles;
  private final ElementMemo<Optional<String>> explicitRoles;
  private final ElementMemo<Tri> hidden;
  private final ElementMemo<Boolean> ariaHidden;
  private final ElementMemo<Tri> focusable;
  private final ElementMemo<Tri> inTabOrder;
  private final ElementMemo<AccessibleName> names;
  private final ElementMemo<AccessibleName> descriptions;
  private volatile AccnameTree accnameTree;
  private volatile IdResolver ids;
  private volatile Labels labels;

  private final AccessibilityTree tree = new AccessibilityTree(this);

  private Aria(Page page, Map<Page, Aria> run, Runnable checkpoint) {
    this.page = page;
    this.run = run;
    this.checkpoint = checkpoint;
    roles = new ElementMemo<>(page);
    implicitRoles = new ElementMemo<>(page);
    explicitRoles = new ElementMemo<>(page);
    hidden = new ElementMemo<>(page);
    ariaHidden = new ElementMemo<>(page);
    focusable = new ElementMemo<>(page);
    inTabOrder = new ElementMemo<>(page);
    names = new ElementMemo<>(page);
    descriptions = new ElementMemo<>(page);
  }

  /**
   * The semantics of a page, with caches of its own. An audit or a repair run makes one per page
   * it works on (its context holds it) and asks it everything; nothing is kept between runs.
   */
  public static Aria of(Page page) {
    return of(page, NO_CHECK);
  }

  /**
   * The semantics of a page for a run with a time limit: the long computations (accessible names,
   * accessibility tree walks) call {@code checkpoint} every few dozen steps, and it throws to stop
   * them (the audit's {@code Deadline::check}). Nothing half computed is cached.
   */
  public static Aria of(Page page, Runnable checkpoint) {
    Map<Page, Aria> run = new ConcurrentHashMap<>();
    Aria a = new Aria(page, run, java.util.Objects.requireNonNull(checkpoint, "checkpoint"));
    run.put(page, a);
    return a;
  }

  /** One step of a long computation: checks the run's deadline every {@value #TICKS_PER_CHECK} steps. */
  void tick() {
    if ((++ticks & (TICKS_PER_CHECK - 1)) == 0) checkpoint.run();
  }

  /**
   * The semantics of another document of the same run (the page of an {@code <iframe srcdoc>}
   * element), sharing this run's caches.
   */
  public Aria forPage(Page other) {
    if (other == page || other == null) return this;
    return run.computeIfAbsent(other, p -> new Aria(p, run, checkpoint));
  }

  /** Parent/child relations of the accessibility tree (aria-owns, ignored and hidden elements). */
  public AccessibilityTree tree() {
    return tree;
  }

  public Page page() {
    return page;
  }

  /** The label and aria-owns index of this page, built once. */
  AccnameTree accnameTree() {
    AccnameTree t = accnameTree;
    if (t == null) {
      t = new AccnameTree(this);
      accnameTree = t;
    }
    return t;
  }

  /** The ID references of this page, resolved in their tree scope; built once. */
  public IdResolver ids() {
    IdResolver i = ids;
    if (i == null) {
      i = new IdResolver(page);
      ids = i;
    }
    return i;
  }

  /** The labels of this page's controls and the controls of its labels; built once. */
  public Labels labels() {
    Labels l = labels;
    if (l == null) {
      l = new Labels(page, ids());
      labels = l;
    }
    return l;
  }

  /** The standards data the semantics are computed from. */
  public AriaStandards standards() {
    return standards;
  }

  // ---------------------------------------------------------------- roles

  /**
   * The computed role: the explicit role (first valid token), else the implicit role, after the
   * presentational roles conflict resolution. Empty for generic and for elements without a role.
   * A presentational element gives {@code none} or {@code presentation} (as written, or
   * {@code presentation} for an {@code img} with {@code alt=""}).
   */
  public Optional<String> role(Element e) {
    Optional<String> cached = roles.get(e);
    if (cached != null) return cached;
    Optional<String> r = computeRole(e).filter(x -> !x.equals("generic"));
    roles.put(e, r);
    return r;
  }

  /** Like {@link #role(Element)}, but gives {@code generic} for elements HTML-AAM maps to generic (div, span, …). */
  public Optional<String> roleOrGeneric(Element e) {
    Optional<String> r = role(e);
    if (r.isPresent()) return r;
    if (explicitRole(e).map(x -> x.equals("generic")).orElse(false)) return Optional.of("generic");
    if (e.isHtml() && isGenericElement(e)) return Optional.of("generic");
    return Optional.empty();
  }

  /** The role's data, for the computed role. */
  public Optional<RoleSpec> roleSpec(Element e) {
    return roleOrGeneric(e).flatMap(standards::role);
  }

  private Optional<String> computeRole(Element e) {
    Optional<String> explicit = explicitRole(e);
    if (explicit.isPresent()) {
      if (!isPresentational(explicit.get())) return explicit;
      if (presentationConflict(e)) return implicitRole(e);
      return explicit;
    }
    Optional<String> implicit = implicitRole(e);
    if (implicit.isPresent() && isPresentational(implicit.get())) return implicit;
    if (inheritsPresentation(e) && !presentationConflict(e)) return Optional.of("none");
    return implicit;
  }

  /** True for {@code none} and {@code presentation}. */
  public static boolean isPresentational(String role) {
    return role.equals("none") || role.equals("presentation");
  }

  /**
   * True when the presentational roles conflict resolution applies: the element is focusable or
   * has a global ARIA state or property, so a presentational role must be ignored.
   */
  public boolean presentationConflict(Element e) {
    return hasGlobalAriaAttribute(e) || isFocusable(e).isTrue();
  }

  /** True when the element carries a global ARIA state or property (with a non-empty value). */
  public boolean hasGlobalAriaAttribute(Element e) {
    for (var a : e.attributes()) {
      String n = a.name().toLowerCase(Locale.ROOT);
      if (!n.startsWith("aria-")) continue;
      Optional<AttributeSpec> spec = standards.attribute(n);
      if (spec.isPresent() && spec.get().triggersPresentationConflict() && !a.value().isBlank()) return true;
    }
    return false;
  }

  /**
   * Owned elements of a presentational list or table lose their implicit role too (WAI-ARIA 1.2,
   * "presentation" role: required owned elements inherit it).
   */
  private boolean inheritsPresentation(Element e) {
    if (!e.isHtml()) return false;
    if (e.is("li")) {
      Element p = e.parent();
      return p != null && p.isHtml() && html.isListElement(p.name()) && role(p).map(Aria::isPresentational).orElse(false);
    }
    if (e.is("dt", "dd")) {
      Element p = e.parent();
      if (p != null && p.is("div")) p = p.parent();
      return p != null && p.is("dl") && explicitRole(p).map(Aria::isPresentational).orElse(false) && !presentationConflict(p);
    }
    if (html.isTablePart(e.name())) {
      Element table = e.closest("table").orElse(null);
      if (table == null) return false;
      for (Element x = e.parent(); x != null && x != table; x = x.parent()) {
        if (explicitRole(x).isPresent() && !explicitRole(x).map(Aria::isPresentational).orElse(false)) return false;
      }
      return role(table).map(Aria::isPresentational).orElse(false);
    }
    return false;
  }

  /** The first token of {@code role} that names a known, non-abstract role (fallback roles), lower case. */
  public Optional<String> explicitRole(Element e) {
    Optional<String> cached = explicitRoles.get(e);
    if (cached != null) return cached;
    Optional<String> r = computeExplicitRole(e);
    explicitRoles.put(e, r);
    return r;
  }

  private Optional<String> computeExplicitRole(Element e) {
    Optional<String> attr = e.attr("role");
    if (attr.isEmpty()) return Optional.empty();
    for (String token : AsciiWhitespace.split(attr.get().toLowerCase(Locale.ROOT))) {
      if (standards.isConcreteRole(token)) return Optional.of(token);
    }
    return Optional.empty();
  }

  /** The implicit role per HTML-AAM (and SVG-AAM for svg), empty when none or generic. */
  public Optional<String> implicitRole(Element e) {
    Optional<String> cached = implicitRoles.get(e);
    if (cached != null) return cached;
    Optional<String> r = computeImplicitRole(e).filter(x -> !x.equals("generic"));
    implicitRoles.put(e, r);
    return r;
  }

  private boolean isGenericElement(Element e) {
    return html.unconditionalImplicitRole(e.name()).map(r -> r.equals("generic")).orElse(false)
        || html.isGenericWhenRoleless(e.name());
  }

  private Optional<String> computeImplicitRole(Element e) {
    if (e.namespace() == Namespace.SVG) return svgRole(e);
    if (!e.isHtml()) return Optional.empty();
    String n = e.name();
    if (html.isHeading(n)) return Optional.of("heading");
    switch (n) {
      case "a", "area":
        return e.has("href") ? Optional.of("link") : Optional.empty();
      case "img":
        if (e.attr("alt").map(String::isEmpty).orElse(false)) {
          return Optional.of(presentationConflict(e) ? "img" : "presentation");
        }
        return Optional.of("img");
      case "input":
        return inputRole(e);
      case "select":
        return Optional.of(e.has("multiple") || sizeAttr(e) > 1 ? "listbox" : "combobox");
      case "header", "footer":
        return isScopedToBody(e) ? Optional.of(n.equals("header") ? "banner" : "contentinfo") : Optional.empty();
      case "section":
        return hasAuthorName(e) ? Optional.of("region") : Optional.empty();
      case "aside":
        return hasAuthorName(e) || !insideSectioningContent(e) ? Optional.of("complementary") : Optional.empty();
      case "form":
        return hasAuthorName(e) ? Optional.of("form") : Optional.empty();
      case "table":
        return Optional.of("table");
      case "td":
        return tableRole(e).map(t -> t.equals("table") ? "cell" : "gridcell");
      case "th":
        return thRole(e);
      case "summary":
        Element p = e.parent();
        if (p != null && p.is("details") && p.childElements().filter(c -> c.is("summary")).findFirst().orElse(null) == e) {
          return Optional.of("button");
        }
        return Optional.empty();
      case "li":
        return Optional.of("listitem");
      case "option":
        Element parent = e.parent();
        if (parent != null && parent.is("optgroup")) parent = parent.parent();
        return parent != null && parent.is("select", "datalist") ? Optional.of("option") : Optional.empty();
      default:
        // caption, the row groups and tr have their role only in a table (td and th are above)
        if (html.isTablePart(n)) return tableRole(e).isPresent() ? html.unconditionalImplicitRole(n) : Optional.empty();
        return html.unconditionalImplicitRole(n);
    }
  }

  private Optional<String> svgRole(Element e) {
    return switch (e.name()) {
      case "svg" -> Optional.of("graphics-document");
      case "a" -> e.has("href") || e.has("xlink:href") ? Optional.of("link") : Optional.of("group");
      case "g" -> Optional.empty();
      default -> Optional.empty();
    };
  }

  private Optional<String> inputRole(Element e) {
    String type = html.inputTypeState(e.token("type").orElse(null));
    boolean list = e.attr("list").map(l -> !l.isBlank()).orElse(false);
    if (html.isTextEntryInputType(type)) {
      if (list) return Optional.of("combobox");
      return Optional.of(type.equals("search") ? "searchbox" : "textbox");
    }
    if (html.isButtonInputType(type)) return Optional.of("button");
    return switch (type) {
      case "checkbox" -> Optional.of("checkbox");
      case "radio" -> Optional.of("radio");
      case "range" -> Optional.of("slider");
      case "number" -> Optional.of("spinbutton");
      default -> Optional.empty();
    };
  }

  private static int sizeAttr(Element e) {
    try {
      return Integer.parseInt(e.attrOr("size", "0").trim());
    } catch (NumberFormatException ex) {
      return 0;
    }
  }

  /** header/footer are page-wide landmarks unless inside sectioning content or main (HTML-AAM). */
  private boolean isScopedToBody(Element e) {
    for (Element x = e.parent(); x != null; x = x.parent()) {
      if (x.isHtml() && html.isLandmarkScoping(x.name())) return false;
      Optional<String> r = explicitRole(x);
      if (r.isPresent() && html.isLandmarkScopingRole(r.get())) return false;
    }
    return true;
  }

  /** aside is a landmark unless it is nested in article, aside, nav or section without a name (HTML-AAM). */
  private boolean insideSectioningContent(Element e) {
    for (Element x = e.parent(); x != null; x = x.parent()) {
      if (x.isHtml() && html.isSectioningContent(x.name())) return true;
    }
    return false;
  }

  /** A name given by the author: aria-label, aria-labelledby to an existing element, or title. */
  private boolean hasAuthorName(Element e) {
    if (e.attr("aria-label").map(v -> !v.isBlank()).orElse(false)) return true;
    if (e.attr("title").map(v -> !v.isBlank()).orElse(false)) return true;
    if (e.has("aria-labelledby") && e.page() != null) {
      for (Element t : forPage(e.page()).ids().targets(e, "aria-labelledby")) {
        if (!t.textContent().isBlank() || t.attr("aria-label").map(v -> !v.isBlank()).orElse(false)) return true;
      }
    }
    return false;
  }

  /** The role of the table a cell or row belongs to, when it is table, grid or treegrid. */
  private Optional<String> tableRole(Element e) {
    Element table = e.closest("table").orElse(null);
    if (table == null) return Optional.empty();
    Optional<String> r = role(table);
    if (r.isEmpty()) return Optional.empty();
    return switch (r.get()) {
      case "table" -> Optional.of("table");
      case "grid", "treegrid" -> Optional.of("grid");
      default -> Optional.empty();
    };
  }

  private Optional<String> thRole(Element e) {
    Optional<String> table = tableRole(e);
    if (table.isEmpty()) return Optional.empty();
    String scope = e.token("scope").orElse("");
    if (scope.equals("row") || scope.equals("rowgroup")) return Optional.of("rowheader");
    if (scope.equals("col") || scope.equals("colgroup")) return Optional.of("columnheader");
    Element row = e.parent();
    if (row != null && row.is("tr")) {
      if (row.parent() != null && row.parent().is("thead")) return Optional.of("columnheader");
      boolean hasDataCell = row.childElements().anyMatch(c -> c.is("td"));
      if (hasDataCell) return Optional.of("rowheader");
    }
    return Optional.of("columnheader");
  }

  /** True when the role takes its name from its content (accname step 2F), e.g. button, link, heading. */
  public boolean allowsNameFromContent(String role) {
    return standards.role(role).map(RoleSpec::nameFromContents).orElse(false);
  }

  // ---------------------------------------------------------------- hidden

  /**
   * True when the element is excluded from the accessibility tree: aria-hidden="true" on itself or
   * a composed ancestor, inert, not rendered (display none, hidden, closed details…), or
   * visibility hidden/collapse. Unknown when the style cannot be read statically.
   */
  public Tri isHiddenFromAT(Element e) {
    Tri cached = hidden.get(e);
    if (cached != null) return cached;
    Tri r = computeHiddenFromAT(e);
    hidden.put(e, r);
    return r;
  }

  private Tri computeHiddenFromAT(Element e) {
    if (isAriaHidden(e) || e.isInert()) return Tri.TRUE;
    Tri shown = Rendering.isRendered(e).and(Rendering.isVisibilityHidden(e).not());
    return shown.not();
  }

  /** True when aria-hidden="true" is set on the element or a composed ancestor. */
  public boolean isAriaHidden(Element e) {
    return ariaHidden.inherit(e, (x, parentHidden) ->
        Boolean.TRUE.equals(parentHidden) || x.token("aria-hidden").orElse("").equals("true"));
  }

  // ---------------------------------------------------------------- focus

  /**
   * True when the element can receive focus (by script or by Tab): natively focusable elements
   * and elements with a valid {@code tabindex}, unless disabled, inert or not rendered.
   */
  public Tri isFocusable(Element e) {
    Tri cached = focusable.get(e);
    if (cached != null) return cached;
    Tri r = computeFocusable(e);
    focusable.put(e, r);
    return r;
  }

  private Tri computeFocusable(Element e) {
    if (isInert(e) || isDisabled(e)) return Tri.FALSE;
    boolean candidate = tabIndex(e).isPresent() || isNativelyFocusable(e);
    if (!candidate) return Tri.FALSE;
    Tri rendered = e.is("area") ? renderedIgnoringSelf(e) : Rendering.isRendered(e);
    return rendered.and(Rendering.isVisibilityHidden(e).not());
  }

  /** True when the element is in the sequential focus navigation order (Tab). */
  public Tri isInTabOrder(Element e) {
    Tri cached = inTabOrder.get(e);
    if (cached != null) return cached;
    Tri r = computeInTabOrder(e);
    inTabOrder.put(e, r);
    return r;
  }

  private Tri computeInTabOrder(Element e) {
    Tri focusable = isFocusable(e);
    if (focusable.isFalse()) return Tri.FALSE;
    Optional<RenderFacts> facts = e.page() == null ? Optional.empty() : e.page().renderFacts();
    if (facts.isPresent()) {
      Tri t = facts.get().isFocusable(e);
      if (!t.isUnknown()) return t;
    }
    Optional<Integer> t = tabIndex(e);
    if (t.isPresent() && t.get() < 0) return Tri.FALSE;
    return focusable;
  }

  /** The parsed {@code tabindex} (HTML rules for parsing integers), empty when absent or invalid. */
  public static Optional<Integer> tabIndex(Element e) {
    Optional<String> v = e.attr("tabindex");
    if (v.isEmpty()) return Optional.empty();
    String s = v.get().strip();
    int i = 0;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int start = i;
    long value = 0;
    while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
      value = Math.min(value * 10 + (s.charAt(i) - '0'), Integer.MAX_VALUE);
      i++;
    }
    if (i == start) return Optional.empty();
    return Optional.of((int) (negative ? -value : value));
  }

  /** Focusable by default, without tabindex (HTML "focusable area" defaults browsers apply). */
  public boolean isNativelyFocusable(Element e) {
    if (e.namespace() == Namespace.SVG) return e.name().equals("a") && (e.has("href") || e.has("xlink:href"));
    if (!e.isHtml()) return false;
    if (isContentEditable(e)) return true;
    return switch (e.name()) {
      case "a", "area" -> e.has("href");
      case "input" -> !e.token("type").orElse("").equals("hidden");
      case "summary" -> e.parent() != null && e.parent().is("details")
          && e.parent().childElements().filter(c -> c.is("summary")).findFirst().orElse(null) == e;
      case "audio", "video" -> e.has("controls");
      default -> html.isFocusableByDefault(e.name());
    };
  }

  /** An editing host: only the element with the attribute is focusable, not what it contains. */
  private static boolean isContentEditable(Element e) {
    return e.token("contenteditable").map(v -> !v.equals("false")).orElse(false);
  }

  /**
   * True when a form control is disabled: its own {@code disabled} attribute, a disabled
   * {@code optgroup} for options, or a disabled {@code fieldset} ancestor (outside its first legend).
   */
  public boolean isDisabled(Element e) {
    return isDisabledControl(e);
  }

  /** {@link #isDisabled}, which depends on the element alone. */
  public static boolean isDisabledControl(Element e) {
    if (!e.isHtml() || !HtmlStandards.get().isDisableable(e.name())) return false;
    if (e.has("disabled")) return true;
    if (e.is("option")) {
      Element p = e.parent();
      return p != null && p.is("optgroup") && p.has("disabled");
    }
    Element child = e;
    for (Element x = e.parent(); x != null; child = x, x = x.parent()) {
      if (x.is("fieldset") && x.has("disabled")) {
        Element firstLegend = x.childElements().filter(c -> c.is("legend")).findFirst().orElse(null);
        if (firstLegend == null || child != firstLegend) return true;
      }
    }
    return false;
  }

  /** True when the element or a composed ancestor has the {@code inert} attribute. */
  public boolean isInert(Element e) {
    return e.isInert();
  }

  private static Tri renderedIgnoringSelf(Element e) {
    Element p = e.composedParent();
    return p == null ? Tri.TRUE : Rendering.isRendered(p.is("map") && p.composedParent() != null ? p.composedParent() : p);
  }

  // ---------------------------------------------------------------- names

  /** The accessible name (accname 1.2). */
  public AccessibleName name(Element e) {
    AccessibleName cached = names.get(e);
    if (cached != null) return cached;
    tick();
    AccessibleName r = new NameComputation(this).name(e);
    names.put(e, r);
    return r;
  }

  /** The accessible description (accname 1.2). */
  public AccessibleName description(Element e) {
    AccessibleName cached = descriptions.get(e);
    if (cached != null) return cached;
    tick();
    AccessibleName r = new NameComputation(this).description(e);
    descriptions.put(e, r);
    return r;
  }
}
