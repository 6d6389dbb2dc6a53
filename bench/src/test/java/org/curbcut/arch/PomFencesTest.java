package org.curbcut.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.curbcut.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The POMs agree with the fences: a third-party library is declared only by its home module
 * (the class files are checked by {@link ArchitectureTest#eachLibraryHasItsHome}), and no module
 * POM names a version (the parent POM pins every version in one place).
 */
class PomFencesTest {

  /**
   * Home modules by Maven groupId. Tess4J is pinned in the parent for fix but declared by no module
   * yet: OCR runs the tesseract program. Jackson is declared by engine and cli; fix uses the
   * engine's. Test-only libraries (JUnit, AssertJ, ArchUnit) are not fenced.
   */
  static final Map<String, Set<String>> HOMES = Map.ofEntries(
      Map.entry("org.jsoup", Set.of("engine")),
      Map.entry("info.picocli", Set.of("cli")),
      Map.entry("com.github.pemistahl", Set.of("fix")),
      Map.entry("net.sourceforge.tess4j", Set.of("fix")),
      Map.entry("com.microsoft.onnxruntime", Set.of("fix")),
      Map.entry("io.github.java-diff-utils", Set.of("fix")),
      Map.entry("org.openjdk.jmh", Set.of("bench")),
      Map.entry("com.fasterxml.jackson.core", Set.of("engine", "fix", "cli")),
      Map.entry("com.microsoft.playwright", Set.of("render")),
      Map.entry("org.eclipse.jetty", Set.of("server")),
      Map.entry("io.javalin", Set.of("server")),
      Map.entry("jakarta.servlet", Set.of("servlet", "server")),
      Map.entry("org.apache.spark", Set.of("spark")),
      Map.entry("org.netpreserve", Set.of("engine")),
      Map.entry("com.h2database", Set.of("monitor")),
      Map.entry("org.postgresql", Set.of("monitor")),
      Map.entry("org.flywaydb", Set.of("monitor")));

  /** One {@code <dependency>} of a module POM. */
  record Dependency(String module, String groupId, String artifactId, String version) {}

  @Test
  void eachLibraryIsDeclaredOnlyByItsHomeModule() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Dependency d : dependencies()) {
      Set<String> home = HOMES.get(d.groupId());
      if (home != null && !home.contains(d.module())) {
        wrong.add(d.module() + " declares " + d.groupId() + ":" + d.artifactId() + ", whose home is " + home);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theHomesDeclareTheirLibraries() throws Exception {
    List<Dependency> all = dependencies();
    for (String[] expected : new String[][] {{"engine", "org.jsoup"}, {"cli", "info.picocli"}, {"fix", "com.github.pemistahl"},
        {"fix", "com.microsoft.onnxruntime"}, {"fix", "io.github.java-diff-utils"}, {"bench", "org.openjdk.jmh"}}) {
      assertThat(all).as(expected[0] + " declares " + expected[1])
          .anyMatch(d -> d.module().equals(expected[0]) && d.groupId().equals(expected[1]));
    }
  }

  @Test
  void onlyTheParentPinsVersions() throws Exception {
    assertThat(dependencies()).filteredOn(d -> !d.version().isEmpty())
        .as("module POMs name no versions: add the version to the parent's dependencyManagement").isEmpty();
  }

  @Test
  void everyModuleOfTheBuildIsFenced() throws Exception {
    assertThat(modules()).as("the parent POM's modules are those of Modules.MAY_DEPEND_ON")
        .containsExactlyInAnyOrderElementsOf(Modules.MAY_DEPEND_ON.keySet());
  }

  private static List<String> modules() throws Exception {
    List<String> out = new ArrayList<>();
    for (Element m : children(child(read(SharedData.root().resolve("pom.xml")).getDocumentElement(), "modules"), "module")) {
      out.add(m.getTextContent().trim());
    }
    return out;
  }

  private static List<Dependency> dependencies() throws Exception {
    List<Dependency> out = new ArrayList<>();
    for (String module : modules()) {
      Element project = read(SharedData.root().resolve(module).resolve("pom.xml")).getDocumentElement();
      Element deps = child(project, "dependencies");
      if (deps == null) continue;
      for (Element d : children(deps, "dependency")) {
        out.add(new Dependency(module, text(d, "groupId"), text(d, "artifactId"), text(d, "version")));
      }
    }
    return out;
  }

  private static Document read(Path pom) throws Exception {
    assertThat(pom).isRegularFile();
    try (var in = Files.newInputStream(pom)) {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private static Element child(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? null : c.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) return out;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) out.add(e);
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().trim();
  }
}
