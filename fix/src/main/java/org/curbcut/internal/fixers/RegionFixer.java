package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.curbcut.internal.standards.AriaStandards;
import org.curbcut.snapshot.Element;

/**
 * region: content outside every landmark. Gives a recognisable page header, navigation or footer
 * container its landmark role (banner, navigation, contentinfo), from its element name, id or
 * class; anything else needs a person to decide where it belongs.
 */
final class RegionFixer implements Fixer {
  private static final Map<String, Set<String>> NAMES = Map.of(
      "banner", Set.of("header", "site-header", "page-header", "masthead", "top-bar", "topbar", "site-top"),
      "navigation", Set.of("nav", "navigation", "navbar", "main-nav", "main-navigation", "site-nav", "primary-nav",
          "menu", "main-menu", "primary-menu", "site-navigation"),
      "contentinfo", Set.of("footer", "site-footer", "page-footer", "colophon"));

  @Override
  public String rule() {
    return "region";
  }

  @Override
  public FixAttempt attempt(RuleResult failure, FixContext ctx) {
    if (failure.target().is("body")) return wholePage(failure.target(), ctx);
    for (Element e = failure.target(); e != null && !e.is("body", "html"); e = e.parent()) {
      Optional<String> role = landmarkFor(e);
      if (role.isEmpty() || e.has("role") || isEmpty(e)) continue;
      // banner and contentinfo only at the top level, as HTML scopes header/footer
      if (!role.get().equals("navigation") && e.ancestors().anyMatch(RegionFixer::scopesLandmarks)) continue;
      boolean pageWide = !role.get().equals("navigation");
      if (pageWide && (blocks(ctx).rolesPresent().contains(role.get()) || !strongest(ctx, e, role.get()))) continue;
      return FixerSupport.setAttribute(rule(), e, "role", role.get(),
          FixContext.message("region.from-name", e.name(), e.id().orElse(e.attrOr("class", "")), role.get()), Confidence.LIKELY);
    }
    return FixerSupport.needsPerson(rule(), failure.target(), "region.needs-person");
  }

  /**
   * A page without any landmark fails on its body: every recognisable header, navigation and
   * footer block gets its role in one repair (the main landmark is another rule's repair).
   */
  private FixAttempt wholePage(Element body, FixContext ctx) {
    List<Edit> edits = new ArrayList<>();
    List<String> named = new ArrayList<>();
    List<Element> chosen = new ArrayList<>();
    for (Element e : body.descendants().toList()) {
      Optional<String> role = landmarkFor(e);
      if (role.isEmpty() || e.has("role") || ctx.aria().role(e).map(RegionFixer::isLandmark).orElse(false)) continue;
      if (isEmpty(e)) continue;
      boolean pageWide = !role.get().equals("navigation");
      if (e.ancestors().anyMatch(a -> scopesLandmarks(a) || a.is("template"))) continue;
      // document order: a block's ancestors were seen first. A navigation may sit in the banner or
      // footer, but not in another navigation; banner and footer sit in nothing chosen
      boolean insideChosen = chosen.stream().anyMatch(c -> e.ancestors().anyMatch(a -> a == c)
          && (pageWide || landmarkFor(c).map("navigation"::equals).orElse(false)));
      if (insideChosen) continue;
      if (pageWide && !strongest(ctx, e, role.get())) continue;
      if (pageWide && chosen.stream().anyMatch(c -> landmarkFor(c).equals(role))) continue;
      Optional<Edit> edit = SourceEdits.setAttribute(e, "role", role.get());
      if (edit.isEmpty()) continue;
      edits.add(edit.get());
      chosen.add(e);
      named.add(FixContext.message("region.from-name", e.name(), e.id().orElse(e.attrOr("class", "")), role.get()));
    }
    if (edits.isEmpty()) return FixerSupport.needsPerson(rule(), body, "region.needs-person");
    return new Repair(rule(), body, edits, FixContext.message("change.region-roles", String.join("; ", named)),
        chosen.stream().map(c -> landmarkFor(c).orElse("")).collect(java.util.stream.Collectors.joining(", ")),
        FixContext.message("region.from-names"), Confidence.LIKELY);
  }

  /**
   * A block with no text and nothing embedded: an empty {@code <div id="footer">} that a script
   * fills, or a leftover. A landmark there would announce a region with nothing in it.
   */
  private static boolean isEmpty(Element e) {
    if (!e.textContent().isBlank()) return false;
    return e.descendants().noneMatch(d -> d.is("svg") || HtmlStandards.get().isAtomicInline(d.name()));
  }

  private static boolean isLandmark(String role) {
    return AriaStandards.get().role(role).map(r -> r.superclassRoles().contains("landmark")).orElse(false);
  }

  /**
   * What every region repair of one page asks about the page as a whole, gathered once per run:
   * the landmark roles it already has, and the top-level blocks a name makes banner or contentinfo.
   */
  private record PageBlocks(Set<String> rolesPresent, List<Element> pageWideCandidates) {}

  private static final FixContext.Key<PageBlocks> BLOCKS = FixContext.Key.of("region-page-blocks");

  private static PageBlocks blocks(FixContext ctx) {
    return ctx.state(BLOCKS, () -> {
      Set<String> present = new java.util.HashSet<>();
      List<Element> candidates = new ArrayList<>();
      for (Element o : ctx.page().elements()) {
        ctx.aria().role(o).ifPresent(present::add);
        if (o.has("role") || !landmarkFor(o).map(r -> !r.equals("navigation")).orElse(false)) continue;
        if (o.ancestors().anyMatch(RegionFixer::scopesLandmarks)) continue;
        candidates.add(o);
      }
      return new PageBlocks(present, candidates);
    });
  }

  /** Names that say "page header/footer" outright; a top bar or site-top strip is a weaker claim. */
  private static final Set<String> WEAK = Set.of("top-bar", "topbar", "site-top");

  /**
   * True when no other unrepaired block of the page is a better candidate for this page-wide
   * landmark: a page has one banner and one contentinfo, so of a top bar and a header only the
   * header becomes the banner (two would fail landmark-unique and both repairs would be dropped).
   * Equal candidates leave the choice to a person.
   */
  private static boolean strongest(FixContext ctx, Element e, String role) {
    int mine = strength(e);
    for (Element o : blocks(ctx).pageWideCandidates()) {
      if (o == e || !landmarkFor(o).map(role::equals).orElse(false)) continue;
      if (o.ancestors().anyMatch(a -> a == e) || e.ancestors().anyMatch(a -> a == o)) continue;
      if (strength(o) <= mine) return false;
    }
    return true;
  }

  private static int strength(Element e) {
    if (e.is("header", "footer")) return 0;
    String tokens = (e.attrOr("id", "") + " " + e.attrOr("class", "")).toLowerCase(Locale.ROOT);
    return AsciiWhitespace.split(tokens).stream().anyMatch(WEAK::contains) ? 2 : 1;
  }

  static Optional<String> landmarkFor(Element e) {
    if (e.is("header")) return Optional.of("banner");
    if (e.is("footer")) return Optional.of("contentinfo");
    String tokens = (e.attrOr("id", "") + " " + e.attrOr("class", "")).toLowerCase(Locale.ROOT);
    for (String token : AsciiWhitespace.split(tokens)) {
      for (Map.Entry<String, Set<String>> n : NAMES.entrySet()) {
        if (n.getValue().contains(token)) return Optional.of(n.getKey());
      }
    }
    boolean linkList = e.is("div", "ul") && e.descendants().filter(d -> d.is("a")).count() >= 3
        && AsciiWhitespace.split(tokens).stream().anyMatch(t -> t.endsWith("-nav") || t.endsWith("-menu") || t.startsWith("nav-"));
    return linkList ? Optional.of("navigation") : Optional.empty();
  }

  /** main and sectioning content, which keep header and footer from being page-wide (HTML-AAM). */
  private static boolean scopesLandmarks(Element e) {
    return e.isHtml() && HtmlStandards.get().isLandmarkScoping(e.name());
  }
}
