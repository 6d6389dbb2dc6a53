package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.NotRepairable;
import org.curbcut.fix.Repair;
import org.curbcut.fix.SourceEdits;
import org.curbcut.internal.standards.AriaStandards;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.IdReferences;
import org.curbcut.rules.RuleResult;
import org.curbcut.rules.SharedId;
import org.curbcut.snapshot.Attribute;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.SourceRange;

/**
 * Repairs of ids and the references to them: a later duplicate id renamed where nothing can
 * observe it, a broken ARIA reference pointed at the one element it plainly means, and a skip
 * link's missing target given to the main content.
 */
final class ReferenceFixers {
  /** ARIA references whose target a repair may re-point: they name or describe, they do not restructure. */
  private static final List<String> REPOINTABLE = List.of("aria-labelledby", "aria-describedby", "aria-controls",
      "aria-errormessage", "aria-details");
  /** The ARIA attributes that hold id references. */
  private static final List<String> ARIA_IDREFS = AriaStandards.get().idReferenceAttributes();
  /** Every attribute that holds id references, ARIA's and HTML's (for "is this id referenced elsewhere"). */
  private static final List<String> IDREFS = idrefs();
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})[ \\t\\n\\r\\f]?|([^\\n\\r\\f0-9a-fA-F]))");
  /** An attribute selector on id: [id], [id=x], [*|id^=x] ... */
  private static final Pattern ID_ATTRIBUTE_SELECTOR = Pattern.compile("\\[\\s*(?:[\\w*-]*\\|)?id\\s*[\\]~|^$*=]",
      Pattern.CASE_INSENSITIVE);

  private ReferenceFixers() {}

  private static List<String> idrefs() {
    List<String> all = new ArrayList<>(ARIA_IDREFS);
    all.addAll(new java.util.TreeSet<>(HtmlStandards.get().idReferenceAttributes()));
    return List.copyOf(all);
  }

  static List<Fixer> all() {
    return List.of(new DuplicateIdFixer(), new IdrefFixer(), new SkipTargetFixer());
  }

  // duplicate-id ------------------------------------------------------------------------------

  /**
   * duplicate-id: gives a later element with a repeated id a fresh id ({@code newsletter-2}).
   * getElementById, label {@code for}, ARIA references and fragment links all reach the first
   * element with an id, so renaming a later one changes none of them; what it does change is CSS
   * matching ({@code #id}, {@code [id=…]}) and {@code querySelectorAll}. So the rename happens only
   * when every style sheet of the page was read and none selects by that id or by an id attribute,
   * and no inline script, event handler or {@code javascript:} URL mentions it; when the page loads
   * scripts Curbcut cannot read, the rename is needs-review, else likely. The first element's id never changes.
   */
  static final class DuplicateIdFixer implements Fixer {
    @Override
    public String rule() {
      return "duplicate-id";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element e = failure.target();
      Page page = ctx.page();
      String id = failure.diagnostic(SharedId.class).map(SharedId::id).orElse(null);
      List<Element> same = id == null ? List.of() : page.allById(id);
      if (id == null || same.isEmpty() || same.get(0) == e || e.containingShadowRoot() != null) {
        return FixerSupport.needsPerson(rule(), e, "dup-id.first", id == null ? "" : id);
      }
      if (!page.isStyleComplete()) return FixerSupport.needsPerson(rule(), e, "dup-id.style-unknown", id);
      IdUses uses = IdUses.of(ctx);
      if (uses.styled(id)) return FixerSupport.needsPerson(rule(), e, "dup-id.styled", id);
      Optional<String> referenced = uses.referencedBySelector(id);
      if (referenced.isPresent()) return FixerSupport.needsPerson(rule(), e, "dup-id.referenced", id, referenced.get());
      if (uses.scriptsMayMention(id)) return FixerSupport.needsPerson(rule(), e, "dup-id.scripted", id);
      String fresh = FreshIds.take(ctx, id);
      Optional<Edit> edit = SourceEdits.setAttribute(e, "id", fresh);
      if (edit.isEmpty()) return FixerSupport.notInSource(rule(), e);
      Confidence confidence = uses.scriptsUnread() ? Confidence.NEEDS_REVIEW : Confidence.LIKELY;
      return new Repair(rule(), e, List.of(edit.get()), FixContext.message("change.rename-id", id, fresh), fresh,
          FixContext.message(uses.scriptsUnread() ? "dup-id.provenance-review" : "dup-id.provenance", id), confidence);
    }
  }

  /** True when the style sheet may select elements by this id: {@code #id} or an id attribute selector. */
  static boolean selectsById(String css, String id) {
    String text = selectorText(css);
    return selectsByIdAttribute(text) || namesId(text, id);
  }

  /** A style sheet as selectors see it: comments removed, escapes resolved. */
  static String selectorText(String css) {
    return unescapeCss(org.curbcut.internal.snapshot.CssText.stripComments(css));
  }

  /** True when the (cleaned) sheet selects by an id attribute, which may match any id. */
  static boolean selectsByIdAttribute(String text) {
    return ID_ATTRIBUTE_SELECTOR.matcher(text).find();
  }

  /** True when the (cleaned) sheet has {@code #id}. */
  static boolean namesId(String text, String id) {
    // case-insensitive: quirks-mode pages match id selectors ignoring case
    Matcher m = Pattern.compile("#" + Pattern.quote(id) + "(?![\\w\\-\\u0080-\\uffff])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
    return m.find();
  }

  private static String unescapeCss(String css) {
    if (css.indexOf('\\') < 0) return css;
    Matcher m = CSS_ESCAPE.matcher(css);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String repl;
      if (m.group(1) != null) {
        int cp = Integer.parseInt(m.group(1), 16);
        repl = cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? "\uFFFD" : new String(Character.toChars(cp));
      } else {
        repl = m.group(2);
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(repl));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  // aria-valid-idref --------------------------------------------------------------------------

  /**
   * aria-valid-idref, only where the intended target is plain: (1) aria-labelledby naming a missing
   * id on an element with exactly one heading inside: the heading gets that id, or, when it has an
   * id already, the reference is pointed at it (likely); (2) a missing id that differs only in case
   * or in {@code -}/{@code _} from exactly one existing id: the reference is corrected (needs review).
   * Anything else needs a person.
   */
  static final class IdrefFixer implements Fixer {
    @Override
    public String rule() {
      return "aria-valid-idref";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element e = failure.target();
      Page page = ctx.page();
      if (e.containingShadowRoot() != null) return FixerSupport.needsPerson(rule(), e, "idref.in-shadow");
      // the references the rule found leading nowhere (a collapsed control's aria-controls is never among them)
      Optional<IdReferences> missing = failure.diagnostic(IdReferences.class)
          .filter(d -> d.problem() == IdReferences.Problem.MISSING);
      if (missing.isEmpty()) return FixerSupport.needsPerson(rule(), e, "idref.duplicate");
      Map<String, List<String>> broken = new LinkedHashMap<>();
      for (IdReferences.Reference r : missing.get().references()) {
        broken.put(r.attribute(), r.attribute().equals("for") ? List.of(r.value()) : AsciiWhitespace.split(r.value()));
      }
      List<Edit> edits = new ArrayList<>();
      List<String> changes = new ArrayList<>();
      List<String> values = new ArrayList<>();
      List<String> provenance = new ArrayList<>();
      Confidence confidence = Confidence.LIKELY;
      for (Map.Entry<String, List<String>> b : broken.entrySet()) {
        String attr = b.getKey();
        List<String> ids = b.getValue();
        Optional<FixAttempt> heading = attr.equals("aria-labelledby") && ids.size() == 1
            ? headingTarget(e, ids.get(0), page) : Optional.empty();
        if (heading.isPresent() && !(heading.get() instanceof Repair)) return heading.get();
        if (heading.isPresent()) {
          Repair r = (Repair) heading.get();
          edits.addAll(r.edits());
          changes.add(r.change());
          values.add(r.value());
          provenance.add(r.provenance());
          continue;
        }
        if (!REPOINTABLE.contains(attr)) return needsPerson(e, attr, ids);
        List<String> fixed = new ArrayList<>();
        for (String id : ids) {
          Optional<String> near = nearMiss(page, id);
          if (near.isEmpty()) return needsPerson(e, attr, ids);
          fixed.add(near.get());
          provenance.add(FixContext.message("idref.near-miss", id, near.get()));
        }
        String value = String.join(" ", fixed);
        Optional<Edit> set = SourceEdits.setAttribute(e, attr, value);
        if (set.isEmpty()) return FixerSupport.notInSource(rule(), e);
        edits.add(set.get());
        changes.add(attr + "=\"" + value + "\"");
        values.add(value);
        confidence = Confidence.NEEDS_REVIEW;
      }
      return new Repair(rule(), e, edits, FixContext.message("change.idref", String.join(", ", changes)),
          String.join(", ", values), String.join("; ", provenance), confidence);
    }

    private NotRepairable needsPerson(Element e, String attr, List<String> ids) {
      return FixerSupport.needsPerson(rule(), e, "idref.needs-person", attr + "=\"" + String.join(" ", ids) + "\"", ids.get(0));
    }

    /**
     * The one heading inside {@code e}: given the missing id (when it has none and nothing else
     * refers to that id), or the reference pointed at the heading's own unique id. Empty when the
     * pattern does not apply.
     */
    private Optional<FixAttempt> headingTarget(Element e, String id, Page page) {
      List<Element> headings = e.descendants()
          .filter(d -> d.isHtml() && HtmlStandards.get().isHeading(d.name()) || d.token("role").orElse("").equals("heading"))
          .toList();
      if (headings.size() != 1 || FixerSupport.squash(headings.get(0).textContent()).isEmpty()) return Optional.empty();
      Element h = headings.get(0);
      Optional<String> own = h.id();
      if (own.isEmpty()) {
        if (references(page, id) != 1) return Optional.empty(); // something else waits for that id too
        Optional<Edit> set = SourceEdits.setAttribute(h, "id", id);
        if (set.isEmpty()) return Optional.of(FixerSupport.notInSource(rule(), h));
        return Optional.of(new Repair(rule(), e, List.of(set.get()), "id=\"" + id + "\" on <" + h.name() + ">", id,
            FixContext.message("idref.heading", id, h.name()), Confidence.LIKELY));
      }
      if (page.allById(own.get()).size() != 1) return Optional.empty();
      Optional<Edit> set = SourceEdits.setAttribute(e, "aria-labelledby", own.get());
      if (set.isEmpty()) return Optional.of(FixerSupport.notInSource(rule(), e));
      return Optional.of(new Repair(rule(), e, List.of(set.get()), "aria-labelledby=\"" + own.get() + "\"", own.get(),
          FixContext.message("idref.heading-id", id, h.name(), own.get()), Confidence.LIKELY));
    }
  }

  /** How many id references and fragment links in the page name this id. */
  private static int references(Page page, String id) {
    int n = 0;
    for (Element x : page.elements()) {
      for (String a : IDREFS) {
        if (AsciiWhitespace.containsToken(x.attrOr(a, ""), id)) n++;
      }
      if (x.attrOr("href", "").trim().equals("#" + id)) n++;
    }
    return n;
  }

  /** The one existing, unique id that equals {@code id} but for case, '-' and '_'; empty when none or several. */
  static Optional<String> nearMiss(Page page, String id) {
    String key = loose(id);
    if (key.isEmpty()) return Optional.empty();
    String found = null;
    for (Element x : page.elements()) {
      Optional<String> other = x.id();
      if (other.isEmpty() || other.get().equals(id) || !loose(other.get()).equals(key)) continue;
      if (found != null && !found.equals(other.get())) return Optional.empty();
      if (x.containingShadowRoot() != null || page.allById(other.get()).size() != 1) return Optional.empty();
      found = other.get();
    }
    return Optional.ofNullable(found);
  }

  private static String loose(String id) {
    return id.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

  // skip-link-target --------------------------------------------------------------------------

  /**
   * skip-link-target: the skip link points at an id nothing has; the page's main content gets that
   * id. The main content is the element the main-landmark repair picks ({@link LandmarkFixers#mainCandidate}):
   * the main landmark, or the container it will make one. The link itself is never changed.
   */
  static final class SkipTargetFixer implements Fixer {
    @Override
    public String rule() {
      return "skip-link-target";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element link = failure.target();
      Page page = ctx.page();
      String fragment = failure.diagnostic(IdReferences.class).map(d -> d.references().get(0).value()).orElse("");
      if (fragment.isEmpty() || fragment.indexOf('%') >= 0 || WHITE_SPACE.matcher(fragment).find()) {
        return FixerSupport.needsPerson(rule(), link, "skip-target.bad-fragment", fragment);
      }
      if (!page.allById(fragment).isEmpty()) return FixerSupport.needsPerson(rule(), link, "skip-target.not-in-page", fragment);
      Optional<Element> main = LandmarkFixers.mainCandidate(page);
      if (main.isEmpty() || main.get().containingShadowRoot() != null || main.get().ancestors().anyMatch(a -> a.is("template"))) {
        return FixerSupport.needsPerson(rule(), link, "skip-target.no-main", fragment);
      }
      Element m = main.get();
      if (m.id().isPresent()) return FixerSupport.needsPerson(rule(), link, "skip-target.main-has-id", fragment, m.id().get());
      Optional<Edit> set = SourceEdits.setAttribute(m, "id", fragment);
      if (set.isEmpty()) return FixerSupport.notInSource(rule(), m);
      String what = "<" + m.name() + (m.has("class") ? " class=\"" + m.attrOr("class", "") + "\"" : "")
          + (m.has("role") ? " role=\"" + m.attrOr("role", "") + "\"" : "") + ">";
      return new Repair(rule(), link, List.of(set.get()), FixContext.message("change.skip-target", fragment, m.name()),
          fragment, FixContext.message("skip-target.provenance", fragment, what), Confidence.LIKELY);
    }
  }
}
