package org.curbcut.internal.aria.accname;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.curbcut.testkit.SharedData;
import org.curbcut.internal.aria.AccessibleName;
import org.curbcut.internal.aria.Aria;
import org.curbcut.snapshot.Element;
import org.curbcut.internal.snapshot.HtmlSnapshot;
import org.curbcut.snapshot.Page;

/**
 * Runs the web-platform-tests accname cases ({@code ../shared/accname/cases.json}) through
 * {@link Aria#name} / {@link Aria#description} and builds the conformance table.
 */
final class AccnameSuite {
  /** What happened to one case. */
  enum Status { PASSED, FAILED, NEEDS_RENDERING, KNOWN_FAILURE }

  /** One case's outcome. */
  record CaseResult(String id, String source, boolean needsCss, boolean description, String expected,
                    String got, AccessibleName computed, Status status, String note) {
    /** The table row the case is counted in: the 159 manual pages share one row. */
    String group() {
      return source.startsWith("accname/manual/") ? "accname/manual/*-manual.html" : source;
    }
  }

  private final Map<String, String> knownFailures;

  AccnameSuite(Map<String, String> knownFailures) {
    this.knownFailures = knownFailures;
  }

  /** The known failures: {@code <case id> ## <one-line reason>} per line; # starts a comment line. */
  static Map<String, String> loadKnownFailures() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = AccnameSuite.class.getResourceAsStream("known-failures.txt")) {
      if (in == null) return out;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) continue;
        int sep = l.indexOf(" ## ");
        if (sep < 0) throw new IllegalStateException("known-failures.txt: no ' ## reason' in: " + l);
        out.put(l.substring(0, sep).strip(), l.substring(sep + 4).strip());
      }
    }
    return out;
  }

  List<CaseResult> run() throws IOException {
    Path file = SharedData.shared().resolve("accname/cases.json");
    JsonNode cases = new ObjectMapper().readTree(file.toFile());
    List<CaseResult> out = new ArrayList<>();
    Map<String, Page> pages = new LinkedHashMap<>();
    for (JsonNode c : cases) out.add(runCase(c, pages));
    return out;
  }

  private CaseResult runCase(JsonNode c, Map<String, Page> pages) {
    String id = c.path("id").asText();
    String source = c.path("source").asText();
    boolean needsCss = c.path("needsCss").asBoolean(false);
    boolean description = c.has("expectedDescription") && !c.has("expectedName");
    String expected = normalize(description ? c.path("expectedDescription").asText() : c.path("expectedName").asText());
    String got;
    AccessibleName computed = null;
    String note = "";
    try {
      String html = withShadowRoots(c.path("html").asText(), c.path("shadowRoots"));
      Page page = pages.computeIfAbsent(html, h -> HtmlSnapshot.parse(h, source));
      List<Element> found = page.select(c.path("selector").asText());
      if (found.size() != 1) throw new IllegalStateException("selector matched " + found.size() + " elements");
      Aria aria = Aria.of(page);
      computed = description ? aria.description(found.get(0)) : aria.name(found.get(0));
      got = normalize(computed.value());
    } catch (RuntimeException e) {
      got = "<" + e + ">";
    }
    boolean pass = expected.equals(got);
    Status status;
    if (pass) status = Status.PASSED;
    else if (needsCss) status = Status.NEEDS_RENDERING;
    else if (knownFailures.containsKey(id)) {
      status = Status.KNOWN_FAILURE;
      note = knownFailures.get(id);
    } else status = Status.FAILED;
    return new CaseResult(id, source, needsCss, description, expected, got, computed, status, note);
  }

  /**
   * Attaches the case's shadow roots the way upstream's script does, as declarative shadow roots:
   * a {@code <template shadowrootmode>} holding the shadow HTML right after each host's start tag.
   */
  static String withShadowRoots(String html, JsonNode shadowRoots) {
    if (!shadowRoots.isArray() || shadowRoots.isEmpty()) return html;
    Page plain = HtmlSnapshot.parse(html, "shadow-hosts");
    TreeMap<Integer, String> inserts = new TreeMap<>(Comparator.reverseOrder());
    for (JsonNode root : shadowRoots) {
      List<Element> hosts = plain.select(root.path("host").asText());
      if (hosts.size() != 1) throw new IllegalStateException("shadow host " + root.path("host").asText() + " not unique");
      int at = hosts.get(0).startTag().end().offset();
      inserts.put(at, "<template shadowrootmode=\"" + root.path("mode").asText("open") + "\">"
          + root.path("html").asText() + "</template>");
    }
    StringBuilder sb = new StringBuilder(html);
    inserts.forEach((at, text) -> sb.insert((int) at, text));
    return sb.toString();
  }

  /** Upstream's comparison: runs of ASCII white space become one space, one leading/trailing space removed. */
  static String normalize(String s) {
    String collapsed = s.replaceAll("[ \t\n\f\r]+", " ");
    if (collapsed.startsWith(" ")) collapsed = collapsed.substring(1);
    if (collapsed.endsWith(" ")) collapsed = collapsed.substring(0, collapsed.length() - 1);
    return collapsed;
  }

  /** The Markdown report: per source file, totals, and every case that failed. */
  static String table(List<CaseResult> results) {
    Map<String, int[]> bySource = new TreeMap<>();
    for (CaseResult r : results) {
      int[] n = bySource.computeIfAbsent(r.group(), k -> new int[5]);
      n[0]++;
      switch (r.status()) {
        case PASSED -> n[1]++;
        case FAILED -> n[2]++;
        case NEEDS_RENDERING -> n[3]++;
        case KNOWN_FAILURE -> n[4]++;
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Accessible name conformance (web-platform-tests accname)\n\n");
    sb.append("Generated by `AccnameConformanceTest` from `../shared/accname/cases.json`. A case that needs CSS "
        + "(`needsCss`) and fails is counted as *needs rendering*; it cannot be decided from markup alone.\n\n");
    sb.append("| source | cases | passed | failed | known failures | needs rendering |\n");
    sb.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    int[] total = new int[5];
    bySource.forEach((src, n) -> {
      sb.append("| `").append(src).append("` | ").append(n[0]).append(" | ").append(n[1]).append(" | ")
          .append(n[2]).append(" | ").append(n[4]).append(" | ").append(n[3]).append(" |\n");
      for (int i = 0; i < 5; i++) total[i] += n[i];
    });
    sb.append("| **total** | ").append(total[0]).append(" | ").append(total[1]).append(" | ").append(total[2])
        .append(" | ").append(total[4]).append(" | ").append(total[3]).append(" |\n\n");
    long staticCases = results.stream().filter(r -> !r.needsCss()).count();
    long staticPassed = results.stream().filter(r -> !r.needsCss() && r.status() == Status.PASSED).count();
    long cssCases = results.stream().filter(CaseResult::needsCss).count();
    long cssPassed = results.stream().filter(r -> r.needsCss() && r.status() == Status.PASSED).count();
    sb.append(String.format(java.util.Locale.ROOT, "Pass rate on cases that need no CSS (`needsCss: false`): "
        + "%d / %d = %.1f %%%n%n", staticPassed, staticCases, 100.0 * staticPassed / Math.max(1, staticCases)));
    sb.append(String.format(java.util.Locale.ROOT, "Cases that need CSS (`needsCss: true`): %d passed, %d need "
        + "rendering, of %d.%n%n", cssPassed, cssCases - cssPassed, cssCases));
    long passedUnknown = results.stream().filter(r -> r.status() == Status.PASSED && r.computed() != null
        && r.computed().known().isUnknown()).count();
    sb.append("Passed cases whose result is flagged unknown (known = UNKNOWN): ").append(passedUnknown).append(".\n\n");
    results.stream().filter(r -> r.status() == Status.PASSED && r.computed() != null && r.computed().known().isUnknown())
        .forEach(r -> sb.append("- ").append(cell(r.id())).append('\n'));
    if (passedUnknown > 0) sb.append('\n');
    appendList(sb, "Failed cases", results, Status.FAILED);
    appendList(sb, "Known failures", results, Status.KNOWN_FAILURE);
    appendList(sb, "Cases that need rendering", results, Status.NEEDS_RENDERING);
    return sb.toString();
  }

  private static void appendList(StringBuilder sb, String title, List<CaseResult> results, Status status) {
    List<CaseResult> list = results.stream().filter(r -> r.status() == status).toList();
    if (list.isEmpty()) return;
    sb.append("## ").append(title).append(" (").append(list.size()).append(")\n\n");
    sb.append("| case | expected | got |").append(status == Status.KNOWN_FAILURE ? " reason |" : "").append("\n");
    sb.append("| --- | --- | --- |").append(status == Status.KNOWN_FAILURE ? " --- |" : "").append("\n");
    for (CaseResult r : list) {
      sb.append("| ").append(cell(r.id())).append(r.description() ? " (description)" : "").append(" | ")
          .append(quote(r.expected())).append(" | ").append(quote(r.got()))
          .append(r.computed() != null && r.computed().known().isUnknown() ? " (unknown)" : "").append(" |");
      if (status == Status.KNOWN_FAILURE) sb.append(' ').append(cell(r.note())).append(" |");
      sb.append('\n');
    }
    sb.append('\n');
  }

  private static String quote(String s) {
    return "\"" + cell(s) + "\"";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
