package org.curbcut.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleResult;
import org.junit.jupiter.api.Test;

/**
 * A page built with render facts answers from them: the same page that a static reading cannot
 * decide (its style sheet was not read) is decided once a browser's facts are given at build
 * time, with no change to the rules.
 */
class RenderFactsTest {
  private static final String HTML = "<!doctype html><html lang=en><head><title>T</title>"
      + "<link rel=stylesheet href=site.css><style>@media (prefers-reduced-data: reduce) { .narrow { display: none } }</style>"
      + "</head><body><main><p id=grey>Grey words on white</p><div class=narrow><img id=photo src=photo.png></div>"
      + "</main></body></html>";

  /**
   * What a browser would compute: every element visible, black on transparent, 16px, except the
   * overrides. {@code asked} records the properties the rules read (shown when an assertion fails).
   */
  private static final class HandMadeFacts implements RenderFacts {
    final Map<String, Map<String, String>> byKey = new HashMap<>();
    final Set<String> asked = new TreeSet<>();

    HandMadeFacts set(String key, String property, String value) {
      byKey.computeIfAbsent(key, k -> new HashMap<>()).put(property, value);
      return this;
    }

    @Override
    public Optional<String> computedStyle(Element element, String property) {
      asked.add(property);
      String own = byKey.getOrDefault(element.key().path(), Map.of()).get(property);
      if (own != null) return Optional.of(own);
      return Optional.ofNullable(DEFAULTS.get(property));
    }

    @Override
    public Tri isVisible(Element element) {
      return Tri.TRUE;
    }

    @Override
    public Tri isFocusable(Element element) {
      return Tri.UNKNOWN;
    }

    @Override
    public Optional<Box> box(Element element) {
      return Optional.of(new Box(0, 0, 300, 20));
    }
  }

  private static final Map<String, String> DEFAULTS = Map.ofEntries(
      Map.entry("display", "block"), Map.entry("visibility", "visible"), Map.entry("color", "rgb(0, 0, 0)"),
      Map.entry("background-color", "rgba(0, 0, 0, 0)"), Map.entry("background-image", "none"),
      Map.entry("background", "rgba(0, 0, 0, 0) none"), Map.entry("opacity", "1"), Map.entry("position", "static"),
      Map.entry("font-size", "16px"), Map.entry("font-weight", "400"), Map.entry("z-index", "auto"),
      Map.entry("transform", "none"), Map.entry("filter", "none"), Map.entry("mix-blend-mode", "normal"),
      Map.entry("text-shadow", "none"), Map.entry("clip", "auto"), Map.entry("clip-path", "none"),
      Map.entry("overflow", "visible"), Map.entry("text-indent", "0px"), Map.entry("color-scheme", "normal"),
      Map.entry("content", "normal"), Map.entry("text-transform", "none"), Map.entry("-webkit-text-stroke", "0px"),
      Map.entry("-webkit-text-stroke-width", "0px"), Map.entry("-webkit-text-fill-color", "currentcolor"),
      Map.entry("text-stroke", "0px"), Map.entry("inset", "auto"), Map.entry("top", "auto"), Map.entry("left", "auto"),
      Map.entry("right", "auto"), Map.entry("bottom", "auto"), Map.entry("translate", "none"),
      Map.entry("backdrop-filter", "none"), Map.entry("outline-style", "none"), Map.entry("box-shadow", "none"),
      Map.entry("float", "none"), Map.entry("margin-top", "0px"), Map.entry("margin-left", "0px"), Map.entry("width", "auto"),
      Map.entry("height", "auto"), Map.entry("border-style", "none"), Map.entry("isolation", "auto"),
      Map.entry("-webkit-backdrop-filter", "none"), Map.entry("-webkit-background-clip", "border-box"),
      Map.entry("-webkit-mask", "none"), Map.entry("-webkit-mask-image", "none"), Map.entry("mask", "none"),
      Map.entry("mask-image", "none"), Map.entry("background-blend-mode", "normal"),
      Map.entry("background-clip", "border-box"));

  @Test
  void theElementKeyOfAParsedElementFindsIt() {
    Page page = HtmlSnapshot.parse(HTML, "t.html");
    Element img = page.byId("photo").orElseThrow();
    assertThat(img.key().path()).isEqualTo("0/1/0/1/0");
    assertThat(page.element(img.key())).containsSame(img);
    assertThat(page.element(new ElementKey("0/9"))).isEmpty();
  }

  @Test
  void withoutRenderFactsTheUnreadStyleSheetLeavesBothRulesUndecided() {
    Page page = HtmlSnapshot.parse(HTML, "t.html");
    assertThat(outcome(page, "image-alt", "photo")).isEqualTo(Outcome.CANT_TELL);
    // the texts the unread sheet leaves undecided are one finding, on that sheet's link
    assertThat(outcome(page, "color-contrast", "grey")).isEqualTo(Outcome.INAPPLICABLE);
    PageReport report = new Auditor(new AuditOptions(org.curbcut.rules.Level.AA, List.of("color-contrast"), List.of(),
        List.of())).audit(page);
    assertThat(report.results()).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.CANT_TELL);
      assertThat(r.target().name()).isEqualTo("link");
    });
  }

  @Test
  void givenAtBuildTimeRenderFactsDecideThem() {
    HandMadeFacts facts = new HandMadeFacts()
        .set("0", "background-color", "rgb(255, 255, 255)")
        .set("0/1/0/0", "color", "rgb(170, 170, 170)");
    Page page = HtmlSnapshot.parse(HTML, "t.html", "", href -> Optional.empty(), facts);
    assertThat(page.renderFacts()).containsSame(facts);
    assertThat(outcome(page, "image-alt", "photo")).as("asked: %s", facts.asked).isEqualTo(Outcome.FAILED);
    assertThat(outcome(page, "color-contrast", "grey")).as("asked: %s", facts.asked).isEqualTo(Outcome.FAILED);

    HandMadeFacts dark = new HandMadeFacts()
        .set("0", "background-color", "rgb(255, 255, 255)")
        .set("0/1/0/0", "color", "rgb(33, 33, 33)");
    Page readable = HtmlSnapshot.parse(HTML, "t.html", "", href -> Optional.empty(), dark);
    assertThat(outcome(readable, "color-contrast", "grey")).as("asked: %s", dark.asked).isEqualTo(Outcome.PASSED);
  }

  private static Outcome outcome(Page page, String rule, String id) {
    PageReport report = new Auditor(new AuditOptions(org.curbcut.rules.Level.AA, List.of(rule), List.of(), List.of())).audit(page);
    Element target = page.byId(id).orElseThrow();
    return report.results().stream().filter(r -> r.target() == target)
        .map(RuleResult::outcome).findFirst().orElse(Outcome.INAPPLICABLE);
  }
}
