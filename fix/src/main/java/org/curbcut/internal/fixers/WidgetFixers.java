package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.Edit;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.fix.Repair;
import org.curbcut.fix.SourceEdits;
import org.curbcut.internal.standards.AsciiWhitespace;
import org.curbcut.internal.standards.HtmlStandards;
import org.curbcut.rules.RuleResult;
import org.curbcut.runtime.Markers;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;
import org.curbcut.snapshot.Rendering;
import org.curbcut.snapshot.Tri;

/**
 * Repairs of custom widgets: click targets get a role, a tab stop and the marker the Curbcut
 * browser runtime uses to add Enter/Space activation; popups become named dialogs; disclosure
 * buttons expose their state (the runtime keeps it current), and a site navigation with dropdowns
 * of links is marked for the runtime's disclosure-navigation keys.
 */
final class WidgetFixers {
  /** Marks an element whose click handler the browser runtime makes keyboard-operable. */
  static final String ACTIVATE_MARKER = Markers.ACTIVATE;
  /** Marks a disclosure button whose aria-expanded the browser runtime keeps current. */
  static final String DISCLOSURE_MARKER = Markers.DISCLOSURE;
  /** Names a custom widget's APG pattern, whose keyboard behaviour the browser runtime adds. */
  static final String WIDGET_MARKER = Markers.WIDGET;

  private WidgetFixers() {}

  static List<Fixer> all() {
    return List.of(new ClickTarget(), new ModalDialog(), new Disclosure(), new Required());
  }

  /** click-target-keyboard: role, tabindex="0" and the activation marker. */
  static final class ClickTarget implements Fixer {
    @Override
    public String rule() {
      return "click-target-keyboard";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element e = failure.target();
      List<Edit> edits = new ArrayList<>();
      String role = e.attr("role").map(String::trim).filter(r -> !r.isEmpty()).orElse(null);
      String onclick = e.attrOr("onclick", "").toLowerCase(Locale.ROOT);
      if (role == null) {
        role = onclick.contains("location") || onclick.contains("window.open") || onclick.contains("href") ? "link" : "button";
        Optional<Edit> r = SourceEdits.setAttribute(e, "role", role);
        if (r.isEmpty()) return FixerSupport.notInSource(rule(), e);
        edits.add(r.get());
      }
      if (!ctx.aria().isInTabOrder(e).isTrue()) {
        Optional<Edit> t = SourceEdits.setAttribute(e, "tabindex", "0");
        if (t.isEmpty()) return FixerSupport.notInSource(rule(), e);
        edits.add(t.get());
      }
      if (!e.has(ACTIVATE_MARKER)) SourceEdits.setAttribute(e, ACTIVATE_MARKER, "").ifPresent(edits::add);
      return new Repair(rule(), e, edits, FixContext.message("change.click-target", role), role,
          FixContext.message("widget.click-provenance"), Confidence.LIKELY);
    }
  }

  /** modal-dialog-semantics: role="dialog", aria-modal and a name from the popup's heading. */
  static final class ModalDialog implements Fixer {
    @Override
    public String rule() {
      return "modal-dialog-semantics";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element box = failure.target();
      Optional<Element> heading = box.descendants()
          .filter(d -> d.isHtml() && HtmlStandards.get().isHeading(d.name()) || d.attrOr("class", "").toLowerCase(Locale.ROOT).matches(".*\\b[\\w-]*title\\b.*"))
          .filter(d -> !FixerSupport.squash(d.textContent()).isEmpty()).findFirst();
      if (heading.isEmpty()) return FixerSupport.needsPerson(rule(), box, "dialog.no-heading");
      List<Edit> edits = new ArrayList<>();
      if (!box.is("dialog") && !box.has("role")) SourceEdits.setAttribute(box, "role", "dialog").ifPresent(edits::add);
      if (!box.has("aria-modal")) SourceEdits.setAttribute(box, "aria-modal", "true").ifPresent(edits::add);
      String id = heading.get().id().filter(i -> ctx.page().allById(i).size() == 1).orElse(null);
      if (id == null) {
        if (heading.get().has("id")) return FixerSupport.needsPerson(rule(), box, "dialog.no-heading");
        id = freshId(ctx, "curbcut-dialog-title");
        Optional<Edit> setId = SourceEdits.setAttribute(heading.get(), "id", id);
        if (setId.isEmpty()) return FixerSupport.notInSource(rule(), heading.get());
        edits.add(setId.get());
      }
      Optional<Edit> labelled = SourceEdits.setAttribute(box, "aria-labelledby", id);
      if (labelled.isEmpty() || edits.size() < 1) return FixerSupport.notInSource(rule(), box);
      edits.add(labelled.get());
      String name = FixerSupport.shorten(heading.get().textContent(), 80);
      return new Repair(rule(), box, edits, FixContext.message("change.dialog", name), name,
          FixContext.message("dialog.provenance"), Confidence.LIKELY);
    }
  }

  /** disclosure-state: aria-expanded from whether the controlled content is shown now. */
  static final class Disclosure implements Fixer {
    @Override
    public String rule() {
      return "disclosure-state";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Element button = failure.target();
      List<Edit> edits = new ArrayList<>();
      Optional<Element> controlled = button.attr("aria-controls")
          .flatMap(ids -> ctx.aria().forPage(button.page()).ids().target(button, AsciiWhitespace.firstToken(ids)));
      if (controlled.isEmpty()) {
        controlled = nextElementSibling(button).or(() -> button.parent() == null ? Optional.empty() : nextElementSibling(button.parent())
            .filter(s -> s.is("ul", "ol", "div", "section", "nav")));
        if (controlled.isEmpty()) return FixerSupport.needsPerson(rule(), button, "disclosure.no-target");
        String id = controlled.get().id().filter(i -> ctx.page().allById(i).size() == 1).orElse(null);
        if (id == null) {
          if (controlled.get().has("id")) return FixerSupport.needsPerson(rule(), button, "disclosure.no-target");
          id = freshId(ctx, "curbcut-disclosure");
          Optional<Edit> setId = SourceEdits.setAttribute(controlled.get(), "id", id);
          if (setId.isEmpty()) return FixerSupport.notInSource(rule(), controlled.get());
          edits.add(setId.get());
        }
        SourceEdits.setAttribute(button, "aria-controls", id).ifPresent(edits::add);
      }
      Tri shown = Rendering.isRendered(controlled.get()).and(Rendering.isVisibilityHidden(controlled.get()).not());
      if (shown.isUnknown()) return FixerSupport.needsPerson(rule(), button, "disclosure.state-unknown");
      Optional<Edit> expanded = SourceEdits.setAttribute(button, "aria-expanded", shown.isTrue() ? "true" : "false");
      if (expanded.isEmpty()) return FixerSupport.notInSource(rule(), button);
      edits.add(expanded.get());
      if (!button.has(DISCLOSURE_MARKER)) SourceEdits.setAttribute(button, DISCLOSURE_MARKER, "").ifPresent(edits::add);
      String change = FixContext.message("change.disclosure", shown.isTrue() ? "true" : "false");
      Optional<Element> nav = siteNavigation(button, controlled.get());
      if (nav.isPresent()) {
        // one edit, shared by every dropdown of that navigation (identical edits are taken once)
        Optional<Edit> mark = SourceEdits.setAttribute(nav.get(), WIDGET_MARKER, "disclosure-nav");
        if (mark.isPresent()) {
          edits.add(mark.get());
          change += FixContext.message("change.disclosure-nav", nav.get().name());
        }
      }
      return new Repair(rule(), button, edits, change, shown.isTrue() ? "true" : "false",
          FixContext.message("disclosure.provenance"), Confidence.LIKELY);
    }

    /**
     * The site navigation a dropdown of links belongs to, for the runtime's disclosure-navigation
     * keys (Escape closes the open dropdown; arrows move among its links): the nearest {@code nav},
     * {@code role="navigation"} or block the region repair names navigation, not yet marked as a
     * widget and holding no other marked widget. None when the content shown is not links.
     */
    private static Optional<Element> siteNavigation(Element button, Element content) {
      if (content.descendants().noneMatch(d -> d.is("a") && d.has("href"))) return Optional.empty();
      for (Element x = button.parent(); x != null; x = x.parent()) {
        if (x.has(WIDGET_MARKER)) return Optional.empty(); // inside a widget a repair already named
        String role = x.attrOr("role", "").strip();
        boolean navigation = role.equals("navigation")
            || role.isEmpty() && (x.is("nav") || RegionFixer.landmarkFor(x).map("navigation"::equals).orElse(false));
        if (!navigation) continue;
        return x.descendants().anyMatch(d -> d.has(WIDGET_MARKER)) ? Optional.empty() : Optional.of(x);
      }
      return Optional.empty();
    }

    private static Optional<Element> nextElementSibling(Element e) {
      return e.parent() == null ? Optional.empty() : e.nextElementSibling();
    }
  }

  /** required-marked-only-visually: aria-required="true" (not required, which would change how the form submits). */
  static final class Required implements Fixer {
    @Override
    public String rule() {
      return "required-marked-only-visually";
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      return FixerSupport.setAttribute(rule(), failure.target(), "aria-required", "true",
          FixContext.message("required.provenance"), Confidence.LIKELY);
    }
  }

  static String freshId(FixContext ctx, String base) {
    return FreshIds.take(ctx, base);
  }
}
