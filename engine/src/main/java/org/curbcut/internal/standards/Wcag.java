package org.curbcut.internal.standards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The WCAG 2.1 success criteria as data: number, title, level, the WCAG version that added the
 * criterion, and the addresses of its place in the specification and of its W3C "Understanding"
 * document. Read once from {@code wcag-2.1.json} beside this class.
 *
 * <pre>{@code
 * Wcag.Criterion c = Wcag.get().criterion("1.4.3").orElseThrow();
 * c.title();            // "Contrast (Minimum)"
 * c.level();            // "AA"
 * c.understandingUrl(); // "https://www.w3.org/WAI/WCAG21/Understanding/contrast-minimum.html"
 * }</pre>
 */
public final class Wcag {
  private static final String RESOURCE = "wcag-2.1.json";
  private static volatile Wcag instance;

  private final String version;
  private final Map<String, Criterion> criteria;
  private final Map<String, String> guidelines;
  private final Map<String, String> principles;

  private Wcag(String version, Map<String, Criterion> criteria, Map<String, String> guidelines,
               Map<String, String> principles) {
    this.version = version;
    this.criteria = criteria;
    this.guidelines = guidelines;
    this.principles = principles;
  }

  /** The WCAG 2.1 data, loaded on first use. */
  public static Wcag get() {
    Wcag w = instance;
    if (w == null) {
      synchronized (Wcag.class) {
        w = instance;
        if (w == null) instance = w = load();
      }
    }
    return w;
  }

  /** "2.1". */
  public String version() {
    return version;
  }

  /** A success criterion by number, e.g. "1.1.1". */
  public Optional<Criterion> criterion(String number) {
    return number == null ? Optional.empty() : Optional.ofNullable(criteria.get(number.trim()));
  }

  /** All success criteria (A, AA and AAA) in specification order. */
  public List<Criterion> criteria() {
    return List.copyOf(criteria.values());
  }

  /** The title of a guideline ("1.4" → "Distinguishable"). */
  public Optional<String> guidelineTitle(String number) {
    return Optional.ofNullable(guidelines.get(number));
  }

  /** The title of a principle ("1" → "Perceivable"). */
  public Optional<String> principleTitle(String number) {
    return Optional.ofNullable(principles.get(number));
  }

  /**
   * Orders success-criterion numbers as the specification does (1.4.3 before 1.4.10); anything
   * that is not a number sorts after all numbers, alphabetically.
   */
  public static Comparator<String> numberOrder() {
    return Wcag::compareNumbers;
  }

  private static int compareNumbers(String a, String b) {
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
      if (i >= pa.length) return -1;
      if (i >= pb.length) return 1;
      Integer na = parse(pa[i]);
      Integer nb = parse(pb[i]);
      if (na != null && nb != null) {
        if (!na.equals(nb)) return Integer.compare(na, nb);
      } else if (na != null) {
        return -1;
      } else if (nb != null) {
        return 1;
      } else {
        int c = pa[i].compareTo(pb[i]);
        if (c != 0) return c;
      }
    }
    return 0;
  }

  private static Integer parse(String s) {
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Wcag load() {
    try (InputStream in = Wcag.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      JsonNode root = new ObjectMapper().readTree(in);
      String anchorBase = root.path("specificationAnchorBase").asText();
      String understandingBase = root.path("understandingBase").asText();
      Map<String, String> principles = new LinkedHashMap<>();
      for (JsonNode p : root.path("principles")) principles.put(p.path("number").asText(), p.path("title").asText());
      Map<String, String> guidelines = new LinkedHashMap<>();
      for (JsonNode g : root.path("guidelines")) guidelines.put(g.path("number").asText(), g.path("title").asText());
      Map<String, Criterion> criteria = new LinkedHashMap<>();
      List<Criterion> list = new ArrayList<>();
      for (JsonNode c : root.path("criteria")) {
        String slug = c.path("slug").asText();
        list.add(new Criterion(c.path("number").asText(), c.path("title").asText(), c.path("level").asText(),
            c.path("since").asText(), slug, anchorBase + slug, understandingBase + slug + ".html"));
      }
      list.sort(Comparator.comparing(Criterion::number, numberOrder()));
      for (Criterion c : list) criteria.put(c.number(), c);
      return new Wcag(root.path("version").asText(), Collections.unmodifiableMap(criteria),
          Collections.unmodifiableMap(guidelines), Collections.unmodifiableMap(principles));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * One WCAG success criterion.
   *
   * @param number e.g. "1.4.3"
   * @param title e.g. "Contrast (Minimum)"
   * @param level "A", "AA" or "AAA"
   * @param since the WCAG version that added it: "2.0" or "2.1"
   * @param slug the fragment the specification and the Understanding documents use, e.g. "contrast-minimum"
   * @param url the criterion in the WCAG 2.1 specification
   * @param understandingUrl the W3C "Understanding" document of the criterion
   */
  public record Criterion(String number, String title, String level, String since, String slug, String url,
                          String understandingUrl) {

    /** "1.4.3 Contrast (Minimum)". */
    public String label() {
      return number + " " + title;
    }

    /** The guideline number, e.g. "1.4". */
    public String guideline() {
      return number.substring(0, number.lastIndexOf('.'));
    }

    /** The principle number, e.g. "1". */
    public String principle() {
      return number.substring(0, number.indexOf('.'));
    }
  }
}
