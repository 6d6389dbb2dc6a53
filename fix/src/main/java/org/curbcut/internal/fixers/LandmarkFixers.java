package org.curbcut.internal.fixers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.snapshot.Page;

/**
 * Landmarks and the skip link: gives the page's recognisable main container {@code role="main"},
 * and adds a skip link to it as the first thing in the body (visible when focused).
 */
final class LandmarkFixers {
  private static final Set<String> MAIN_NAMES = Set.of("main", "content", "main-content", "maincontent", "primary",
      "page-content", "site-content", "main_content");
  static final String SKIP_CLASS = "curbcut-skip-link";
  private static final String SKIP_STYLE = "<style>." + SKIP_CLASS + "{position:absolute;left:-10000px;top:auto;"
      + "width:1px;height:1px;overflow:hidden}." + SKIP_CLASS + ":focus{position:static;width:auto;height:auto;}</style>";

  private LandmarkFixers() {}

  static List<Fixer> all() {
    return List.of(new MainLandmark("page-has-main-landmark"), new MainLandmark("landmark-one-main"),
        new SkipLink("skip-link"), new SkipLink("bypass"));
  }

  /** The page's main content container: a {@code <main>}, role=main, or a div/section named like one. */
  static Optional<Element> mainCandidate(Page page) {
    Optional<Element> existing = page.elements().stream()
        .filter(e -> e.is("main") || e.attrOr("role", "").trim().equalsIgnoreCase("main")).findFirst();
    if (existing.isPresent()) return existing;
    return page.elements().stream().filter(e -> e.is("div", "section", "article"))
        .filter(e -> e.id().map(id -> MAIN_NAMES.contains(id.toLowerCase(Locale.ROOT))).orElse(false)
            || AsciiWhitespace.split(e.attrOr("class", "")).stream().anyMatch(c -> MAIN_NAMES.contains(c.toLowerCase(Locale.ROOT))))
        .filter(e -> e.ancestors().noneMatch(a -> a.is("header", "nav", "footer", "aside")))
        .findFirst();
  }

  /** page-has-main-landmark / landmark-one-main: role="main" on the recognisable container. */
  static final class MainLandmark implements Fixer {
    private final String rule;

    MainLandmark(String rule) {
      this.rule = rule;
    }

    @Override
    public String rule() {
      return rule;
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Optional<Element> main = mainCandidate(ctx.page());
      if (main.isEmpty() || main.get().is("main") || main.get().has("role")) {
        return FixerSupport.needsPerson(rule, failure.target(), "landmark.no-main");
      }
      Element m = main.get();
      return FixerSupport.setAttribute(rule, m, "role", "main",
          FixContext.message("landmark.main-from-name", m.name(), m.id().orElse(m.attrOr("class", ""))), Confidence.LIKELY);
    }
  }

  /** skip-link / bypass: a "Skip to main content" link as the body's first content. */
  static final class SkipLink implements Fixer {
    private final String rule;

    SkipLink(String rule) {
      this.rule = rule;
    }

    @Override
    public String rule() {
      return rule;
    }

    @Override
    public FixAttempt attempt(RuleResult failure, FixContext ctx) {
      Page page = ctx.page();
      Optional<Element> main = mainCandidate(page);
      Optional<Element> body = page.body().filter(b -> b.is("body"));
      if (main.isEmpty() || body.isEmpty()) return FixerSupport.needsPerson(rule, failure.target(), "skip.no-target");
      List<Edit> edits = new ArrayList<>();
      String id = main.get().id().orElse(null);
      if (id != null && ctx.aria().ids().documentTarget(id).orElse(null) != main.get()) {
        // an earlier element has the same id: a link would go there, and an existing id is never changed
        return FixerSupport.needsPerson(rule, failure.target(), "skip.duplicate-id", id);
      }
      if (id == null) {
        id = FreshIds.take(ctx, "main-content");
        Optional<Edit> setId = SourceEdits.setAttribute(main.get(), "id", id);
        if (setId.isEmpty()) return FixerSupport.notInSource(rule, main.get());
        edits.add(setId.get());
      }
      String label = ctx.texts().text("skip.text");
      String link = SKIP_STYLE + "<a class=\"" + SKIP_CLASS + "\" href=\"#" + id + "\">" + label + "</a>";
      Optional<Edit> insert = body.get().startTag().isKnown()
          ? SourceEdits.prependContent(body.get(), link)
          : body.get().childElements().filter(c -> c.startTag().isKnown()).findFirst().flatMap(c -> SourceEdits.insertBefore(c, link));
      if (insert.isEmpty()) return FixerSupport.notInSource(rule, body.get());
      edits.add(insert.get());
      return new Repair(rule, failure.target(), edits, FixContext.message("change.skip-link", id), label,
          FixContext.message("skip.provenance"), Confidence.LIKELY);
    }
  }
}
