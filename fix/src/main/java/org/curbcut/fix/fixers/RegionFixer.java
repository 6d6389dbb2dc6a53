package org.curbcut.fix.fixers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.curbcut.fix.Confidence;
import org.curbcut.fix.FixAttempt;
import org.curbcut.fix.FixContext;
import org.curbcut.fix.Fixer;
import org.curbcut.rules.RuleResult;
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
    for (Element e = failure.target(); e != null && !e.is("body", "html"); e = e.parent()) {
      Optional<String> role = landmarkFor(e);
      if (role.isEmpty() || e.has("role")) continue;
      // banner and contentinfo only at the top level, as HTML scopes header/footer
      if (!role.get().equals("navigation") && e.ancestors().anyMatch(a -> a.is("main", "article", "aside", "nav", "section"))) continue;
      boolean taken = !role.get().equals("navigation") && ctx.page().elements().stream()
          .anyMatch(o -> o != failure.target() && ctx.aria().role(o).map(r -> r.equals(role.get())).orElse(false));
      if (taken || !role.get().equals("navigation") && !strongest(ctx, e, role.get())) continue;
      return FixerSupport.setAttribute(rule(), e, "role", role.get(),
          FixContext.message("region.from-name", e.name(), e.id().orElse(e.attrOr("class", "")), role.get()), Confidence.LIKELY);
    }
    return FixerSupport.needsPerson(rule(), failure.target(), "region.needs-person");
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
    for (Element o : ctx.page().elements()) {
      if (o == e || o.has("role") || o.page() != e.page() || !landmarkFor(o).map(role::equals).orElse(false)) continue;
      if (o.ancestors().anyMatch(a -> a.is("main", "article", "aside", "nav", "section"))) continue;
      if (o.ancestors().anyMatch(a -> a == e) || e.ancestors().anyMatch(a -> a == o)) continue;
      if (strength(o) <= mine) return false;
    }
    return true;
  }

  private static int strength(Element e) {
    if (e.is("header", "footer")) return 0;
    String tokens = (e.attrOr("id", "") + " " + e.attrOr("class", "")).toLowerCase(Locale.ROOT);
    return Arrays.stream(tokens.trim().split("\\s+")).anyMatch(WEAK::contains) ? 2 : 1;
  }

  static Optional<String> landmarkFor(Element e) {
    if (e.is("header")) return Optional.of("banner");
    if (e.is("footer")) return Optional.of("contentinfo");
    String tokens = (e.attrOr("id", "") + " " + e.attrOr("class", "")).toLowerCase(Locale.ROOT);
    for (String token : tokens.trim().split("\\s+")) {
      for (Map.Entry<String, Set<String>> n : NAMES.entrySet()) {
        if (n.getValue().contains(token)) return Optional.of(n.getKey());
      }
    }
    boolean linkList = e.is("div", "ul") && e.descendants().filter(d -> d.is("a")).count() >= 3
        && Arrays.stream(tokens.split("\\s+")).anyMatch(t -> t.endsWith("-nav") || t.endsWith("-menu") || t.startsWith("nav-"));
    return linkList ? Optional.of("navigation") : Optional.empty();
  }
}
