package org.curbcut.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.curbcut.internal.standards.HtmlStandards;
import org.junit.jupiter.api.Test;

/** The checker behind StandardsListsTest finds what it must and nothing else. */
class ElementListCheckTest {
  private static final String PATH = "engine/src/main/java/org/curbcut/internal/rules/text/Some.java";

  private static List<ElementListCheck.Finding> scan(String source) {
    return ElementListCheck.scan(PATH, source, HtmlStandards.get()::isKnownElement);
  }

  @Test
  void findsElementListsInCallsCollectionsArraysAndCaseLabels() {
    String source = String.join("\n",
        "class Some {",
        "  boolean a(Element e) { return e.is(\"nav\", \"aside\", \"footer\"); }",
        "  static final Set<String> B = Set.of(\"tbody\",",
        "      /* row groups */ \"thead\", \"tfoot\");",
        "  static final String[] C = {\"xmp\", \"listing\", \"plaintext\"};",
        "  int d(String n) { switch (n) { case \"h1\", \"h2\", \"h3\" -> { return 1; } default -> { return 0; } } }",
        "}");
    assertThat(scan(source)).extracting(ElementListCheck.Finding::line, ElementListCheck.Finding::names)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "nav,aside,footer"),
            org.assertj.core.groups.Tuple.tuple(3, "tbody,thead,tfoot"),
            org.assertj.core.groups.Tuple.tuple(5, "xmp,listing,plaintext"),
            org.assertj.core.groups.Tuple.tuple(6, "h1,h2,h3"));
  }

  @Test
  void leavesOtherListsCommentsTextBlocksAndConcatenationAlone() {
    String source = String.join("\n",
        "class Some {",
        "  // e.is(\"nav\", \"aside\", \"footer\") in a comment",
        "  /** {@code Set.of(\"ul\", \"ol\", \"menu\")} in Javadoc */",
        "  String t = \"\"\"",
        "      \"p\", \"div\", \"span\"",
        "      \"\"\";",
        "  boolean two(Element e) { return e.is(\"ul\", \"ol\"); }",
        "  Set<String> roles = Set.of(\"banner\", \"navigation\", \"main\", \"contentinfo\", \"search\");",
        "  Set<String> css = Set.of(\"inline\", \"block\", \"contents\", \"flex\");",
        "  String s = \"div\" + \"p\" + \"span\";",
        "  Map<String, String> m = Map.of(\"a\", x, \"b\", y, \"i\", z);",
        "  char q = '\"'; String after = \"menu\";",
        "}");
    assertThat(scan(source)).isEmpty();
  }

  @Test
  void anAllowedListPassesOncePerEntryAndAStaleEntryIsReported() {
    String line = "  boolean a(Element e) { return e.is(\"nav\", \"aside\", \"footer\"); }\n";
    ElementListCheck.Allowed entry = new ElementListCheck.Allowed(PATH, "nav,aside,footer", "a reason long enough to read");
    Map<String, String> once = Map.of(PATH, "class Some {\n" + line + "}");
    assertThat(ElementListCheck.check(once, List.of(entry), HtmlStandards.get()::isKnownElement).clean()).isTrue();

    // the same list written a second time needs an entry of its own
    Map<String, String> twice = Map.of(PATH, "class Some {\n" + line + line + "}");
    ElementListCheck.Result r = ElementListCheck.check(twice, List.of(entry), HtmlStandards.get()::isKnownElement);
    assertThat(r.unallowed()).extracting(ElementListCheck.Finding::line).containsExactly(3);

    // an entry of another file does not allow it, and an entry that matches nothing is reported
    ElementListCheck.Allowed elsewhere = new ElementListCheck.Allowed("fix/Other.java", "nav,aside,footer", "reason");
    r = ElementListCheck.check(once, List.of(elsewhere), HtmlStandards.get()::isKnownElement);
    assertThat(r.unallowed()).hasSize(1);
    assertThat(r.unused()).containsExactly(elsewhere);
  }

  /** The real sources with the real allowlist are clean, and one new list in them makes the check fail. */
  @Test
  void theProjectCheckFailsOnANewOffendingLine() {
    Map<String, String> sources = new LinkedHashMap<>(StandardsListsTest.mainSources());
    List<ElementListCheck.Allowed> allowlist = StandardsListsTest.allowlist();
    assertThat(ElementListCheck.check(sources, allowlist, HtmlStandards.get()::isKnownElement).clean()).isTrue();

    String path = "engine/src/main/java/org/curbcut/internal/rules/text/LinkName.java";
    assertThat(sources).containsKey(path);
    String withList = sources.get(path).replaceFirst("\n}\\s*$",
        "\n  private static boolean isSectionLike(Element e) {\n    return e.is(\"section\", \"article\", \"aside\");\n  }\n}\n");
    sources.put(path, withList);
    ElementListCheck.Result r = ElementListCheck.check(sources, allowlist, HtmlStandards.get()::isKnownElement);
    assertThat(r.unallowed()).extracting(ElementListCheck.Finding::path, ElementListCheck.Finding::names)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(path, "section,article,aside"));

    // copying an allowed list into a second place of its file is caught too
    String allowedPath = "engine/src/main/java/org/curbcut/internal/rules/widgets/DisclosureState.java";
    Map<String, String> copied = new LinkedHashMap<>(StandardsListsTest.mainSources());
    copied.put(allowedPath, copied.get(allowedPath).replaceFirst("\n}\\s*$",
        "\n  static final String[] AGAIN = {\"summary\", \"details\", \"html\", \"body\"};\n}\n"));
    assertThat(ElementListCheck.check(copied, allowlist, HtmlStandards.get()::isKnownElement).unallowed())
        .extracting(ElementListCheck.Finding::names).containsExactly("summary,details,html,body");
  }
}
