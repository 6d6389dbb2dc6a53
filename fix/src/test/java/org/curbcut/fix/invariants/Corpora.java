package org.curbcut.fix.invariants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;
import org.curbcut.testkit.Html5libCorpus;
import org.curbcut.testkit.Html5libDocument;
import org.curbcut.testkit.SharedData;

/**
 * The pages the invariants run over: the demo site, the failed examples of the W3C ACT test cases
 * and the html5lib tree-construction documents. Each page comes with the parser that reads its
 * repaired text the same way (same source, base URI and stylesheet loader).
 */
final class Corpora {
  private static final String ACT_ASSET_PREFIX = "/WAI/content-assets/wcag-act-rules/";

  private Corpora() {}

  /** One page of a corpus. */
  record Doc(String name, String text, Function<String, Page> parser) {
    Page page() {
      return parser.apply(text);
    }
  }

  /** The project root (surefire sets curbcut.root). */
  static Path root() {
    return SharedData.root();
  }

  /** The shared corpora beside the project (surefire sets curbcut.shared). */
  static Path shared() {
    return SharedData.shared();
  }

  static Path demoSite() {
    return root().resolve("demo-site").toAbsolutePath().normalize();
  }

  /** Every page of demo-site/, stylesheets read relative to the page (never outside the site). */
  static List<Doc> demoSite(Path site) {
    try (Stream<Path> files = Files.walk(site)) {
      List<Doc> out = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String source = f.toString();
        Function<String, Optional<String>> loader = href -> localSheet(site, f, href);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        out.add(new Doc(site.relativize(f).toString().replace('\\', '/'), text,
            t -> HtmlSnapshot.parse(t, source, f.toUri().toString(), loader)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> localSheet(Path site, Path page, String href) {
    String path = href.trim().replaceAll("[?#].*$", "");
    if (path.isEmpty() || path.contains("://") || path.startsWith("//")) return Optional.empty();
    Path file = (path.startsWith("/") ? site.resolve(path.substring(1)) : page.getParent().resolve(path)).normalize();
    if (!file.startsWith(site) || !Files.isRegularFile(file)) return Optional.empty();
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Every failed example (latest version) of the ACT test cases written in HTML. */
  static List<Doc> actFailedExamples() {
    return actExamples(true);
  }

  /** Every example (latest version, passed, failed and inapplicable) of the ACT test cases written in HTML. */
  static List<Doc> actExamples() {
    return actExamples(false);
  }

  private static List<Doc> actExamples(boolean failedOnly) {
    Path act = shared().resolve("act");
    try {
      List<Doc> out = new ArrayList<>();
      for (JsonNode c : new ObjectMapper().readTree(act.resolve("testcases.json").toFile())) {
        if (failedOnly && !c.get("expected").asText().equals("failed")) continue;
        if (!c.get("inLatestVersion").asBoolean() || !c.get("language").asText().equals("html")) continue;
        String url = c.get("url").asText();
        Function<String, Optional<String>> loader = href -> actAsset(act, href);
        out.add(new Doc(c.get("ruleId").asText() + " " + c.get("title").asText() + " (" + c.get("fileName").asText() + ")",
            c.get("html").asText(), t -> HtmlSnapshot.parse(t, url, url, loader)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test asset (stylesheet) of the ACT test cases, as the engine's ACT suite loads it. */
  private static Optional<String> actAsset(Path act, String href) {
    int at = href.indexOf(ACT_ASSET_PREFIX);
    if (at < 0) return Optional.empty();
    String rel = href.substring(at + ACT_ASSET_PREFIX.length()).replaceAll("[?#].*$", "");
    Path p = act.resolve(rel).normalize();
    if (!p.startsWith(act) || !Files.isRegularFile(p)) return Optional.empty();
    try {
      return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Every document of html5lib's tree-construction files, as the testkit reads them. */
  static List<Doc> html5lib() {
    List<Doc> out = new ArrayList<>();
    for (Html5libDocument d : Html5libCorpus.documents()) {
      String source = d.name();
      out.add(new Doc(source, d.html(), t -> HtmlSnapshot.parse(t, source)));
    }
    return out;
  }
}
