package org.curbcut.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.curbcut.testkit.SharedData;
import org.curbcut.audit.AuditOptions;
import org.curbcut.audit.Auditor;
import org.curbcut.audit.PageReport;
import org.curbcut.audit.Selectors;
import org.curbcut.rules.Outcome;
import org.curbcut.rules.RuleCatalog;
import org.curbcut.rules.RuleResult;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The demo site (demo-site/) is Curbcut's deliberately inaccessible fixture; demo-twin/ is the
 * same site with every barrier fixed by hand. Every barrier is listed in demo-site/barriers.json.
 *
 * <ul>
 *   <li>each manifest entry that names a rule is found: its selector matches an element of its page
 *       and the audit reports that rule FAILED on that element (or on the page, for page-level rules);
 *   <li>every twin page audits with zero FAILED findings;
 *   <li>the manifest is well formed and the site stays small.
 * </ul>
 */
class DemoSiteTest {
  private static final Path ROOT = SharedData.root();
  private static final Path SITE = ROOT.resolve("demo-site");
  private static final Path TWIN = ROOT.resolve("demo-twin");

  private static final Map<Path, Audited> CACHE = new HashMap<>();

  /** A parsed page and its audit. */
  record Audited(Page page, PageReport report) {}

  record Barrier(String id, String page, String wcag, String selector, String rule, String description,
                 String why) {}

  static List<Barrier> manifest() {
    try {
      JsonNode root = new ObjectMapper().readTree(SITE.resolve("barriers.json").toFile());
      List<Barrier> out = new ArrayList<>();
      for (JsonNode n : root) {
        out.add(new Barrier(text(n, "id"), text(n, "page"), text(n, "wcag"), text(n, "selector"),
            text(n, "rule"), text(n, "description"), text(n, "why")));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Parses a page the way the cli does for a folder: linked stylesheets read relative to the page. */
  static synchronized Audited audit(Path file) {
    return CACHE.computeIfAbsent(file, f -> {
      try {
        String html = Files.readString(f, StandardCharsets.UTF_8);
        Path dir = f.getParent();
        Page page = HtmlSnapshot.parse(html, ROOT.relativize(f).toString().replace('\\', '/'), "",
            href -> stylesheet(dir, href));
        return new Audited(page, new Auditor(AuditOptions.defaults()).audit(page));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Optional<String> stylesheet(Path dir, String href) {
    if (href.contains(":") || href.startsWith("/")) return Optional.empty();
    Path css = dir.resolve(href.replaceAll("[?#].*$", "")).normalize();
    if (!css.startsWith(dir) || !Files.isRegularFile(css)) return Optional.empty();
    try {
      return Optional.of(Files.readString(css, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static List<String> pages(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void manifestIsWellFormed() {
    List<Barrier> all = manifest();
    assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    Set<String> ids = new HashSet<>();
    for (Barrier b : all) {
      assertThat(b.id()).as("id").matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(ids.add(b.id())).as("unique id " + b.id()).isTrue();
      assertThat(SITE.resolve(b.page())).as(b.id() + ": page").isRegularFile();
      assertThat(b.wcag()).as(b.id() + ": wcag").matches("[1-4]\\.[0-9]+\\.[0-9]+");
      assertThat(b.description()).as(b.id() + ": description").isNotBlank();
      if (b.rule() == null) {
        assertThat(b.why()).as(b.id() + ": an entry without a rule says why").isNotBlank();
      } else {
        assertThat(RuleCatalog.byId(b.rule())).as(b.id() + ": rule " + b.rule() + " is in the catalog").isPresent();
      }
      Page page = audit(SITE.resolve(b.page())).page();
      assertThat(page.select(b.selector())).as(b.id() + ": selector " + b.selector() + " matches").isNotEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBarrierWithARuleIsDetected() {
    return manifest().stream().filter(b -> b.rule() != null)
        .map(b -> DynamicTest.dynamicTest(b.id() + " -> " + b.rule(), () -> assertDetected(b)));
  }

  private static void assertDetected(Barrier b) {
    if (RuleCatalog.byId(b.rule()).isEmpty()) fail(b.id() + ": rule " + b.rule() + " is not in the rule catalog");
    Audited a = audit(SITE.resolve(b.page()));
    List<Element> targets = a.page().select(b.selector());
    assertThat(targets).as(b.id() + ": selector " + b.selector()).isNotEmpty();
    Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
    wanted.addAll(targets);
    List<RuleResult> ofRule = a.report().results().stream().filter(r -> r.rule().id().equals(b.rule())).toList();
    boolean found = ofRule.stream().anyMatch(r -> r.outcome() == Outcome.FAILED
        && (wanted.contains(r.target()) || r.target() == a.page().root()));
    if (!found) {
      String got = ofRule.isEmpty() ? "nothing (inapplicable)" : ofRule.stream()
          .map(r -> r.outcome().act() + " " + Selectors.of(r.target()) + " (" + r.message() + ")")
          .collect(Collectors.joining("\n  ", "\n  ", ""));
      fail(b.id() + ": expected " + b.rule() + " FAILED on " + b.selector() + " in " + b.page() + "; got " + got);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyTwinPageHasNoFailures() {
    return pages(TWIN).stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      PageReport r = audit(TWIN.resolve(name)).report();
      List<String> failed = r.findings().stream().filter(f -> f.outcome() == Outcome.FAILED)
          .map(f -> f.rule() + " at " + f.selector() + " line " + f.line() + ": " + f.message())
          .toList();
      assertThat(failed).as("FAILED findings on demo-twin/" + name).isEmpty();
    }));
  }

  @Test
  void twinHasTheSamePages() {
    assertThat(pages(TWIN)).isEqualTo(pages(SITE));
    assertThat(pages(SITE)).contains("index.html", "article.html", "faq.html", "insurance.html");
  }

  @Test
  void siteStaysSmall() throws IOException {
    for (Path dir : List.of(SITE, TWIN)) {
      long total = 0;
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) {
          long size = Files.size(p);
          total += size;
          assertThat(size).as(p.getFileName() + " size").isLessThan(40_000);
        }
      }
      assertThat(total).as(dir.getFileName() + " total size").isLessThan(300_000);
    }
  }
}
